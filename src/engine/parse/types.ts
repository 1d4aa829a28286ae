import type { CellValue } from "../grid/types";

/** How a target compares: "≥ 95%" is ">=". */
export type Comparator = ">=" | "<=" | "=" | ">" | "<";

/**
 * A unit and how it converts: "万元" is { text: "万元", base: "元", factor: 10000 };
 * "%" (also "％", "百分比", "%(百分比)") is { text: "%", base: "%", factor: 1 }; "元/人*月" is its own base.
 */
export interface Unit {
  text: string;
  base: string;
  factor: number;
}

/** The achievement a qualitative word expresses: 达成预期指标 is top, 基本完成 is middle, 未完成 is bottom. */
export type Tier = "top" | "middle" | "bottom";

/** A target or an actual, typed. Percentages are numbers with unit "%" (95% → value 95). */
export type ParsedValue =
  | { kind: "empty" }
  | { kind: "error"; error: string }
  | {
      kind: "number";
      value: number;
      unit: Unit | null;
      comparator: Comparator | null;
      /** Where the comparator came from: a symbol (≥, >=, ≧, ＞…), a word (不少于, 以内…), or none written. */
      comparatorFrom: "symbol" | "word" | null;
      /** Set when the text was OCR junk read charitably ("290%" → ≥90%, "5=50%" → ≥50%, "^80%" → 80%): worth a reviewer's look. */
      ocrRepaired?: boolean;
      /** Written with a hedge (约, 左右, 余, 多, or 以上 after the number): approximate, and in an actual no copied comparator. */
      hedged?: true;
    }
  | {
      /** A band: "90%-95%", "3-5天", "≥90%且≤100%". Inside is met; outside, the indicator's direction decides. */
      kind: "range";
      low: number;
      high: number;
      unit: Unit | null;
    }
  | {
      /** A date or a period as day numbers (days since 1970-01-01, UTC). A single day has start = end; "2023年12月" ends on 12-31. */
      kind: "date";
      start: number;
      end: number;
      comparator: Comparator | null;
      /** The text named no year ("11月底完成"): start/end are placed in the year 2000; parsePair moves it to the other side's year. */
      yearUnknown?: boolean;
    }
  | {
      /** A qualitative word or phrase: 有效提高, 合格, 达成预期指标, 基本完成, 未完成 … `tier` is what it says of achievement. */
      kind: "qualitative";
      text: string;
      tier: Tier;
    }
  | { kind: "text"; text: string };

/** What the parser may know about a cell besides its value. */
export interface ParseContext {
  /** The cell's number format: 0.95 formatted "0%" is 95%. */
  numberFormat?: string | null;
  /** A separate unit column (度量单位/计量单位): "%" or "万元". */
  unitText?: string | null;
  /** A separate comparator column (指标性质): "≥", "=", "定性". */
  comparatorText?: string | null;
}

/**
 * A target and its actual, parsed and brought to comparable units: when both are numbers whose units share a base,
 * the actual's value is expressed in the target's unit (target 2万元, actual 20000元 → actual 2, unit 万元).
 */
export interface ParsedPair {
  target: ParsedValue;
  actual: ParsedValue;
  /** True when the actual had no unit and took the target's ("5" next to "5万元"), or "2万" was read as 万元. */
  actualUnitAssumed: boolean;
  /** True when both are numbers with units of different bases (≥12辆 vs 9次). Values are still compared as numbers. */
  unitMismatch: boolean;
  /** The actual carries a comparator of its own (≥266米 / ≥266米): the target was copied, not measured. */
  actualHasComparator: boolean;
}

export type { CellValue };
