/** fast-check properties of the parse stage: totality on any input, and stability of well-formed values under noise. */
import fc from "fast-check";
import { dayNumber, daysInMonth } from "./calendar";
import { parseNumberCell, parseRateCell } from "./cells";
import { describeValue } from "./testing/describeValue";
import { parsePair } from "./pair";
import { isPlaceholderReason } from "./reason";
import type { CellValue, Comparator, ParseContext, ParsedValue } from "./types";
import { parseValue } from "./value";
import { normalizeText } from "../grid/text";
import { foldValueText } from "./normalize";
import { fcRuns } from "../../../test/fixtures/fcRuns";

const CHEAP = fcRuns(10_000);
const MEDIUM = fcRuns(10_000);

/** Characters that reach every branch of the readers, mixed with anything at all. */
const VALUE_CHARS = [
  ..."0123456789０１２３４５６７８９.,，。-+/%％≥≤≧≦═﹦＞＜＝<>=~ 　年月日底前完成万元亿亩人次户个天小时米公斤吨每以上下内不少于低超过达到有效未基本合格是否百分比()（）$^工#一二两十百千零约余多左右且至\u200b\ufeff",
];
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...VALUE_CHARS), maxLength: 24 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string(),
);
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e308, 44561),
);
const anyError = fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "").map((error) => ({ error }));
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(anyText, anyNumber, fc.boolean(), fc.constant(null), anyError);
const anyFormat = fc.option(fc.constantFrom("0%", "0.00%", "General", "yyyy-mm-dd", "0.00", '"%"0', "[Red]0%", ""), { nil: null });
const anyContext: fc.Arbitrary<ParseContext | undefined> = fc.option(
  fc.record({
    numberFormat: anyFormat,
    unitText: fc.option(fc.oneof(fc.constantFrom("%", "百分比", "%(百分比)", "万元", "人", "(cut)", "定性"), anyText), { nil: null }),
    comparatorText: fc.option(fc.oneof(fc.constantFrom("≥", "≤", "=", ">=", "定性", "正向"), anyText), { nil: null }),
  }),
  { nil: undefined },
);

function isWellTyped(v: ParsedValue): boolean {
  switch (v.kind) {
    case "number":
      return Number.isFinite(v.value) && (v.unit === null || Number.isFinite(v.unit.factor));
    case "range":
      return Number.isFinite(v.low) && Number.isFinite(v.high) && v.low <= v.high && (v.unit === null || Number.isFinite(v.unit.factor));
    case "date":
      return Number.isInteger(v.start) && Number.isInteger(v.end) && v.start <= v.end;
    case "qualitative":
      return ["top", "middle", "bottom"].includes(v.tier);
    default:
      return true;
  }
}

describe("totality: nothing throws, everything is well typed", () => {
  it("parseValue", () =>
    fc.assert(
      fc.property(anyCell, anyContext, (cell, ctx) => isWellTyped(parseValue(cell, ctx))),
      CHEAP,
    ));
  it("parsePair", () =>
    fc.assert(
      fc.property(anyCell, anyCell, anyContext, anyContext, (t, a, tc, ac) => {
        const p = parsePair(t, a, { target: tc, actual: ac });
        return isWellTyped(p.target) && isWellTyped(p.actual) && !(p.unitMismatch && p.actualUnitAssumed);
      }),
      CHEAP,
    ));
  it("parseNumberCell", () =>
    fc.assert(
      fc.property(
        anyCell,
        anyFormat,
        fc.constantFrom<"万元" | "元" | undefined>("万元", "元", undefined),
        (cell, numberFormat, blockUnit) => {
          const n = parseNumberCell(cell, { numberFormat, blockUnit });
          return n === null || Number.isFinite(n);
        },
      ),
      CHEAP,
    ));
  it("parseRateCell", () =>
    fc.assert(
      fc.property(anyCell, anyFormat, (cell, format) => {
        const r = parseRateCell(cell, format);
        return r === null || (Number.isFinite(r) && r >= 0);
      }),
      CHEAP,
    ));
  it("foldValueText's fast path agrees with normalizeText", () =>
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.string({ unit: fc.constantFrom(" ", "\t", "\u3000", "\u00a0", "\u2028", "\u1680", "a", "１", "≧") })),
        (text) =>
          foldValueText(text) === normalizeText(text).replace(/[≧⩾]/gu, "≥").replace(/[≦⩽]/gu, "≤").replace(/[═﹦]/gu, "=") ||
          /[﹥﹤﹪﹢﹣−，﹐㎡㎞㎏]/u.test(text),
      ),
      CHEAP,
    ));
  it("isPlaceholderReason", () =>
    fc.assert(
      fc.property(anyCell, (cell) => typeof isPlaceholderReason(cell) === "boolean"),
      CHEAP,
    ));
});

