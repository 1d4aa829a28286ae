/** Test helper: fast-check generators of form specs (column orders, label column, spacer, fund, title, total, noise). */
import fc from "fast-check";
import {
  formSpec,
  SEED_LIKE_FUND,
  type ColumnRole,
  type FormSpec,
  type IndicatorSpec,
} from "../../src/engine/recognise/testing/formBuilder";

/**
 * Deterministic noise: spaces, line breaks, ideographic spaces, invisible characters pasted from web pages and chat
 * (U+200B, U+FEFF, U+2060, U+202F) inside labels, and full-width ASCII.
 */
export function noiseFrom(seed: number): (text: string) => string {
  const blanks = [" ", "  ", "\n", "\u3000", "\u00a0", "\t", "\u200b", "\ufeff", "\u2060", "\u202f"];
  // Seeded per text, so building the same spec twice gives the same noise.
  return (text) => {
    let state = seed >>> 0;
    for (const ch of text) state = (state * 31 + ch.codePointAt(0)!) >>> 0;
    const next = () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state / 2 ** 32;
    };
    let out = next() < 0.5 ? blanks[Math.floor(next() * blanks.length)] : "";
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      out += code > 0x20 && code < 0x7f && next() < 0.5 ? String.fromCodePoint(code + 0xfee0) : ch;
      if (next() < 0.25) out += blanks[Math.floor(next() * blanks.length)];
    }
    return out;
  };
}

const NAME_CHARS = [..."房屋购置数量率效能源审计培训车辆维修覆盖人数费用平台系统资金发放及时"];
const nameArb = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 10 }).map((cs) => cs.join(""));
const LEVELS: [string, string][] = [
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "成本指标"],
  ["效益指标", "社会效益指标"],
  ["效益指标", "可持续影响指标"],
  ["满意度指标", "满意度指标"],
];
const ORDERS: { columns: ColumnRole[]; headers: Partial<Record<ColumnRole, string>> }[] = [
  { columns: ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"], headers: {} },
  {
    columns: ["level1", "level2", "name", "weight", "target", "actual", "score", "reason"],
    headers: { actual: "全年实际值(B)", target: "年度指标值(A)" },
  },
  {
    columns: ["level1", "level2", "name", "nature", "target", "unit", "actual", "weight", "score"],
    headers: { target: "指标值", actual: "完成值", weight: "权重" },
  },
  {
    columns: ["level1", "level2", "name", "target", "actual", "score", "review", "reason"],
    headers: { target: "年初目标值(A)", actual: "实际完成值(B)", score: "自评得分" },
  },
  { columns: ["level2", "name", "target", "actual", "weight", "score"], headers: { weight: "指标分值", score: "指标得分(分)" } },
];

const indicatorArb: fc.Arbitrary<IndicatorSpec> = fc
  .record({
    levels: fc.nat(LEVELS.length - 1),
    name: nameArb,
    target: fc.oneof(fc.constant("=5套"), fc.integer({ min: 1, max: 99 })),
    actual: fc.oneof(fc.constant("5套"), fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ levels, name, target, actual }) => ({
    level1: LEVELS[levels][0],
    level2: LEVELS[levels][1],
    name,
    nature: "≥",
    target,
    unit: "套",
    actual,
    weight: 10,
    score: 8,
    review: 8,
    reason: "无偏差",
  }));

export const specArb: fc.Arbitrary<FormSpec> = fc
  .record({
    order: fc.nat(ORDERS.length - 1),
    indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 12 }),
    project: nameArb,
    labelColumn: fc.boolean(),
    spacer: fc.boolean(),
    levels: fc.constantFrom<FormSpec["levels"]>("merged", "blank", "repeated"),
    fund: fc.constantFrom<"none" | "initial" | "plain">("none", "initial", "plain"),
    title: fc.constantFrom<string | null>(null, "项目支出绩效自评表", "2022年度部门预算项目支出绩效自评表"),
    total: fc.constantFrom("总分", "合计", "项目总得分", null),
    noiseSeed: fc.integer(),
  })
  .map((o) => {
    // The builder groups rows by 一级/二级 in the given order; sort so each group is contiguous as in real forms.
    const indicators = [...o.indicators].sort(
      (a, b) => LEVELS.findIndex((l) => l[1] === a.level2) - LEVELS.findIndex((l) => l[1] === b.level2),
    );
    return formSpec({
      ...ORDERS[o.order],
      indicators,
      project: o.project,
      labelColumn: o.labelColumn,
      spacer: o.spacer,
      levels: o.levels,
      fund: o.fund === "none" ? null : { ...SEED_LIKE_FUND, withInitial: o.fund === "initial" },
      title: o.title,
      total: o.total === null ? null : { label: o.total, weight: 100, score: "90分" },
      labelNoise: noiseFrom(o.noiseSeed),
    });
  });
