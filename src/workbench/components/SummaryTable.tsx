import { useMemo, useState } from "react";
import { FORM_DECISION_NAMES } from "../../app/review/decision";
import { gradeText } from "../../app/review/grade";
import { parseA1 } from "../../engine";
import { filterRows, sortRows, type SortKey, type SortOrder } from "../batch/sortFilter";
import type { WorkbenchRow } from "../batch/summaryRows";
import type { Lang, ShellStrings } from "../strings";

export interface SummaryTableProps {
  rows: WorkbenchRow[];
  /** Opened files, for the line above the table. */
  files: number;
  strings: ShellStrings;
  lang: Lang;
  onGo(file: number, sheet: string, row: number, col: number): void;
  onExport(kind: "xlsx" | "csv", rows: WorkbenchRow[]): void;
}

interface Column {
  key: SortKey;
  title(s: ShellStrings): string;
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: "file", title: (s) => s.columns.file },
  { key: "sheet", title: (s) => s.columns.sheet },
  { key: "project", title: (s) => s.columns.project },
  { key: "implementer", title: (s) => s.batchColumns.unit },
  { key: "reportedTotal", title: (s) => s.batchColumns.reportedTotal, numeric: true },
  { key: "computedTotal", title: (s) => s.batchColumns.computedTotal, numeric: true },
  { key: "computedGrade", title: (s) => s.batchColumns.grade },
  { key: "errors", title: (s) => s.columns.errors, numeric: true },
  { key: "warnings", title: (s) => s.columns.warnings, numeric: true },
  { key: "decision", title: (s) => s.batchColumns.decision },
  { key: "state", title: (s) => s.batchColumns.state },
];

const num = (n: number | null) => (n === null ? "" : String(n));

/**
 * Every form across the opened files, one row each (and one per file that could not be opened): sortable by any
 * column, filtered by text or to forms with errors, exported as shown. A form's button shows it in the grid.
 */
export function SummaryTable({ rows, files, strings, lang, onGo, onExport }: SummaryTableProps) {
  const [order, setOrder] = useState<SortOrder | null>(null);
  const [text, setText] = useState("");
  const [onlyErrors, setOnlyErrors] = useState(false);
  const shown = useMemo(() => sortRows(filterRows(rows, { text, onlyErrors }), order), [rows, text, onlyErrors, order]);
  const forms = rows.filter((r) => r.sheet !== "");
  const totals = {
    files,
    forms: forms.length,
    error: forms.reduce((n, r) => n + (r.errors ?? 0), 0),
    warning: forms.reduce((n, r) => n + (r.warnings ?? 0), 0),
    info: forms.reduce((n, r) => n + (r.infos ?? 0), 0),
  };
  const pending = [...new Set(rows.filter((r) => r.state === "pending").map((r) => r.file))];
  const stale = rows.some((r) => r.state === "stale");
  // Ascending, then descending, then as opened.
  const sortBy = (key: SortKey) =>
    setOrder((o) => (o?.key === key ? (o.descending ? null : { key, descending: true }) : { key, descending: false }));

  return (
    <details className="wb-summary" open>
      <summary>
        <strong>{strings.summaryHeading}</strong> · {strings.summaryLine(totals)}
      </summary>
      {pending.length > 0 && <p className="wb-muted">{strings.summaryPending(pending.join("、"))}</p>}
      {stale && (
        <p className="wb-note wb-stale-note" role="status">
          {strings.staleNote}
        </p>
      )}
      <div className="wb-summary-tools">
        <label>
          {strings.filterLabel} <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} className="wb-filter" />
        </label>
        <label>
          <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.currentTarget.checked)} /> {strings.onlyErrors}
        </label>
        <span className="wb-muted" aria-live="polite">
          {strings.shownRows(shown.length, rows.length)}
        </span>
        <button type="button" className="wb-small" onClick={() => onExport("xlsx", shown)}>
          {strings.exportXlsx}
        </button>
        <button type="button" className="wb-small" onClick={() => onExport("csv", shown)}>
          {strings.exportCsv}
        </button>
      </div>
      <div className="wb-summary-scroll" tabIndex={0} role="region" aria-label={strings.summaryHeading}>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const sorted = order?.key === c.key ? (order.descending ? "descending" : "ascending") : undefined;
                return (
                  <th key={c.key} scope="col" aria-sort={sorted} className={c.numeric ? "wb-num" : undefined}>
                    <button type="button" className="wb-sort" title={strings.sortBy(c.title(strings))} onClick={() => sortBy(c.key)}>
                      {c.title(strings)}
                      <span aria-hidden="true">{sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : ""}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{strings.batchColumns.note}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i} data-state={r.state}>
                <td>{r.file}</td>
                <td>{r.sheet}</td>
                <td>
                  {r.fileId !== null && r.sheet !== "" ? (
                    <button
                      type="button"
                      className="wb-link"
                      onClick={() => {
                        const at = parseA1(r.range.split(":")[0]) ?? { row: 0, col: 0 };
                        onGo(r.fileId!, r.sheet, at.row, at.col);
                      }}
                    >
                      {r.project.trim() || strings.unnamed}
                    </button>
                  ) : (
                    r.project
                  )}
                </td>
                <td>{r.implementer}</td>
                <td className="wb-num">{num(r.reportedTotal)}</td>
                <td className="wb-num">{num(r.computedTotal)}</td>
                <td>{gradeText(r.computedGrade, lang)}</td>
                <td className={(r.errors ?? 0) > 0 ? "wb-num wb-bad" : "wb-num"}>{num(r.errors)}</td>
                <td className="wb-num">{num(r.warnings)}</td>
                <td>{r.decision ? FORM_DECISION_NAMES[r.decision][lang] : ""}</td>
                <td className={r.state === "stale" || r.state === "unreadable" ? "wb-bad" : undefined}>{strings.rowState[r.state]}</td>
                <td>{r.note?.[lang] ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
