import { MARK_COLORS, type MarkKind } from "../../engine";
import { markFormula, ownMarkKind } from "../../app/ownership/marks";
import type { NotePurpose } from "../../app/ownership/record";
import { areaLists } from "../common/addresses";
import { bgrOf } from "./colors";
import { columnRuns, runAddress, runCells } from "./columnRuns";
import { XL_EXPRESSION, type EtFormatCondition, type EtWorksheet } from "./etTypes";

/**
 * Whether `Range("A1,C3").FormatConditions.Add` covers every area or only the first: learnt from the first rule added
 * over several areas (its AppliesTo read back, or its refusal), kept for the session.
 */
export interface MultiAreaRules {
  state: "unknown" | "all" | "first";
}

function addRule(ws: EtWorksheet, address: string, severity: MarkKind, color: number): EtFormatCondition {
  const rule = ws.Range(address).FormatConditions.Add(XL_EXPRESSION, undefined, markFormula(severity));
  rule.Interior.Color = color;
  return rule;
}

/**
 * Marks cells of one sheet with one severity: one rule over all of them where the host allows (an address list is at
 * most 255 characters, so more cells take more rules), one rule per area where the host covers only a list's first area.
 * The cells' own fill is never touched.
 */
export function addMarkRules(ws: EtWorksheet, severity: MarkKind, cells: { row: number; col: number }[], multi: MultiAreaRules): void {
  const color = bgrOf(MARK_COLORS[severity])!;
  const runs = columnRuns(cells);
  const sizes = new Map(runs.map((r) => [runAddress(r), runCells(r)]));
  for (const list of areaLists([...sizes.keys()])) {
    const parts = list.split(",");
    if (parts.length > 1 && multi.state === "first") {
      for (const part of parts) addRule(ws, part, severity, color);
      continue;
    }
    let rule: EtFormatCondition;
    try {
      rule = addRule(ws, list, severity, color);
    } catch (error) {
      if (parts.length === 1 || multi.state === "all") throw error;
      // A build that refuses a multi-area range here: one rule per area, from now on.
      multi.state = "first";
      for (const part of parts) addRule(ws, part, severity, color);
      continue;
    }
    if (parts.length === 1 || multi.state === "all") continue;
    const wanted = parts.reduce((n, p) => n + sizes.get(p)!, 0);
    multi.state = rule.AppliesTo.Count === wanted ? "all" : "first";
    if (multi.state === "first") for (const part of parts.slice(1)) addRule(ws, part, severity, color);
  }
}

/** The formula of a rule, or null for a rule that has none (colour scales, data bars, icon sets may throw when asked). */
function formulaOf(rule: EtFormatCondition): unknown {
  try {
    return rule.Formula1;
  } catch {
    return null;
  }
}

/**
 * Visits our rules for one purpose on a sheet (found by the tag in their formula, whoever's range they now cover): 校验's
 * marks, or the filled mark of 填充得分. Last first, so that deleting one does not shift those still to visit. Returns
 * the cells they covered.
 */
function eachOwnRule(ws: EtWorksheet, purpose: NotePurpose, visit: (rule: EtFormatCondition) => void): number {
  const rules = ws.Cells.FormatConditions;
  let cells = 0;
  for (let i = rules.Count; i >= 1; i--) {
    const rule = rules.Item(i);
    const kind = ownMarkKind(formulaOf(rule) as string | null);
    if (kind === null || (kind === "filled") !== (purpose === "fill")) continue;
    const count = rule.AppliesTo.Count;
    cells += typeof count === "number" ? count : 0;
    visit(rule);
  }
  return cells;
}

/** Deletes every rule of ours for `purpose` on the sheet; returns the cells they covered. */
export function removeMarkRules(ws: EtWorksheet, purpose: NotePurpose = "check"): number {
  return eachOwnRule(ws, purpose, (rule) => rule.Delete());
}

/** The cells our rules for `purpose` cover on the sheet. */
export function countMarkCells(ws: EtWorksheet, purpose: NotePurpose = "check"): number {
  return eachOwnRule(ws, purpose, () => undefined);
}
