import type { Form, IndicatorRow } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { SheetView } from "../grid/sheetView";
import type { FillTarget, Finding, IndicatorResult, Severity, TableReport } from "./types";
import type { FindingList as List } from "./findingList";
import { rangeA1, a1 } from "../grid/address";
import { round2 } from "../score/round";
import { FindingList } from "./findingList";
import { RowJudgements } from "./rowJudgements";
import { readIndicator, readWeight, reasonText, type RowRead } from "./indicatorRow";
import { slotKey, judgeGroup, scoreGroups, type GroupOutcome } from "./scoreGroups";
import { evaluateSubtotal } from "./subtotals";
import { evaluateFund } from "./fundRows";
import { evaluateTotal } from "./totalRow";
import { checkLevelWeights } from "./levelWeights";
import { scoreToWrite } from "../score/round";

/** One form → its table in the report and its findings. */
export function evaluateForm(
  form: Form,
  index: number,
  profile: RuleProfile,
  lang: "zh" | "en",
  view: SheetView | null,
  judgements: RowJudgements = new RowJudgements(profile),
): { table: TableReport; findings: Finding[] } {
  const out = new FindingList(form.sheet, index, lang);
  const fills: FillTarget[] = [];

  const fund = form.fund ? evaluateFund(form.fund, form.sheet, profile, view, out) : null;
  if (fund) fills.push(...fund.fills);

  const shares = sharesOf(form.indicators, out);
  const reads = form.indicators.map((row, i) => readIndicator(row, form, shares[i], judgements, out));
  const groups = scoreGroups(reads).map((g) => judgeGroup(g, form, profile, out));
  for (const g of groups) if (g.fill) fills.push(g.fill);
  checkLevelWeights(form, shares, profile, out);
  const subtotals = form.subtotals.map((s) => evaluateSubtotal(s, groups, out));

  let total = null;
  if (form.total) {
    const scored = groups.filter((g) => g.group.weight !== null || g.partScore !== null);
    const weightSum = scored.every((g) => g.group.weight !== null)
      ? (fund?.weight ?? 0) + scored.reduce((a, g) => a + (g.group.weight ?? 0), 0)
      : null;
    const t = evaluateTotal(
      form.total,
      form.sheet,
      {
        fundPart: fund?.partScore ?? null,
        fundRule: fund?.ruleScore ?? null,
        indicatorParts: scored.map((g) => g.partScore),
        indicatorRules: scored.map((g) => g.ruleScore),
        weightSum,
        indicatorCount: scored.reduce((n, g) => n + g.group.reads.length, 0),
      },
      out,
    );
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
      indicators: groups.flatMap(resultsOf),
      subtotals,
      total,
      counts,
      fills,
    },
    findings: out.items,
  };
}

/** Each row's share of its 分值: the 分值 itself, or an equal share when one 分值 cell is merged over several rows. */
function sharesOf(rows: IndicatorRow[], out: List): (number | null)[] {
  // The common case: no 分值 cell reaches below its own row, so each row's 分值 is its own.
  if (!rows.some((r) => r.weight !== null && r.weight.row !== r.row)) return rows.map((r) => readWeight(r.weight, out));
  const cells = new Map<number, { weight: number | null; rows: number }>();
  const keyOf = (r: IndicatorRow) => (r.weight ? slotKey(r.weight) : null);
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const cell = cells.get(key);
    if (cell) cell.rows++;
    else cells.set(key, { weight: readWeight(r.weight, out), rows: 1 });
  }
  return rows.map((r) => {
    const key = keyOf(r);
    const cell = key === null ? undefined : cells.get(key);
    if (!cell || cell.weight === null) return null;
    return cell.rows === 1 ? cell.weight : cell.weight / cell.rows;
  });
}

/** The report's rows of one score group: each row with its own verdict; a merged group's figures on every row. */
function resultsOf(outcome: GroupOutcome): IndicatorResult[] {
  const { group } = outcome;
  const merged = group.reads.length > 1;
  const groupResult = merged
    ? { rows: group.reads.map((r) => r.row.row + 1), weight: group.weight, reportedScore: group.reported, computedScore: outcome.computed }
    : null;
  return group.reads.map((read: RowRead, i) => {
    const { row, verdict, share } = read;
    return {
      row: row.row + 1,
      level1: row.level1,
      level1Kind: row.level1Kind,
      level2: row.level2,
      name: row.name,
      target: read.targetText,
      actual: read.actualText,
      weight: share,
      reportedScore: i === 0 ? group.reported : null,
      computedScore: verdict.score === null ? null : scoreToWrite(verdict.score, share),
      scoreRange: verdict.range ? [round2(verdict.range[0]), round2(verdict.range[1])] : null,
      status: verdict.status,
      explanation: verdict.explanation,
      assumptions: verdict.assumptions,
      reason: reasonText(row),
      scoreCell: row.score ? a1(row.score.row, row.score.col) : null,
      group: groupResult,
    };
  });
}
