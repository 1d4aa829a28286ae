import type { Form } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { SheetView } from "../grid/sheetView";
import type { FillTarget, Finding, Severity, TableReport } from "./types";
import { rangeA1 } from "../grid/address";
import { FindingList } from "./findingList";
import { evaluateIndicator } from "./indicatorRow";
import { evaluateFund } from "./fundRows";
import { evaluateTotal } from "./totalRow";
import { checkLevelWeights } from "./levelWeights";

/** One form → its table in the report and its findings. */
export function evaluateForm(form: Form, index: number, profile: RuleProfile, lang: "zh" | "en", view: SheetView | null): { table: TableReport; findings: Finding[] } {
  const out = new FindingList(form.sheet, index, lang);
  const fills: FillTarget[] = [];

  const fund = form.fund ? evaluateFund(form.fund, form.sheet, profile, view, out) : null;
  if (fund) fills.push(...fund.fills);

  const rows = form.indicators.map((row) => evaluateIndicator(row, form, profile, out));
  for (const r of rows) if (r.fill) fills.push(r.fill);
  const scored = rows.filter((r) => r.weight !== null || r.partScore !== null);
  const weights = rows.map((r) => r.weight);
  checkLevelWeights(form, weights, profile, out);

  let total = null;
  if (form.total) {
    const weightSum = scored.every((r) => r.weight !== null) ? (fund?.weight ?? 0) + scored.reduce((a, r) => a + (r.weight ?? 0), 0) : null;
    const t = evaluateTotal(form.total, form.sheet, {
      fundPart: fund?.partScore ?? null,
      fundRule: fund?.ruleScore ?? null,
      indicatorParts: scored.map((r) => r.partScore),
      indicatorRules: scored.map((r) => r.ruleScore),
      weightSum,
    }, out);
    total = t.result;
    if (t.fill) fills.push(t.fill);
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of out.items) counts[f.severity]++;
  return {
    table: {
      sheet: form.sheet,
      range: rangeA1(form.range),
      project: form.project,
      fund: fund?.result ?? null,
      indicators: rows.map((r) => r.result),
      total,
      counts,
      fills,
    },
    findings: out.items,
  };
}
