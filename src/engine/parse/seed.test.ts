/** Every target, actual, score and rate string of the seed (assets/sample/seed-changji-2021.txt), parsed. */
import * as fs from "fs";
import * as path from "path";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { parseNumberCell, parseRateCell } from "./cells";
import { describeValue } from "./testing/describeValue";
import { parseValue } from "./value";
import { isPlaceholderReason } from "./reason";

const rows = seedRows(fs.readFileSync(path.join(__dirname, "../../../assets/sample/seed-changji-2021.txt"), "utf8"));

interface SeedIndicator {
  target: string;
  actual: string;
  weight: string;
  score: string;
  reason: string;
}

/** The indicator rows of every form: from the header holding 年度指标值 down to 总分. */
function indicatorRows(): SeedIndicator[] {
  const out: SeedIndicator[] = [];
  let columns: { t: number; a: number; w: number; s: number; r: number } | null = null;
  for (const row of rows) {
    const t = row.indexOf("年度指标值");
    if (t >= 0) {
      columns = { t, a: row.indexOf("实际完成值"), w: row.indexOf("分值"), s: row.indexOf("得分"), r: row.length - 1 };
      continue;
    }
    if (row[0]?.trim() === "总分") columns = null;
    if (!columns || row.length <= columns.r || row.every((c) => c.trim() === "")) continue;
    out.push({ target: row[columns.t], actual: row[columns.a], weight: row[columns.w], score: row[columns.s], reason: row[columns.r] });
  }
  return out;
}

const EXPECTED = new Map<string, string>([
  ["=5套", "=5 套"],
  ["5套", "5 套"],
  ["=100%", "=100 %"],
  ["100%", "100 %"],
  [" 100%", "100 %"],
  [">=95%", ">=95 %"],
  ["95%", "95 %"],
  [" 95%", "95 %"],
  ["<=161万元", "<=161 万元"],
  ["161万元", "161 万元"],
  ["<=17.37万元", "<=17.37 万元"],
  ["17.37万元", "17.37 万元"],
  [">=100%", ">=100 %"],
  ["=5人", "=5 人"],
  ["5人", "5 人"],
  [">=10家", ">=10 家"],
  ["10家", "10 家"],
  [">=200份", ">=200 份"],
  [" 200份", "200 份"],
  [">=1次", ">=1 次"],
  [" 1次", "1 次"],
  [">=100组", ">=100 组"],
  [" 100组", "100 组"],
  [">=1项", ">=1 项"],
  ["1项", "1 项"],
  ["2021.1.1-2021.12.31", "date 2021-01-01..2021-12-31"],
  ["2021.1.1-2021.12.31 ", "date 2021-01-01..2021-12-31"],
  [">=20万元", ">=20 万元"],
  ["20万元", "20 万元"],
  [">=5万元", ">=5 万元"],
  [" 5万元", "5 万元"],
  ["5万元", "5 万元"],
  ["有效降低", "q:top"],
  ["90%", "90 %"],
  ["有效促进", "q:top"],
  [" 85%", "85 %"],
  ["=1个", "=1 个"],
  ["1个", "1 个"],
  [">=12辆", ">=12 辆"],
  ["9次", "9 次"],
  ["=1次", "=1 次"],
  ["1次", "1 次"],
  [">=12份", ">=12 份"],
  ["9份", "9 份"],
  ["<=5.27万元", "<=5.27 万元"],
  ["5.27万元", "5.27 万元"],
  ["<=6.20万元", "<=6.2 万元"],
  ["4.69万元", "4.69 万元"],
  ["<=16.25万元", "<=16.25 万元"],
  ["11.78万元", "11.78 万元"],
  ["完成39户结亲户6次慰问、51户住户4次慰问", "text"],
  ["完成39户结亲户6次慰问、51户住户4次慰问 ", "text"],
  ["完成39户结亲户6次慰问、51户住户4次", "text"],
  ["=10户", "=10 户"],
  [" 10户", "10 户"],
  ["10户", "10 户"],
  [">=51%", ">=51 %"],
  ["51%", "51 %"],
  [">=3万元", ">=3 万元"],
  ["3万元", "3 万元"],
  ["<=5万元", "<=5 万元"],
  [">=6%", ">=6 %"],
  ["6%", "6 %"],
  [">=6户", ">=6 户"],
  ["6户", "6 户"],
  ["有效提高", "q:top"],
  [">=55个", ">=55 个"],
  ["55个", "55 个"],
  [">=7个", ">=7 个"],
  ["7个", "7 个"],
  [">=8天", ">=8 天"],
  ["8天", "8 天"],
  ["<=5%", "<=5 %"],
  ["5%", "5 %"],
  ["<=48小时", "<=48 小时"],
  ["48小时", "48 小时"],
  ["=30万元", "=30 万元"],
  ["30万元", "30 万元"],
  ["=1.50万元", "=1.5 万元"],
  ["1.50万元", "1.5 万元"],
  ["=2万元", "=2 万元"],
  ["2万", "2 万"],
  [" 90%", "90 %"],
]);

