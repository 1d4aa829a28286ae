import { a1, type LocalText, type Report } from "../engine";

/** A file that could not be read, in the --json output. */
export interface JsonFailure {
  file: string;
  error: { code: string; message: string; messages: LocalText };
}

/**
 * The report as --json writes it: the engine's Report with "file" first. Fill targets are given like every other
 * position in the file, as 1-based worksheet rows and columns plus the A1 cell (the engine keeps them 0-based).
 */
export function jsonReport(report: Report, file: string): Record<string, unknown> {
  const { file: _ignored, tables, ...rest } = report;
  return {
    file,
    ...rest,
    tables: tables.map((t) => ({
      ...t,
      fills: t.fills.map((f) => ({ ...f, row: f.row + 1, col: f.col + 1, cell: a1(f.row, f.col) })),
    })),
  };
}
