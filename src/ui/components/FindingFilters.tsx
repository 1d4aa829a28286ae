import { Field, Select } from "@fluentui/react-components";
import { memo, type Dispatch, type SetStateAction } from "react";
import type { FindingCode, Severity } from "../../engine";
import { useStrings } from "../i18n";
import { REVIEW_FILTERS, SEVERITIES, type FindingFilter, type ReviewFilter } from "../state/findings";

export interface FindingFiltersProps {
  filter: FindingFilter;
  /** The codes the report holds (the code filter offers only these). */
  codes: FindingCode[];
  onChange: Dispatch<SetStateAction<FindingFilter>>;
}

/** The severity, code and review filters. Memoised: stepping through findings does not re-render them. */
export const FindingFilters = memo(function FindingFilters({ filter, codes, onChange }: FindingFiltersProps) {
  const { t } = useStrings();
  return (
    <div data-print="no" style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      <Field label={t.filterSeverity} size="small" style={{ flex: "1 1 0", minWidth: 0 }}>
        <Select value={filter.severity} onChange={(_, d) => onChange((f) => ({ ...f, severity: d.value as Severity | "all" }))}>
          <option value="all">{t.filterAll}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.severity[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterCode} size="small" style={{ flex: "2 1 0", minWidth: 0 }}>
        <Select value={filter.code} onChange={(_, d) => onChange((f) => ({ ...f, code: d.value as FindingCode | "all" }))}>
          <option value="all">{t.filterAll}</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {t.codes[c] ?? c}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.review.filter} size="small" style={{ flex: "1 1 0", minWidth: 0 }}>
        <Select value={filter.review} onChange={(_, d) => onChange((f) => ({ ...f, review: d.value as ReviewFilter }))}>
          {REVIEW_FILTERS.map((r) => (
            <option key={r} value={r}>
              {t.review.filterNames[r]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
});