describe("seed: targets and actuals", () => {
  const indicators = indicatorRows();
  const strings = [...new Set(indicators.flatMap((r) => [r.target, r.actual]))];

  it("finds the seed's indicator rows", () => expect(indicators.length).toBe(8 + 15 + 12 + 10 + 10 + 17));
  it("the table below covers every distinct seed string", () => expect(strings.filter((s) => !EXPECTED.has(s))).toEqual([]));
  it.each(strings.map((s) => [s, EXPECTED.get(s) ?? "(missing)"]))("%j → %s", (text, expected) =>
    expect(describeValue(parseValue(text))).toBe(expected),
  );
  it("weights and scores are numbers", () => {
    for (const r of indicators) {
      expect(parseNumberCell(r.weight)).toEqual(expect.any(Number));
      expect(parseNumberCell(r.score)).toEqual(expect.any(Number));
    }
  });
  it("reasons: 无偏差 is a placeholder, the form-3 explanation is not", () => {
    const reasons = [...new Set(indicators.map((r) => r.reason))];
    expect(reasons.map((r) => [r, isPlaceholderReason(r)])).toEqual([
      ["无偏差", true],
      ["剩余收回的车辆保险和维修保养工作拟于2022年6月份开展。", false],
    ]);
  });
});

describe("seed: fund blocks and totals", () => {
  const fund = rows.filter((r) => r[1]?.trim() === "年度资金总额");
  const totals = rows.filter((r) => r[0]?.trim() === "总分");
  it("six forms", () => {
    expect(fund).toHaveLength(6);
    expect(totals).toHaveLength(6);
  });
  it("执行率 cells", () => expect(fund.map((r) => parseRateCell(r[6]))).toEqual([1, 1, 0.7843, 1, 1, 1]));
  it("执行率 scores", () => expect(fund.map((r) => parseNumberCell(r[7]))).toEqual([10, 10, 7.84, 10, 10, 10]));
  it("budgets in a 万元 block", () =>
    expect(fund.map((r) => parseNumberCell(r[3], { blockUnit: "万元" }))).toEqual([178.37, 40, 27.72, 3, 5, 35]));
  it("总分 scores", () => expect(totals.map((r) => parseNumberCell(r[2]))).toEqual([90, 90, 91.44, 100, 100, 90]));
  it("sub-rows show dashes", () => {
    const sub = rows.filter((r) => /当年财政拨款/.test(r[1] ?? ""));
    expect(sub.map((r) => [parseNumberCell(r[5]), parseRateCell(r[6]), parseNumberCell(r[7])])).toEqual(sub.map(() => [null, null, null]));
  });
});

describe("seed laid out in Excel: typed cells read as their text does", () => {
  const asText = layoutSeedForms(rows, { sheet: "text", typed: false });
  const typed = layoutSeedForms(rows, { sheet: "typed", typed: true });
  it("every cell of the typed sheet parses as the same cell typed as text", () => {
    const differences: string[] = [];
    typed.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        const viaText = describeValue(parseValue(asText.values[r][c]));
        const viaTyped = describeValue(parseValue(cell, { numberFormat: typed.numberFormats?.[r][c] }));
        if (viaText !== viaTyped)
          differences.push(`${r},${c}: ${JSON.stringify(asText.values[r][c])} ${viaText} ≠ ${JSON.stringify(cell)} ${viaTyped}`);
      }),
    );
    expect(differences).toEqual([]);
    expect(typed.values.flat().some((v) => typeof v === "number")).toBe(true);
  });
  it("执行率 and money cells typed by Excel read as their text does", () => {
    typed.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect(parseRateCell(cell, typed.numberFormats?.[r][c])).toBe(parseRateCell(asText.values[r][c]));
        expect(parseNumberCell(cell, { numberFormat: typed.numberFormats?.[r][c] })).toBe(parseNumberCell(asText.values[r][c]));
      }),
    );
  });
});
