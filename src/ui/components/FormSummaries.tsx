import { Text, tokens } from "@fluentui/react-components";
import type { Report } from "../../engine";
import { useStrings } from "../i18n";
import { SEVERITIES, formatScore } from "../state/findings";
import { SeverityBadge } from "./SeverityBadge";

/** One block per form: project, where it is, reported vs computed total, finding counts by severity. */
export function FormSummaries({ report }: { report: Report }) {
  const { t } = useStrings();
  if (report.tables.length === 0) return <Text as="p">{t.noForms}</Text>;
  return (
    <section aria-labelledby="selfeval-forms">
      <Text as="h2" id="selfeval-forms" weight="semibold" size={400} style={{ margin: "8px 0 4px" }}>
        {t.formsHeading} ({report.tables.length})
      </Text>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 6 }}>
        {report.tables.map((table, i) => {
          const reported = formatScore(table.total?.reportedScore, t.notAvailable);
          const computed = formatScore(table.total?.computedScore, t.notAvailable);
          const differs = reported !== computed && reported !== t.notAvailable && computed !== t.notAvailable;
          return (
            <li
              key={i}
              data-testid="form-summary"
              style={{ border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: "6px 8px" }}
            >
              <Text as="h3" weight="semibold" block style={{ margin: 0, overflowWrap: "anywhere" }}>
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
    </section>
  );
}