// ---- well-formed values -------------------------------------------------------------------------------------------

const SPELLINGS: Record<Comparator, { prefix: string[]; suffix: string[] }> = {
  ">=": { prefix: [">=", "≥", "≧", "=>", "不少于", "不低于", "大于等于", "达到"], suffix: ["以上", "及以上"] },
  "<=": { prefix: ["<=", "≤", "≦", "不高于", "不超过", "小于等于", "低于"], suffix: ["以下", "以内"] },
  "=": { prefix: ["=", "═", "﹦"], suffix: [] },
  ">": { prefix: [">", "大于"], suffix: [] },
  "<": { prefix: ["<", "小于"], suffix: [] },
};
/** Unit spellings and the unit text they parse to. 年 and 月 are left out: "2021年" and "12月以内" read as dates. */
const UNITS: [written: string, text: string][] = [
  ["", ""],
  ["%", "%"],
  ["百分比", "%"],
  ["%(百分比)", "%"],
  ["万元", "万元"],
  ["元", "元"],
  ["亿元", "亿元"],
  ["亩", "亩"],
  ["万亩", "万亩"],
  ["人", "人"],
  ["人次", "人次"],
  ["户", "户"],
  ["家", "家"],
  ["套", "套"],
  ["辆", "辆"],
  ["个", "个"],
  ["天", "天"],
  ["小时", "小时"],
  ["米", "米"],
  ["厘米", "厘米"],
  ["平方米", "平方米"],
  ["公斤", "公斤"],
  ["吨", "吨"],
  ["万粒", "万粒"],
  ["件", "件"],
  ["起", "起"],
  ["元/人*月", "元/人*月"],
  ["元/户", "元/户"],
  ["元/亩", "元/亩"],
  ["个月", "个月"],
  ["头", "头"],
  ["只", "只"],
];

