import type { LocalText } from "./localText";
import { fmt, fmtPercent } from "./score/round";

/** 1-based rows as spans: [8, 9, 10, 12] → "8–10、12" (zh) / "8–10, 12" (en). */
function spans(rows: readonly number[], sep: string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return out.join(sep);
}
const rowsZh = (rows: readonly number[]) => `第 ${spans(rows, "、")} 行`;
const rowsEn = (rows: readonly number[]) => `${rows.length === 1 ? "row" : "rows"} ${spans(rows, ", ")}`;

const GRADE_EN: Record<string, string> = { 优: "excellent (优)", 良: "good (良)", 中: "pass (中)", 差: "poor (差)" };
const gradeEn = (grade: string) => GRADE_EN[grade] ?? grade;

/** Every sentence the engine says, in both languages. Numbers arrive already formatted where units matter. */
export const say = {
  // Scoring explanations
  metAtLeast: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} ≥ 目标 ${t}，得满分 ${fmt(w)}`,
    en: `actual ${a} ≥ target ${t}: full ${fmt(w)}`,
  }),
  metAtMost: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} ≤ 目标 ${t}，得满分 ${fmt(w)}`,
    en: `actual ${a} ≤ target ${t}: full ${fmt(w)}`,
  }),
  metEqual: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} = 目标 ${t}，得满分 ${fmt(w)}`,
    en: `actual ${a} = target ${t}: full ${fmt(w)}`,
  }),
  overAchieved: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} 超过目标 ${t}（超额完成不扣分），得满分 ${fmt(w)}`,
    en: `actual ${a} exceeds target ${t} (over-achievement is not deducted): full ${fmt(w)}`,
  }),
  ratio: (num: number, den: number, w: number, score: number): LocalText => {
    const s = `${fmt(num)} / ${fmt(den)} × ${fmt(w)} = ${fmt(score)}`;
    return { zh: s, en: s };
  },
  linear: (a: number, t: number, w: number, score: number): LocalText => {
    const s = `${fmt(w)} × (1 − (${fmt(a)} − ${fmt(t)}) / ${fmt(t)}) = ${fmt(score)}`;
    return { zh: s, en: s };
  },
  groupScore: (rows: readonly number[], w: number | null, parts: readonly (number | null)[], sum: number | null): LocalText => {
    const terms = parts.map((p) => (p === null ? "?" : fmt(p))).join(" + ");
    const tail = sum === null ? "" : ` = ${fmt(sum)}`;
    const weight = w === null ? "" : `，分值 ${fmt(w)} 按行均分`;
    const weightEn = w === null ? "" : `, the weight ${fmt(w)} shared equally`;
    return {
      zh: `${rowsZh(rows)}合并计分（分值、得分为一个合并单元格${weight}）：${terms}${tail}`,
      en: `${rowsEn(rows)} scored as one (one merged weight and score cell${weightEn}): ${terms}${tail}`,
    };
  },
  noWeight: (inner: LocalText): LocalText => ({
    zh: `${inner.zh}（未写分值，无法计算得分）`,
    en: `${inner.en} (no weight written: no score can be computed)`,
  }),
  tierByPercent: (p: number, tier: LocalText, lo: number, hi: number, fill: number, w: number): LocalText => ({
    zh: `定性指标，实际 ${fmt(p)}% 属“${tier.zh}”档，得分区间 ${fmt(lo)}–${fmt(hi)}；按 ${fmt(w)} × ${fmt(p)}% = ${fmt(fill)} 计`,
    en: `qualitative: actual ${fmt(p)}% is in the "${tier.en}" tier, scores ${fmt(lo)}–${fmt(hi)}; ${fmt(w)} × ${fmt(p)}% = ${fmt(fill)}`,
  }),
  tierByWord: (word: string, tier: LocalText, lo: number, hi: number): LocalText => ({
    zh: `定性指标，实际“${word}”属“${tier.zh}”档，得分区间 ${fmt(lo)}–${fmt(hi)}`,
    en: `qualitative: actual "${word}" is in the "${tier.en}" tier, scores ${fmt(lo)}–${fmt(hi)}`,
  }),
  sameText: (w: number): LocalText => ({
    zh: `实际完成值与年度指标值一致，得满分 ${fmt(w)}`,
    en: `the actual repeats the target: full ${fmt(w)}`,
  }),
  inBand: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} 在目标区间 ${t} 内，得满分 ${fmt(w)}`,
    en: `actual ${a} is inside the target band ${t}: full ${fmt(w)}`,
  }),
  outsideBandFine: (a: string, t: string, w: number): LocalText => ({
    zh: `实际 ${a} 在目标区间 ${t} 之外，但方向有利（不扣分），得满分 ${fmt(w)}`,
    en: `actual ${a} is outside the target band ${t} on the good side (not deducted): full ${fmt(w)}`,
  }),
  claimedDone: (a: string, t: string, w: number): LocalText => ({
    zh: `实际完成值“${a}”按完成目标 ${t} 计，得满分 ${fmt(w)}`,
    en: `the actual "${a}" is taken as meeting the target ${t}: full ${fmt(w)}`,
  }),
  onTime: (a: string, t: string, w: number): LocalText => ({
    zh: `实际时间 ${a} 不晚于目标 ${t}，得满分 ${fmt(w)}`,
    en: `actual date ${a} is not later than target ${t}: full ${fmt(w)}`,
  }),
  tiers: {
    top: { zh: "达成", en: "achieved" },
    middle: { zh: "部分达成", en: "partly achieved" },
    bottom: { zh: "未达成", en: "not achieved" },
  } satisfies Record<string, LocalText>,

  // Assumptions
  assumedAtLeast: { zh: "未写比较符号，按“≥”（正向指标）判断", en: "no comparator written: ≥ (higher is better) assumed" },
  assumedAtMost: {
    zh: "未写比较符号，成本或“越低越好”的比率按“≤”判断",
    en: "no comparator written: ≤ assumed for a cost or a lower-is-better rate",
  },
  costEqualAsAtMost: {
    zh: "成本指标的“=”按“不超过”判断：节约不扣分",
    en: "a cost target written with = is read as ≤: a saving is not deducted",
  },
  actualUnitAssumed: (u: string): LocalText => ({
    zh: `实际完成值未写单位，按目标单位“${u}”理解`,
    en: `the actual has no unit: the target's "${u}" assumed`,
  }),
  budgetFromInitial: {
    zh: "全年预算数为空，按年初预算数计算执行率",
    en: "full-year budget blank: the initial budget is used for the execution rate",
  },
  bandAtLeast: {
    zh: "区间目标按正向指标判断：仅低于下限扣分，按下限计算",
    en: "a band read as higher-is-better: only falling short of its lower bound is a miss, scored against it",
  },
  bandAtMost: {
    zh: "区间目标按反向指标（成本、时间、越低越好的比率）判断：仅超过上限扣分，按上限计算",
    en: "a band read as lower-is-better (cost, time, a rate of something bad): only exceeding its upper bound is a miss, scored against it",
  },
  executionWeightAssumed: (w: number): LocalText => ({
    zh: `执行率分值为空，按 ${fmt(w)} 分计`,
    en: `execution weight blank: ${fmt(w)} assumed`,
  }),

  // Manual review reasons
  manual: {
    bothBlank: { zh: "年度指标值与实际完成值均为空，无法判断", en: "target and actual are both blank: nothing to judge" },
    actualBlank: { zh: "实际完成值为空，无法判断", en: "the actual is blank: nothing to judge" },
    targetBlank: { zh: "年度指标值为空，无法判断", en: "the target is blank: nothing to judge" },
    textDiffers: {
      zh: "文字指标的实际完成值与目标不同，需人工判断是否达成",
      en: "a text target with a different actual: a person must judge whether it was met",
    },
    notComparable: (t: string, a: string): LocalText => ({
      zh: `年度指标值“${t}”与实际完成值“${a}”无法按规则比较，需人工判断`,
      en: `target "${t}" and actual "${a}" cannot be compared by any rule: a person must judge`,
    }),
    zeroTarget: { zh: "目标值为 0，无法按比例计算得分", en: "the target is 0: no proportional score can be computed" },
    claimNotCounted: (a: string, t: string): LocalText => ({
      zh: `实际完成值“${a}”未写数量，无法与数量目标“${t}”核对；已按完成计分，请人工核实`,
      en: `the actual "${a}" gives no count to check against the target "${t}": scored as met, please verify`,
    }),
    late: (a: string, t: string): LocalText => ({
      zh: `实际时间 ${a} 晚于目标 ${t}，未按期完成；扣分幅度需人工判断`,
      en: `actual date ${a} is later than target ${t}: late; the deduction is a person's call`,
    }),
    tierNoPercent: (tier: LocalText): LocalText => ({
      zh: `定性指标属“${tier.zh}”档，具体得分由评价人在档内确定`,
      en: `qualitative, "${tier.en}" tier: the exact score within the tier is the reviewer's call`,
    }),
    noRate: { zh: "预算数为 0 或为空，无法计算执行率", en: "the budget is 0 or blank: no execution rate can be computed" },
  },

  // Findings
  missingReason: (reported: number | null, computed: number | null, w: number): LocalText =>
    reported !== null
      ? {
          zh: `扣分（得分 ${fmt(reported)} < 分值 ${fmt(w)}）但未填写偏差原因`,
          en: `points deducted (score ${fmt(reported)} < weight ${fmt(w)}) but no reason for the deviation is given`,
        }
      : {
          zh: `计算得分 ${fmt(computed ?? 0)} < 分值 ${fmt(w)}，须填写偏差原因`,
          en: `computed score ${fmt(computed ?? 0)} < weight ${fmt(w)}: a reason for the deviation is required`,
        },
  missingReasonOver: (ratio: number): LocalText => ({
    zh: `实际完成值达到目标的 ${fmt(ratio * 100)}%（≥130%），须说明超额原因`,
    en: `the actual reaches ${fmt(ratio * 100)}% of the target (≥130%): the over-achievement needs a reason`,
  }),
  missingReasonExecution: (rate: number, min: number): LocalText => ({
    zh: `执行率 ${fmtPercent(rate)} 低于 ${fmtPercent(min)}，须说明原因`,
    en: `execution rate ${fmtPercent(rate)} is below ${fmtPercent(min)}: a reason is required`,
  }),
  scoreHigher: (reported: number, computed: number, how: LocalText): LocalText => ({
    zh: `得分 ${fmt(reported)} 高于计算得分 ${fmt(computed)}：${how.zh}`,
    en: `score ${fmt(reported)} is above the computed ${fmt(computed)}: ${how.en}`,
  }),
  scoreLower: (reported: number, computed: number, how: LocalText): LocalText => ({
    zh: `得分 ${fmt(reported)} 低于计算得分 ${fmt(computed)}（规则不要求的扣分）：${how.zh}`,
    en: `score ${fmt(reported)} is below the computed ${fmt(computed)} (a deduction the rules do not require): ${how.en}`,
  }),
  scoreOutsideTier: (reported: number, lo: number, hi: number, how: LocalText): LocalText => ({
    zh: `得分 ${fmt(reported)} 不在 ${fmt(lo)}–${fmt(hi)} 区间：${how.zh}`,
    en: `score ${fmt(reported)} is outside ${fmt(lo)}–${fmt(hi)}: ${how.en}`,
  }),
  fullOnUnmet: (reported: number, how: LocalText): LocalText => ({
    zh: `目标未完成却得满分 ${fmt(reported)}：${how.zh}`,
    en: `full marks ${fmt(reported)} on a missed target: ${how.en}`,
  }),
  scoreAboveWeight: (reported: number, w: number): LocalText => ({
    zh: `得分 ${fmt(reported)} 超过分值 ${fmt(w)}`,
    en: `score ${fmt(reported)} exceeds the weight ${fmt(w)}`,
  }),
  scoreNegative: (reported: number): LocalText => ({ zh: `得分 ${fmt(reported)} 为负数`, en: `score ${fmt(reported)} is negative` }),
  scoreEmpty: (fill: number, how: LocalText): LocalText => ({
    zh: `得分为空，可填入 ${fmt(fill)}：${how.zh}`,
    en: `score is empty: ${fmt(fill)} can be filled (${how.en})`,
  }),
  totalMismatch: (reported: number, fundScore: number | null, sum: number, indicators: number): LocalText => {
    const parts = sum - (fundScore ?? 0);
    return fundScore === null
      ? {
          zh: `总分 ${fmt(reported)} ≠ ${indicators} 项指标得分合计 ${fmt(sum)}`,
          en: `total ${fmt(reported)} ≠ the ${indicators} indicator scores, which add up to ${fmt(sum)}`,
        }
      : {
          zh: `总分 ${fmt(reported)} ≠ 执行率得分 ${fmt(fundScore)} + ${indicators} 项指标得分 ${fmt(parts)} = ${fmt(sum)}`,
          en: `total ${fmt(reported)} ≠ execution score ${fmt(fundScore)} + ${indicators} indicator scores ${fmt(parts)} = ${fmt(sum)}`,
        };
  },
  rateMismatch: (reported: number, executed: number, budget: number, rate: number): LocalText => ({
    zh: `执行率 ${fmtPercent(reported)} ≠ ${fmt(executed)} / ${fmt(budget)} = ${fmtPercent(rate)}`,
    en: `execution rate ${fmtPercent(reported)} ≠ ${fmt(executed)} / ${fmt(budget)} = ${fmtPercent(rate)}`,
  }),
  rateScoreMismatch: (reported: number, w: number, rate: number, score: number): LocalText => ({
    zh: `执行率得分 ${fmt(reported)} ≠ ${fmt(w)} × ${fmtPercent(rate)} = ${fmt(score)}`,
    en: `execution score ${fmt(reported)} ≠ ${fmt(w)} × ${fmtPercent(rate)} = ${fmt(score)}`,
  }),
  rateExplain: (executed: number, budget: number, rate: number, w: number, score: number): LocalText => {
    const rateIs = `${fmt(executed)} / ${fmt(budget)} = ${fmtPercent(rate)}`;
    const scoreIs = `${fmt(w)} × ${fmtPercent(Math.min(rate, 1))} = ${fmt(score)}`;
    return { zh: `执行率 ${rateIs}；${scoreIs}`, en: `execution rate ${rateIs}; ${scoreIs}` };
  },
  fundTotal: (column: LocalText, total: number, sum: number): LocalText => ({
    zh: `年度资金总额的${column.zh} ${fmt(total)} ≠ 其下各项之和 ${fmt(sum)}`,
    en: `the ${column.en} of the annual total ${fmt(total)} ≠ the sum of its parts ${fmt(sum)}`,
  }),
  fundColumns: {
    initial: { zh: "年初预算数", en: "initial budget" },
    budget: { zh: "全年预算数", en: "full-year budget" },
    executed: { zh: "全年执行数", en: "amount executed" },
  } satisfies Record<string, LocalText>,
  levelWeight: (level: LocalText, sum: number, expected: number): LocalText => ({
    zh: `${level.zh}分值合计 ${fmt(sum)}，规定为 ${fmt(expected)}（如有特殊情况可调整，请核实）`,
    en: `${level.en} weights add up to ${fmt(sum)}, the rule says ${fmt(expected)} (adjustable in special cases: please confirm)`,
  }),
  unusableWeight: (v: string): LocalText => ({
    zh: `分值“${v}”为负数或无法使用，不计算得分`,
    en: `the weight "${v}" is negative or unusable: no score is computed`,
  }),
  subtotalScore: (label: string, reported: number, rows: readonly number[], sum: number): LocalText => ({
    zh: `${label}得分 ${fmt(reported)} ≠ ${rowsZh(rows)}得分之和 ${fmt(sum)}`,
    en: `subtotal "${label}" ${fmt(reported)} ≠ the scores of ${rowsEn(rows)}, which add up to ${fmt(sum)}`,
  }),
  subtotalWeight: (label: string, reported: number, rows: readonly number[], sum: number): LocalText => ({
    zh: `${label}分值 ${fmt(reported)} ≠ ${rowsZh(rows)}分值之和 ${fmt(sum)}`,
    en: `subtotal "${label}" weight ${fmt(reported)} ≠ the weights of ${rowsEn(rows)}, which add up to ${fmt(sum)}`,
  }),
  gradeMismatch: (grade: string, total: number, fits: string, computed: { total: number; grade: string } | null): LocalText => ({
    zh:
      `等级“${grade}”与总分 ${fmt(total)} 不符：${fmt(total)} 分应为“${fits}”` +
      (computed ? `；按计算总分 ${fmt(computed.total)} 应为“${computed.grade}”` : ""),
    en:
      `grade "${gradeEn(grade)}" does not match the total ${fmt(total)}, which gives "${gradeEn(fits)}"` +
      (computed ? `; the computed total ${fmt(computed.total)} gives "${gradeEn(computed.grade)}"` : ""),
  }),
  gradeOfWrongTotal: (grade: string, total: number, computedTotal: number, computedGrade: string): LocalText => ({
    zh: `等级“${grade}”与所写总分 ${fmt(total)} 相符，但总分与计算不符：按计算总分 ${fmt(computedTotal)} 应为“${computedGrade}”`,
    en:
      `grade "${gradeEn(grade)}" matches the written total ${fmt(total)}, but that total is off: ` +
      `the computed total ${fmt(computedTotal)} gives "${gradeEn(computedGrade)}"`,
  }),
  executionWeight: (w: number, expected: number): LocalText => ({
    zh: `执行率分值为 ${fmt(w)}，规定为 ${fmt(expected)}`,
    en: `the execution weight is ${fmt(w)}, the rule says ${fmt(expected)}`,
  }),
  weightsVsTotal: (sum: number, total: number): LocalText => ({
    zh: `执行率分值与各指标分值合计 ${fmt(sum)} ≠ 总分分值 ${fmt(total)}`,
    en: `the execution weight plus indicator weights add up to ${fmt(sum)} ≠ the total's ${fmt(total)}`,
  }),
  levels: {
    output: { zh: "产出指标", en: "Output indicators" },
    effect: { zh: "效益指标", en: "Effect indicators" },
    satisfaction: { zh: "满意度指标", en: "Satisfaction indicators" },
  } satisfies Record<string, LocalText>,
  unitMismatch: (t: string, a: string): LocalText => ({
    zh: `年度指标值单位“${t}”与实际完成值单位“${a}”不一致，已按数值比较，请核实`,
    en: `target unit "${t}" and actual unit "${a}" differ: compared as numbers, please check`,
  }),
  rateUnit: (u: string): LocalText => ({
    zh: `指标名称为比率，年度指标值却以“${u}”计量，应为百分比`,
    en: `a rate measured in "${u}": it should be a percentage`,
  }),
  costDirection: (t: string): LocalText => ({
    zh: `成本指标写作“${t}”：成本应为“≤”（不超过），请核实方向`,
    en: `a cost indicator written "${t}": a cost target should be ≤ (not more than); check the direction`,
  }),
  targetCopied: (a: string): LocalText => ({
    zh: `实际完成值“${a}”带比较符号，是照抄的年度指标值，应填写实际数值`,
    en: `the actual "${a}" carries a comparator: the target was copied; enter the measured value`,
  }),
  ocrRepaired: (v: string): LocalText => ({
    zh: `“${v}”疑似识别错误的文字，已按最可能的含义理解，请核实`,
    en: `"${v}" looks garbled (OCR): read in its most likely sense, please check`,
  }),
  cellError: (v: string): LocalText => ({ zh: `单元格为错误值 ${v}`, en: `the cell holds the error ${v}` }),
  formulaNoValue: {
    zh: "公式没有计算结果（未缓存），无法读取其值",
    en: "the formula has no computed result (not cached): its value cannot be read",
  },
  notANumber: (what: LocalText, v: string): LocalText => ({
    zh: `${what.zh}“${v}”不是数字`,
    en: `the ${what.en} "${v}" is not a number`,
  }),
  what: {
    weight: { zh: "分值", en: "weight" },
    score: { zh: "得分", en: "score" },
  } satisfies Record<string, LocalText>,
  noForm: { zh: "工作簿中未找到项目支出绩效自评表", en: "no project-expenditure self-evaluation form found in the workbook" },
  unknownProfile: (id: string): LocalText => ({
    zh: `未知的规则“${id}”，已按默认规则校验`,
    en: `unknown rule profile "${id}": the default was used`,
  }),
};
