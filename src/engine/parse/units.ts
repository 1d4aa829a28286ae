import type { Unit } from "./types";

/** Base of a bare multiplier ("2万"): compatible with any unit, it takes the unit of the value it is compared with. */
export const MULTIPLIER_BASE = "";

export const PERCENT: Unit = Object.freeze({ text: "%", base: "%", factor: 1 });

/** Units that convert, by written form. Everything else counted (人, 户, 套 …) is its own base with factor 1. */
const CONVERTING: Record<string, [base: string, factor: number]> = {
  元: ["元", 1],
  万元: ["元", 1e4],
  亿元: ["元", 1e8],
  千元: ["元", 1e3],
  百万元: ["元", 1e6],
  亩: ["亩", 1],
  万亩: ["亩", 1e4],
  公顷: ["亩", 15],
  米: ["米", 1],
  厘米: ["米", 0.01],
  毫米: ["米", 0.001],
  公里: ["米", 1000],
  千米: ["米", 1000],
  km: ["米", 1000],
  m: ["米", 1],
  平方米: ["平方米", 1],
  平米: ["平方米", 1],
  m2: ["平方米", 1],
  "m²": ["平方米", 1],
  平方公里: ["平方米", 1e6],
  平方千米: ["平方米", 1e6],
  公斤: ["公斤", 1],
  千克: ["公斤", 1],
  kg: ["公斤", 1],
  吨: ["公斤", 1000],
  克: ["公斤", 0.001],
  斤: ["公斤", 0.5],
  小时: ["小时", 1],
  天: ["小时", 24],
  日: ["小时", 24],
  分钟: ["小时", 1 / 60],
  "%": ["%", 1],
  百分比: ["%", 1],
  百分率: ["%", 1],
  "‰": ["%", 0.1],
  万: [MULTIPLIER_BASE, 1e4],
  亿: [MULTIPLIER_BASE, 1e8],
};

/** Counting words seen in forms: each is its own base. */
const COUNTERS = [
  "人 人次 户 户次 家 份 次 组 项 辆 个 台 套 件 起 例 种 头 只 月 个月 年 周 批 篇 期 场 所 座 间 处 条 名 本 册 张 棵 株 粒",
  "株数 支 根 块 片 盏 部 单 笔 篇次 场次 班 班次 课时 学时 节 门 类 箱 袋 瓶 吨次 车次 架 艘 口 眼 座次 栋 幢 层 村 镇",
  "个村 所次 家次 分 岗 岗位 门次 宗 单位 个单位 批次 人天 工日 工作日 个工作日 车 艘次",
]
  .join(" ")
  .split(" ");

/** Percent spellings after folding: "%(百分比)", "(%)", "百分比(%)". */
const PERCENT_ALIASES = new Set(["%", "百分比", "百分率", "%(百分比)", "百分比(%)", "(%)", "(百分比)", "%百分比"]);

const TABLE = new Map<string, Unit>();
for (const [text, [base, factor]] of Object.entries(CONVERTING)) TABLE.set(text, Object.freeze({ text, base, factor }));
for (const text of COUNTERS) if (!TABLE.has(text)) TABLE.set(text, Object.freeze({ text, base: text, factor: 1 }));
for (const alias of PERCENT_ALIASES) TABLE.set(alias, PERCENT);
TABLE.set("M", TABLE.get("m")!);
TABLE.set("KG", TABLE.get("kg")!);
TABLE.set("Kg", TABLE.get("kg")!);
TABLE.set("KM", TABLE.get("km")!);
TABLE.set("Km", TABLE.get("km")!);

/** Unknown unit words (one or two characters) are accepted when plainly a word, never when they read as a verdict or a phrase. */
const LENIENT_UNIT_RE = /^[\u4e00-\u9fff]{1,2}$/u;
const NOT_A_UNIT_RE = /[未不没无否非完成达到满意效果提高降低合格及时是]/u;
const COMPOUND_SEPARATOR_RE = /[·•×xX]/gu;

/**
 * The unit a (compact, folded) text names, or null. Knows money, area, length, weight, time and percent conversions,
 * counting words, 万/亿 prefixes ("万人次"), compounds ("元/人*月", "万元/亩") and short unknown words (own base).
 */
export function lookupUnit(text: string, lenient = true): Unit | null {
  if (text === "") return null;
  const known = TABLE.get(text);
  if (known) return known;
  const bracketed = /^\((.+)\)$/u.exec(text);
  if (bracketed) return lookupUnit(bracketed[1], lenient);
  const slash = text.indexOf("/");
  if (slash >= 0) return compoundUnit(text, slash);
  const multiplier = /^(万|亿)(.+)$/u.exec(text);
  if (multiplier) {
    const inner = lookupUnit(multiplier[2], lenient);
    if (inner && inner.base !== MULTIPLIER_BASE && inner.base !== "%") {
      return Object.freeze({ text, base: inner.base, factor: (multiplier[1] === "万" ? 1e4 : 1e8) * inner.factor });
    }
    return null;
  }
  // "6次慰问": a known counter followed by more words is a phrase, not a new unit.
  if (lenient && LENIENT_UNIT_RE.test(text) && !NOT_A_UNIT_RE.test(text) && !TABLE.has(text[0]))
    return Object.freeze({ text, base: text, factor: 1 });
  return null;
}

/** "元/人*月" → base "元/人*月"; "万元/亩" → base "元/亩", factor 10000; "/亩" (from "每亩300") → base "/亩". */
function compoundUnit(text: string, slash: number): Unit | null {
  const top = text.slice(0, slash);
  const bottom = text.slice(slash + 1).replace(COMPOUND_SEPARATOR_RE, "*");
  if (!/^[\u4e00-\u9fffA-Za-z]{1,4}(?:\*[\u4e00-\u9fffA-Za-z]{1,4}){0,2}$/u.test(bottom)) return null;
  if (top === "") return Object.freeze({ text: `/${bottom}`, base: `/${bottom}`, factor: 1 });
  const numerator = lookupUnit(top, false);
  if (!numerator || numerator.base === MULTIPLIER_BASE) return null;
  return Object.freeze({ text: `${top}/${bottom}`, base: `${numerator.base}/${bottom}`, factor: numerator.factor });
}

const MEASURE_BASES = new Set(Object.values(CONVERTING).map(([base]) => base));

/** A unit that counts things (套, 人次, 万人次, 户 …): not a percent, money, area, length, weight, time or a per-unit rate. */
export function isCountUnit(unit: Unit): boolean {
  return !MEASURE_BASES.has(unit.base) && !unit.base.includes("/");
}