interface Written {
  text: string;
  value: number;
  unit: string;
  comparator: Comparator | null;
  from: "symbol" | "word" | null;
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

const numeral = fc
  .record({
    whole: fc.integer({ min: 0, max: 99_999_999 }),
    decimals: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
    commas: fc.boolean(),
    plus: fc.boolean(),
  })
  .map(({ whole, decimals, commas, plus }) => {
    const intText = commas ? withThousands(String(whole)) : String(whole);
    const frac = decimals === null ? "" : `.${String(decimals).padStart(3, "0").replace(/0+$/, "") || "0"}`;
    return { text: `${plus ? "+" : ""}${intText}${frac}`, value: Number(`${whole}${frac}`) };
  });

const written: fc.Arbitrary<Written> = fc
  .record({
    comparator: fc.option(fc.constantFrom<Comparator>(">=", "<=", "=", ">", "<"), { nil: null }),
    useSuffix: fc.boolean(),
    pick: fc.nat(),
    number: numeral,
    unit: fc.constantFrom(...UNITS),
  })
  .filter(({ comparator, number, unit }) => {
    // Documented readings that take precedence: "290%" is OCR for ≥90%.
    if (comparator === null && unit[1] === "%" && number.value >= 200) return false;
    return true;
  })
  .map(({ comparator, useSuffix, pick, number, unit }) => {
    if (comparator === null) return { text: `${number.text}${unit[0]}`, value: number.value, unit: unit[1], comparator, from: null };
    const spelling = SPELLINGS[comparator];
    if (useSuffix && spelling.suffix.length > 0) {
      const word = spelling.suffix[pick % spelling.suffix.length];
      return { text: `${number.text}${unit[0]}${word}`, value: number.value, unit: unit[1], comparator, from: "word" as const };
    }
    const word = spelling.prefix[pick % spelling.prefix.length];
    const from = /^[\u4e00-\u9fff]/u.test(word) ? ("word" as const) : ("symbol" as const);
    return { text: `${word}${number.text}${unit[0]}`, value: number.value, unit: unit[1], comparator, from };
  });

/** Well-formed dates and periods with the span they name. */
const writtenDate = fc
  .record({
    y: fc.integer({ min: 1950, max: 2090 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    style: fc.constantFrom("dot", "dash", "slash", "cjk", "month", "year", "range", "deadline", "monthEnd"),
  })
  .map(({ y, m, d: rawDay, style }) => {
    const d = Math.min(rawDay, daysInMonth(y, m));
    const day = dayNumber(y, m, d);
    const monthEnd = dayNumber(y, m, daysInMonth(y, m));
    switch (style) {
      case "dot":
        return { text: `${y}.${m}.${d}`, start: day, end: day, comparator: null };
      case "dash":
        return { text: `${y}-${m}-${d}`, start: day, end: day, comparator: null };
      case "slash":
        return { text: `${y}/${m}/${d}`, start: day, end: day, comparator: null };
      case "cjk":
        return { text: `${y}年${m}月${d}日`, start: day, end: day, comparator: null };
      case "month":
        return { text: `${y}年${m}月`, start: dayNumber(y, m, 1), end: monthEnd, comparator: null };
      case "year":
        return { text: `${y}年`, start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31), comparator: null };
      case "range":
        return { text: `${y}.1.1-${y}.${m}.${d}`, start: dayNumber(y, 1, 1), end: day, comparator: null };
      case "deadline":
        return { text: `${y}年${m}月${d}日前`, start: day, end: day, comparator: "<=" as const };
      default:
        return { text: `${y}年${m}月底前`, start: monthEnd, end: monthEnd, comparator: "<=" as const };
    }
  });

/**
 * Noise a hand-typed or pasted cell picks up: spaces and invisible characters anywhere (U+200B, U+FEFF, U+2060,
 * U+202F, soft hyphen, bidi marks), full-width forms, a trailing 。.
 */
const noise = fc.record({
  spaces: fc.array(
    fc.record({
      at: fc.nat(),
      space: fc.constantFrom(" ", "  ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u2060", "\u202f", "\u00ad", "\u200e", "\u200b\u3000"),
    }),
    { maxLength: 4 },
  ),
  fullWidth: fc.boolean(),
  stop: fc.constantFrom("", "。", ".", "；", " "),
});

function addNoise(text: string, n: { spaces: { at: number; space: string }[]; fullWidth: boolean; stop: string }): string {
  let out = n.fullWidth
    ? [...text].map((ch) => (ch >= "!" && ch <= "~" ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch)).join("")
    : text;
  for (const { at, space } of n.spaces) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + space + out.slice(i);
  }
  return out + n.stop;
}

describe("well-formed values parse back", () => {
  it("comparator + number + unit → that number, comparator and unit", () =>
    fc.assert(
      fc.property(written, (w) => {
        const v = parseValue(w.text);
        expect(v).toMatchObject({ kind: "number", value: w.value, comparator: w.comparator, comparatorFrom: w.from });
        expect(v.kind === "number" && (v.unit?.text ?? "")).toBe(w.unit);
      }),
      MEDIUM,
    ));
  it("dates and periods → their span", () =>
    fc.assert(
      fc.property(writtenDate, (w) => {
        expect(parseValue(w.text)).toEqual({ kind: "date", start: w.start, end: w.end, comparator: w.comparator });
      }),
      MEDIUM,
    ));
  it("a number cell formatted % → its percent", () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (basisPoints) => {
        const v = parseValue(basisPoints / 10_000, { numberFormat: "0.00%" });
        return v.kind === "number" && v.unit?.text === "%" && Math.abs(v.value - basisPoints / 100) < 1e-9;
      }),
      MEDIUM,
    ));
  it("parseNumberCell and parseRateCell read generated scores, money and rates", () =>
    fc.assert(
      fc.property(numeral, (n) => {
        expect(parseNumberCell(`${n.text}分`)).toBe(n.value);
        expect(parseNumberCell(`${n.text}万元`, { blockUnit: "元" })).toBeCloseTo(n.value * 10_000, 3);
        expect(parseRateCell(`${n.text}%`)).toBeCloseTo(n.value / 100, 9);
      }),
      MEDIUM,
    ));
});

