import type { Form, IndicatorRow } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { SheetView } from "../grid/sheetView";
import type { FillTarget, Finding, IndicatorResult, Severity, TableReport } from "./types";
import type { FindingList as List } from "./findingList";
import { rangeA1 } from "../grid/address";
import { cellAddress } from "./cellAddress";
import { FindingList } from "./findingList";
import { RowJudgements } from "./rowJudgements";
import { readIndicator, readWeight, reasonText, type RowRead } from "./indicatorRow";
import { slotKey, judgeGroup, scoreGroups, type GroupOutcome } from "./scoreGroups";
import { evaluateSubtotal } from "./subtotals";
import { evaluateFund, type FundOutcome } from "./fundRows";
import { FundJudgements } from "./fundJudgements";
import { evaluateTotal, type Parts } from "./totalRow";
import { checkLevelWeights } from "./levelWeights";

/** One form → its table in the report and its findings. */
export function evaluateForm(
  form: Form,
  index: number,
  profile: RuleProfile,
  lang: "zh" | "en",
  view: SheetView | null,
  judgements: RowJudgements = new RowJudgements(profile),
  funds: FundJudgements = new FundJudgements(profile),
): { table: TableReport; findings: Finding[] } {
  const out = new FindingList(form.sheet, index, lang);
  const fills: FillTarget[] = [];

  const fund = form.fund ? evaluateFund(form.fund, form.sheet, profile, view, out, funds) : null;
  if (fund) fills.push(...fund.fills);

  const rows = form.indicators;
  const shares = sharesOf(rows, out);
  const reads: RowRead[] = [];
  for (let i = 0; i < rows.length; i++) reads.push(readIndicator(rows[i], form, shares[i], judgements, out));
  const groups: GroupOutcome[] = [];
  const scoreGroupsOfForm = scoreGroups(reads);
  for (let i = 0; i < scoreGroupsOfForm.length; i++) {
    const outcome = judgeGroup(scoreGroupsOfForm[i], form, profile, out);
    groups.push(outcome);
    if (outcome.fill) fills.push(outcome.fill);
  }
  checkLevelWeights(form, shares, profile, out);
  const subtotals = form.subtotals.map((s) => evaluateSubtotal(s, groups, out));

  let total = null;
  if (form.total) {
    const t = evaluateTotal(form.total, form.sheet, partsOf(fund, groups), out);
    total = t.result;
    if (t.fill) fills.push(t.fill);
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < out.items.length; i++) counts[out.items[i].severity]++;
  return {
    table: {
      sheet: form.sheet,
      range: rangeA1(form.range),
      project: form.project,
      fund: fund?.result ?? null,
      indicators: resultsOf(groups),
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
  if (!weightCellsReachBelow(rows)) {
    const shares: (number | null)[] = [];
    for (let i = 0; i < rows.length; i++) shares.push(readWeight(rows[i].weight, out));
    return shares;
  }
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

function weightCellsReachBelow(rows: IndicatorRow[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const weight = rows[i].weight;
    if (weight !== null && weight.row !== rows[i].row) return true;
  }
  return false;
}

/** The parts the 总分 adds: the execution score and each score group's that has a weight or a score, in sheet order. */
function partsOf(fund: FundOutcome | null, groups: GroupOutcome[]): Parts {
  let partsSum: number | null = 0;
  let rulesSum = 0;
  let weights: number | null = 0;
  let indicatorCount = 0;
  for (let i = 0; i < groups.length; i++) {
    const { group, partScore, ruleScore } = groups[i];
    if (group.weight === null && partScore === null) continue;
    partsSum = partsSum === null || partScore === null ? null : partsSum + partScore;
    rulesSum += ruleScore ?? 0;
    weights = weights === null || group.weight === null ? null : weights + group.weight;
    indicatorCount += group.reads.length;
  }
  return {
    fundPart: fund?.partScore ?? null,
    fundRule: fund?.ruleScore ?? null,
    indicatorPartsSum: partsSum,
    indicatorRulesSum: rulesSum,
    weightSum: weights === null ? null : (fund?.weight ?? 0) + weights,
    indicatorCount,
  };
}

/** The report's rows: each row with its own verdict; a merged group's figures on every row of it. */
function resultsOf(groups: GroupOutcome[]): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  for (let g = 0; g < groups.length; g++) {
    const { group, computed } = groups[g];
    const reads = group.reads;
    const groupResult =
      reads.length > 1
        ? { rows: reads.map((r) => r.row.row + 1), weight: group.weight, reportedScore: group.reported, computedScore: computed }
        : null;
    for (let i = 0; i < reads.length; i++) {
      const { row, share, judgement } = reads[i];
      results.push({
        row: row.row + 1,
        level1: row.level1,
        level1Kind: row.level1Kind,
        level2: row.level2,
        name: row.name,
        target: judgement.targetText,
        actual: judgement.actualText,
        weight: share,
        reportedScore: i === 0 ? group.reported : null,
        computedScore: judgement.computed,
        scoreRange: judgement.scoreRange,
        status: judgement.verdict.status,
        explanation: judgement.verdict.explanation,
        assumptions: judgement.verdict.assumptions,
        reason: reasonText(row),
        scoreCell: row.score ? cellAddress(row.score.row, row.score.col) : null,
        group: groupResult,
      });
    }
  }
  return results;
}
