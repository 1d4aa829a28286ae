import type ExcelJS from "exceljs";
import { a1, MARK_COLORS, parseRangeA1, SEVERITIES, type CellRange, type MarkKind } from "../../engine";
import { markFormula, ownMarkKind } from "../../app/ownership/marks";

/** Our marks on one sheet: per severity (or "filled"), the 0-based cells one rule covers. */
export type SheetMarks = Map<MarkKind, { row: number; col: number }[]>;

const SEVERITY_ORDER: readonly MarkKind[] = [...SEVERITIES, "filled"];

/**
 * "H14:H16 J20": the cells as a space-separated list of areas (the form `sqref` takes), each column's consecutive rows
 * joined into one area, so that a marked column of a long form stays one short area.
 */
export function sqrefOf(cells: readonly { row: number; col: number }[]): string {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const areas: { top: number; bottom: number; col: number }[] = [];
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    for (const row of sorted) {
      const last = areas[areas.length - 1];
      if (last && last.col === col && last.bottom === row - 1) last.bottom = row;
      else areas.push({ top: row, bottom: row, col });
    }
  }
  areas.sort((a, b) => a.top - b.top || a.col - b.col);
  return areas.map((x) => (x.top === x.bottom ? a1(x.top, x.col) : `${a1(x.top, x.col)}:${a1(x.bottom, x.col)}`)).join(" ");
}

/** The areas of an `sqref` ("A1:B2 C3", maybe with $), malformed ones skipped. */
export function areasOf(sqref: string): CellRange[] {
  return sqref
    .split(/\s+/)
    .filter((s) => s !== "")
    .map((s) => parseRangeA1(s.replace(/\$/g, "")))
    .filter((r): r is CellRange => r !== null);
}

/** exceljs keeps a sheet's conditional formats here; its typings do not declare it. */
type WithRules = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as WithRules).conditionalFormattings ?? [];

const kindOf = (rule: ExcelJS.ConditionalFormattingRule): MarkKind | null =>
  rule.type === "expression" ? ((rule.formulae ?? []).map((f) => ownMarkKind(String(f))).find((k) => k !== null) ?? null) : null;

/**
 * Deletes the conditional-format rules of ours (by the tag in their formula) on every sheet — 校验's only, as a new
 * 校验 does, or with `all` the filled mark too — and returns how many.
 */
export function removeOwnMarkRules(wb: ExcelJS.Workbook, all = false): number {
  const isOwnRule = (r: ExcelJS.ConditionalFormattingRule) => {
    const kind = kindOf(r);
    return kind !== null && (all || kind !== "filled");
  };
  let removed = 0;
  for (const ws of wb.worksheets) {
    const kept: ExcelJS.ConditionalFormattingOptions[] = [];
    for (const cf of rulesOf(ws)) {
      const rules = cf.rules.filter((r) => !isOwnRule(r));
      removed += cf.rules.length - rules.length;
      if (rules.length > 0) kept.push({ ...cf, rules });
    }
    (ws as unknown as WithRules).conditionalFormattings = kept;
  }
  return removed;
}

/**
 * Adds one rule per severity over the marked cells: an always-true formula carrying our tag, the mark colour as its fill.
 * Our rules come first (priority 1…), so a user's own rule on the same cell does not hide the mark; theirs keep their order.
 */
export function addMarkRules(ws: ExcelJS.Worksheet, marks: SheetMarks): void {
  const ours = SEVERITY_ORDER.filter((s) => (marks.get(s)?.length ?? 0) > 0);
  if (ours.length === 0) return;
  for (const cf of rulesOf(ws)) for (const rule of cf.rules) if (typeof rule.priority === "number") rule.priority += ours.length;
  ours.forEach((severity, i) => {
    const argb = `FF${MARK_COLORS[severity].slice(1).toUpperCase()}`;
    ws.addConditionalFormatting({
      ref: sqrefOf(marks.get(severity)!),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [markFormula(severity).replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
        },
      ],
    });
  });
}

/**
 * Our marks as a workbook holds them (written by an add-in or an earlier copy), per sheet, clipped to `bounds` (the
 * sheet's used area): a rule over a whole column or sheet must not become a million cells.
 */
export function readOwnMarks(
  wb: ExcelJS.Workbook,
  bounds: (sheet: string) => CellRange | null,
): { sheet: string; severity: MarkKind; cells: { row: number; col: number }[] }[] {
  const out: { sheet: string; severity: MarkKind; cells: { row: number; col: number }[] }[] = [];
  for (const ws of wb.worksheets) {
    const box = bounds(ws.name);
    if (!box) continue;
    for (const cf of rulesOf(ws))
      for (const rule of cf.rules) {
        const severity = kindOf(rule);
        if (!severity) continue;
        const cells: { row: number; col: number }[] = [];
        for (const area of areasOf(cf.ref)) {
          for (let r = Math.max(area.top, box.top); r <= Math.min(area.bottom, box.bottom); r++)
            for (let c = Math.max(area.left, box.left); c <= Math.min(area.right, box.right); c++) cells.push({ row: r, col: c });
        }
        if (cells.length > 0) out.push({ sheet: ws.name, severity, cells });
      }
  }
  return out;
}