describe("noise changes nothing", () => {
  it("quantities", () =>
    fc.assert(
      fc.property(written, noise, (w, n) => describeValue(parseValue(addNoise(w.text, n))) === describeValue(parseValue(w.text))),
      CHEAP,
    ));
  it("dates", () =>
    fc.assert(
      fc.property(writtenDate, noise, (w, n) => describeValue(parseValue(addNoise(w.text, n))) === describeValue(parseValue(w.text))),
      CHEAP,
    ));
  it("qualitative words", () =>
    fc.assert(
      fc.property(
        fc.constantFrom("达成预期指标", "有效提高", "基本完成", "未完成", "合格", "部分达成年度指标并具有一定效果", "符合相关规定"),
        noise,
        (w, n) => {
          const clean = parseValue(w);
          const noisy = parseValue(addNoise(w, n));
          return clean.kind === "qualitative" && noisy.kind === "qualitative" && noisy.tier === clean.tier;
        },
      ),
      MEDIUM,
    ));
  it("pairs: the verdict inputs do not depend on noise in either cell", () =>
    fc.assert(
      fc.property(written, written, noise, noise, (t, a, nt, na) => {
        const clean = parsePair(t.text, a.text);
        const noisy = parsePair(addNoise(t.text, nt), addNoise(a.text, na));
        return (
          describeValue(noisy.target) === describeValue(clean.target) &&
          describeValue(noisy.actual) === describeValue(clean.actual) &&
          noisy.unitMismatch === clean.unitMismatch &&
          noisy.actualUnitAssumed === clean.actualUnitAssumed &&
          noisy.actualHasComparator === clean.actualHasComparator
        );
      }),
      MEDIUM,
    ));
});

describe("pairs: units line up", () => {
  it("a bare actual takes the target's unit; money converts between 元 and 万元", () =>
    fc.assert(
      fc.property(written, numeral, (t, n) => {
        const bare = parsePair(t.text, n.text);
        if (t.unit !== "" && bare.actual.kind === "number") expect(bare.actual.unit?.text).toBe(t.unit);
        const money = parsePair(`${t.comparator ? "≤" : ""}${t.value}万元`, `${n.text}元`);
        expect(money.actual.kind === "number" && money.actual.value).toBeCloseTo(n.value / 10_000, 6);
        expect(money.unitMismatch).toBe(false);
      }),
      MEDIUM,
    ));
});

// ---- bands and numbers in words ------------------------------------------------------------------------------------

/** An integer below 10^8 in Chinese numerals, as people write it: 十二 (not 一十二), 一百零五, 三千零二十, 一万二千. */
function chinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const below10000 = (x: number, leadingOne: boolean): string => {
    let out = "";
    let zero = false;
    for (const [unit, name] of [
      [1000, "千"],
      [100, "百"],
      [10, "十"],
      [1, ""],
    ] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        zero = out !== "";
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += unit === 10 && d === 1 && out === "" && leadingOne ? name : `${digits[d]}${name}`;
    }
    return out;
  };
  if (n === 0) return "零";
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return below10000(low, true);
  return `${below10000(high, true)}万${low === 0 ? "" : `${low < 1000 ? "零" : ""}${below10000(low, false)}`}`;
}

describe("numbers in words and bands parse back", () => {
  it("a Chinese numeral with a counter → that count (a closing 万 joins the unit: 三万人 is 3 万人)", () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom("人", "次", "个", "户", "人次", "套"), noise, (n, unit, nz) => {
        const v = parseValue(addNoise(`${chinese(n)}${unit}`, nz));
        if (v.kind !== "number" || !v.unit) throw new Error(`${chinese(n)}${unit} → ${describeValue(v)}`);
        expect([v.value * v.unit.factor, v.unit.base]).toEqual([n, unit]);
      }),
      MEDIUM,
    ));
  it("百分之 + a Chinese numeral → that percent", () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => describeValue(parseValue(`百分之${chinese(n)}`)) === `${n} %`),
      CHEAP,
    ));
  it("low–high with a unit → the band, whatever the separator and noise", () =>
    fc.assert(
      fc.property(
        numeral,
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom("%", "天", "人", "万元", "小时"),
        fc.constantFrom("-", "~", "～", "至", "—", "–"),
        fc.boolean(),
        noise,
        (low, span, unit, sep, unitTwice, nz) => {
          const high = low.value + span;
          const text = `${low.text}${unitTwice ? unit : ""}${sep}${high}${unit}`;
          expect(describeValue(parseValue(addNoise(text, { ...nz, stop: "" })))).toBe(`${low.value}..${high} ${unit}`);
        },
      ),
      MEDIUM,
    ));
});
