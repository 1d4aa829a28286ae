import { Button, Field, Input, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useId, useLayoutEffect, useRef, useState } from "react";
import type { Report } from "../../engine";
import { FORM_DECISIONS, FORM_DECISION_NAMES, type FormDecision, type FormReview } from "../../app/review/decision";
import { useStrings } from "../i18n";
import { SEVERITIES, formatScore } from "../state/findings";
import { useStepwise } from "../state/useStepwise";
import { SeverityBadge } from "./SeverityBadge";

/** Forms shown at first; a workbook of a thousand forms would otherwise render a thousand cards. */
export const FORMS_SHOWN_FIRST = 10;
export const FORMS_PAGE = 50;
/** From this many forms on, the list starts compact: one line per form, and more of them at first. */
export const COMPACT_FROM = 20;
export const FORMS_SHOWN_COMPACT = FORMS_PAGE;
/** A new report's forms are drawn this many per task, so that no task of the pane's is long. */
export const FORMS_DRAWN_PER_TASK = 10;

export interface FormSummariesProps {
  report: Report;
  /** Index-aligned with report.tables. */
  reviews?: readonly (FormReview | undefined)[] | null;
  /** Open findings per form (index-aligned with report.tables). */
  open?: readonly number[];
  /** Selects the form in the sheet (its first cell). */
  onSelectForm?(table: number): void;
  onDecide?(table: number, decision: FormDecision | null, note: string, typing?: boolean): void;
}

