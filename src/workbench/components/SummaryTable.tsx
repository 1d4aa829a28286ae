import type { FileView } from "../workbenchModel";
import { summarize } from "../summary";
import type { ShellStrings } from "../strings";
import { parseA1 } from "../../engine";

export interface SummaryTableProps {
  files: FileView[];
  strings: ShellStrings;
  onGo(file: number, sheet: string, row: number, col: number): void;
}

/** Every form across the opened files: total and counts per form; a form's button shows it in the grid. */
export function SummaryTable({ files, strings, onGo }: SummaryTableProps) {
  const s = summarize(files.map((f) => ({ file: f.book.file, name: f.book.name, report: f.report ?? f.judged })));
  const c = strings.columns;
  return (
    <details className="wb-summary" open>
      <summary>
        <strong>{strings.summaryHeading}</strong> · {strings.summaryLine(s.totals)}
      </summary>
      {s.pending.length > 0 && <p className="wb-muted">{strings.summaryPending(s.pending.join("、"))}</p>}
      <div className="wb-summary-scroll" tabIndex={0} role="region" aria-label={strings.summaryHeading}>
        <table>
          <thead>
            <tr>
              <th scope="col">{c.file}</th>
              <th scope="col">{c.sheet}</th>
              <th scope="col">{c.project}</th>
              <th scope="col">{c.total}</th>
              <th scope="col">{c.errors}</th>
              <th scope="col">{c.warnings}</th>
              <th scope="col">{c.infos}</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r, i) => (
              <tr key={i}>
                <td>{r.fileName}</td>
                <td>{r.sheet}</td>
                <td>
                  <button
                    type="button"
                    className="wb-link"
                    onClick={() => {
                      const at = parseA1(r.cell) ?? { row: 0, col: 0 };
                      onGo(r.file, r.sheet, at.row, at.col);
                    }}
                  >
                    {r.project || strings.unnamed}
                  </button>
                </td>
                <td>{strings.totalValue(r.reportedTotal, r.computedTotal)}</td>
                <td className={r.counts.error > 0 ? "wb-num wb-bad" : "wb-num"}>{r.counts.error}</td>
                <td className="wb-num">{r.counts.warning}</td>
                <td className="wb-num">{r.counts.info}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
