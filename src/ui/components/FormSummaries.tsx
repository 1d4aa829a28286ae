import { Button, Text, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, useId } from "react";
import type { Report } from "../../engine";
import { useStrings } from "../i18n";
import { SEVERITIES, formatScore } from "../state/findings";
import { SeverityBadge } from "./SeverityBadge";

/** Forms shown at first; a workbook of a thousand forms would otherwise render a thousand cards. */
export const FORMS_SHOWN_FIRST = 10;
export const FORMS_PAGE = 50;

/**
 * One block per form: project, where it is, reported vs computed total, finding counts by severity. Beyond the first
 * few, the rest wait behind "show more" with their count; the findings list reaches every form regardless.
 */
export function FormSummaries({ report }: { report: Report }) {
  const { t } = useStrings();
  const headingId = useId();
  const [view, setView] = useState({ source: report, shown: FORMS_SHOWN_FIRST });
  const shown = Math.min(report.tables.length, view.source === report ? view.shown : FORMS_SHOWN_FIRST);
  const list = useRef<HTMLUListElement>(null);
  // The first newly shown form's heading takes focus, so a keyboard user continues where the new cards start.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    list.current?.children[pendingFocus.current]?.querySelector<HTMLElement>("h3")?.focus();
    pendingFocus.current = null;
  });

  if (report.tables.length === 0) return <Text as="p">{t.noForms}</Text>;
  const hidden = report.tables.length - shown;
  return (
    <section aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} style={{ margin: "8px 0 4px" }}>
        {t.formsHeading} ({report.tables.length})
      </Text>
      {hidden > 0 && (
        <Text as="p" size={200} style={{ margin: "0 0 4px" }}>
          {t.formsShown(shown, report.tables.length)}
        </Text>
      )}
      <ul ref={list} style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 6 }}>
        {report.tables.slice(0, shown).map((table, i) => {
          const reported = formatScore(table.total?.reportedScore, t.notAvailable);
          const computed = formatScore(table.total?.computedScore, t.notAvailable);
          const differs = reported !== computed && reported !== t.notAvailable && computed !== t.notAvailable;
          return (
            <li
              key={i}
              data-testid="form-summary"
              style={{ border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: "6px 8px" }}
            >
              <Text as="h3" tabIndex={-1} weight="semibold" block style={{ margin: 0, overflowWrap: "anywhere" }}>
                {table.project.trim() || t.unnamedProject}
              </Text>
              <Text size={200} block style={{ color: tokens.colorNeutralForeground2 }}>
                {table.sheet}!{table.range}
              </Text>
              <Text size={300} block>
                {t.reportedTotal} <strong>{reported}</strong> · {t.computedTotal} <strong>{computed}</strong>
                {differs ? " ≠" : ""}
              </Text>
              <span style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
                {SEVERITIES.map((s) => (
                  <SeverityBadge key={s} severity={s} count={table.counts[s]} />
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <Button
          size="small"
          style={{ marginTop: 6 }}
          onClick={() => {
            pendingFocus.current = shown;
            setView({ source: report, shown: shown + FORMS_PAGE });
          }}
        >
          {t.showMoreForms(Math.min(FORMS_PAGE, hidden), hidden)}
        </Button>
      )}
    </section>
  );
}