const useStyles = makeStyles({
  goTo: {
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    background: "none",
    border: "none",
    padding: 0,
    textAlign: "start",
    textDecoration: "underline",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** The first cell of a form's range ("A40" of "A40:I70"). */
export const firstCell = (range: string) => range.split(":")[0];

/**
 * One block per form: project (a button that selects the form), where it is, reported vs computed total, finding
 * counts, open findings, and the reviewer's decision and note. Beyond the first few, the rest wait behind "show more";
 * 上一张表 / 下一张表 step through every form. From COMPACT_FROM forms on, one line per form unless asked otherwise.
 */
export function FormSummaries({ report, reviews, open, onSelectForm, onDecide }: FormSummariesProps) {
  const { t, lang } = useStrings();
  const headingId = useId();
  const styles = useStyles();
  const many = report.tables.length >= COMPACT_FROM;
  const firstView = () => ({
    source: report,
    shown: many ? FORMS_SHOWN_COMPACT : FORMS_SHOWN_FIRST,
    current: null as number | null,
    compact: many,
  });
  const [stored, setView] = useState(firstView);
  // A new report starts again: its first forms, compact when it has many.
  const view = stored.source === report ? stored : firstView();
  const { compact, current } = view;
  const shown = Math.min(report.tables.length, view.shown);
  const drawn = useStepwise(report, shown, FORMS_DRAWN_PER_TASK, FORMS_DRAWN_PER_TASK);
  const list = useRef<HTMLUListElement>(null);
  // The form to focus once rendered: the first newly shown card's heading, or the form stepped to.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const card = list.current?.children[pendingFocus.current];
    (card?.querySelector<HTMLElement>("h3 button") ?? card?.querySelector<HTMLElement>("h3"))?.focus();
    pendingFocus.current = null;
  });

  if (report.tables.length === 0) return <Text as="p">{t.noForms}</Text>;
  const hidden = report.tables.length - shown;
  const n = report.tables.length;

  const go = (table: number) => {
    pendingFocus.current = table;
    setView({ source: report, shown: Math.max(shown, table + 1), current: table, compact });
    onSelectForm?.(table);
  };
  const step = (direction: 1 | -1) => go(current === null ? (direction === 1 ? 0 : n - 1) : (current + direction + n) % n);

  return (
    <section aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} style={{ margin: "8px 0 4px" }}>
        {t.formsHeading} ({n})
      </Text>
      <div data-print="no" style={{ display: "flex", alignItems: "center", gap: 4, flexWrap: "wrap", margin: "0 0 4px" }}>
        {n > 1 && (
          <>
            <Button size="small" icon={<ArrowUp16Regular />} onClick={() => step(-1)}>
              {t.review.previousForm}
            </Button>
            <Button size="small" icon={<ArrowDown16Regular />} onClick={() => step(1)}>
              {t.review.nextForm}
            </Button>
            {current !== null && <Text size={200}>{t.review.formPosition(current + 1, n)}</Text>}
          </>
        )}
        {many && (
          <Switch
            label={t.review.compactView}
            checked={compact}
            onChange={(_, d) => setView({ source: report, shown, current, compact: d.checked })}
          />
        )}
      </div>
      {hidden > 0 && (
        <Text as="p" size={200} style={{ margin: "0 0 4px" }}>
          {t.formsShown(shown, n)}
        </Text>
      )}
      <ul
        ref={list}
        aria-busy={drawn < shown || undefined}
        style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: compact ? 2 : 6 }}
      >
        {report.tables.slice(0, drawn).map((table, i) => {
          const name = table.project.trim() || t.unnamedProject;
          const review = reviews?.[i];
          const decision = review?.decision ?? null;
          const openHere = open?.[i];
          const title = (
            <Text
              as="h3"
              tabIndex={-1}
              weight="semibold"
              block={!compact}
              style={{ margin: 0, overflowWrap: "anywhere", flex: compact ? "1 1 8em" : undefined }}
            >
              {onSelectForm ? (
                <button
                  type="button"
                  data-form={i}
                  title={t.review.goToForm(`${table.sheet}!${firstCell(table.range)}`)}
                  onClick={() => go(i)}
                  className={styles.goTo}
                >
                  {name}
                </button>
              ) : (
                name
              )}
            </Text>
          );
          const decide = onDecide && (
            <Select
              size="small"
              aria-label={`${t.review.formDecision}: ${name}`}
              value={decision ?? ""}
              onChange={(_, d) => onDecide(i, (d.value || null) as FormDecision | null, review?.notes ?? "")}
            >
              <option value="">{t.review.formUndecided}</option>
              {FORM_DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {FORM_DECISION_NAMES[d][lang]}
                </option>
              ))}
            </Select>
          );
          const border = `${i === current ? 2 : 1}px solid ${i === current ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke2}`;
          if (compact) {
            return (
              <li
                key={i}
                data-testid="form-summary"
                style={{
                  display: "flex",
                  alignItems: "center",
                  gap: 6,
                  border,
                  borderRadius: tokens.borderRadiusMedium,
                  padding: "2px 6px",
                }}
              >
                {title}
                {openHere !== undefined && <Text size={200}>{t.review.openCount(openHere)}</Text>}
                {decide}
              </li>
            );
          }
          const reported = formatScore(table.total?.reportedScore, t.notAvailable);
          const computed = formatScore(table.total?.computedScore, t.notAvailable);
          const differs = reported !== computed && reported !== t.notAvailable && computed !== t.notAvailable;
          return (
            <li key={i} data-testid="form-summary" style={{ border, borderRadius: tokens.borderRadiusMedium, padding: "6px 8px" }}>
              {title}
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
                {openHere !== undefined && <Text size={200}>{t.review.openCount(openHere)}</Text>}
              </span>
              {onDecide && (
                <div style={{ display: "flex", flexWrap: "wrap", gap: 6, marginTop: 4 }}>
                  <Field label={t.review.formDecision} size="small">
                    {decide}
                  </Field>
                  <Field label={t.review.formNote} size="small" style={{ flex: "1 1 10em" }}>
                    <Input size="small" value={review?.notes ?? ""} onChange={(_, d) => onDecide(i, decision, d.value, true)} />
                  </Field>
                </div>
              )}
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
            setView({ source: report, shown: shown + FORMS_PAGE, current, compact });
          }}
        >
          {t.showMoreForms(Math.min(FORMS_PAGE, hidden), hidden)}
        </Button>
      )}
    </section>
  );
}
