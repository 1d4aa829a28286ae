/** Test helper: a report reduced to what a reviewer sees, with rows mapped back to a reference layout. */
import { a1, parseA1, type CellValue, type Report, type SheetGrid } from "../../src/engine";

/** 0-based absolute rows of a layout with extra rows (page-break debris) → rows of the layout without them. */
export function withoutRows(extra: readonly number[]): (row0: number) => number {
  const sorted = [...extra].sort((a, b) => a - b);
  return (row0) => row0 - sorted.filter((r) => r < row0).length;
}

/** Every table's rows, verdicts, scores, fills and findings, its rows (and cells) renumbered by `mapRow` (0-based). */
export function verdictsOf(report: Report, mapRow: (row0: number) => number = (r) => r) {
  const row1 = (r: number) => mapRow(r - 1) + 1;
  const cell = (ref: string | null) => {
    const at = ref === null ? null : parseA1(ref);
    return at ? a1(mapRow(at.row), at.col) : ref;
  };
  return {
    tables: report.tables.map((t) => ({
      project: t.project,
      fund: t.fund,
      indicators: t.indicators.map((i) => ({
        ...i,
        row: row1(i.row),
        scoreCell: cell(i.scoreCell),
        group: i.group ? { ...i.group, rows: i.group.rows.map(row1) } : i.group,
      })),
      subtotals: (t.subtotals ?? []).map((s) => ({ ...s, row: row1(s.row), rows: s.rows.map(row1) })),
      total: t.total && { ...t.total, row: row1(t.total.row) },
      counts: t.counts,
      fills: t.fills.map((f) => ({ ...f, row: mapRow(f.row) })),
    })),
    findings: report.issues
      .map((f) => ({ code: f.code, severity: f.severity, cell: cell(f.cell), message: f.messages.zh, table: f.table }))
      .sort((a, b) => (a.cell ?? "").localeCompare(b.cell ?? "") || a.code.localeCompare(b.code) || a.message.localeCompare(b.message)),
  };
}

/** The grid with the report's fills written in, as --fill writes them. */
export function applyFills(grid: SheetGrid, report: Report): SheetGrid {
  const values: CellValue[][] = grid.values.map((r) => [...r]);
  for (const t of report.tables)
    for (const f of t.fills) {
      if (f.formula || !(f.current === null || (typeof f.current === "string" && f.current.trim() === ""))) continue;
      const row = values[f.row - grid.originRow];
      if (row) row[f.col - grid.originCol] = f.value;
    }
  return { ...grid, values };
}
