import * as fs from "fs";
import * as path from "path";
import { seedRows } from "../../src/sample/seedText";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import { recogniseSheet, recogniseWorkbook } from "../../src/engine/recognise";
import { SEED_PROJECTS } from "../fixtures/seedProjects";

const text = fs.readFileSync(path.join(__dirname, "../../assets/sample/seed-changji-2021.txt"), "utf8");
const COUNTS = [8, 15, 12, 10, 10, 17];
const TOTAL_SCORES = ["90分", "90分", "91.44分", "100分", "100分", "90分"];

describe.each([true, false])("the seed laid out with typed=%s", (typed) => {
  const grid = layoutSeedForms(seedRows(text), { sheet: "自评表", typed });
  const forms = recogniseSheet(grid);

  it("finds six forms with their project names and indicator counts", () => {
    expect(forms.map((f) => f.project)).toEqual(SEED_PROJECTS);
    expect(forms.map((f) => f.indicators.length)).toEqual(COUNTS);
    expect(forms.every((f) => f.sheet === "自评表" && f.title === "项目支出绩效自评表")).toBe(true);
    expect(forms.every((f) => f.department === "昌吉回族自治州机关事务管理局" && f.implementer === "昌吉回族自治州机关事务管理局")).toBe(
      true,
    );
  });

  it("reads each total row: 100 under 分值 and the reported score under 得分", () => {
    expect(forms.map((f) => f.total?.score?.value)).toEqual(TOTAL_SCORES);
    expect(forms.map((f) => f.total?.weight?.value)).toEqual(new Array(6).fill(typed ? 100 : "100"));
    for (const f of forms) {
      expect(f.total!.weight!.col).toBe(f.columns.weight);
      expect(f.total!.score!.col).toBe(f.columns.score);
      expect(f.range.bottom).toBe(f.total!.row);
    }
  });

  it("reads the fund block of form 3 (27.72 budgeted, 21.74 executed, 78.43%, 7.84分)", () => {
    const fund = forms[2].fund!;
    expect(fund.headerRow).toBe(59);
    expect(fund.total).toMatchObject({ row: 60, kind: "total", label: "年度资金总额" });
    expect(
      [fund.total!.initial, fund.total!.budget, fund.total!.executed, fund.total!.weight, fund.total!.rate, fund.total!.score].map((s) => [
        s!.col,
        s!.value,
      ]),
    ).toEqual([
      [3, typed ? 27.72 : "27.72"],
      [4, typed ? 27.72 : "27.72"],
      [5, typed ? 21.74 : "21.74"],
      [6, typed ? 10 : "10"],
      [7, typed ? 0.7843 : "78.43%"],
      [8, "7.84分"],
    ]);
    expect(fund.total!.rate!.numberFormat).toBe(typed ? "0.00%" : null);
    expect(fund.parts.map((p) => [p.kind, p.label])).toEqual([
      ["fiscal", "其中：当年财政拨款"],
      ["carryover", "上年结转资金"],
      ["other", "其他资金"],
    ]);
  });

  it("infers 一级 for 社会效益/可持续影响 rows merged under 产出指标 in form 1", () => {
    const rows = forms[0].indicators;
    const social = rows.find((r) => r.name === "厅级干部周转住房利用率")!;
    expect(social).toMatchObject({ level2: "社会效益指标", level1Kind: "effect", level1Inferred: true, level1: "效益指标" });
    expect(rows.map((r) => r.level1Kind)).toEqual(["output", "output", "output", "output", "output", "effect", "effect", "satisfaction"]);
  });

  it("ties form 3's deducted rows to their cells", () => {
    const row = forms[2].indicators[1];
    expect(row).toMatchObject({ row: 69, name: "进行维修收回及督导用车数量", level1: "产出指标", level2: "数量指标" });
    expect([row.target, row.actual, row.weight, row.score].map((s) => [s!.row, s!.col, s!.value])).toEqual([
      [69, 4, ">=12辆"],
      [69, 5, "9次"],
      [69, 6, typed ? 5 : "5"],
      [69, 7, typed ? 3.75 : "3.75"],
    ]);
    expect(forms[2].columns).toEqual({
      level1: 1,
      level2: 2,
      name: 3,
      nature: null,
      target: 4,
      unit: null,
      actual: 5,
      weight: 6,
      score: 7,
      reason: 8,
      improvement: null,
    });
  });

  it("gives each form its range and project cell", () => {
    expect(forms[0].range).toEqual({ top: 0, left: 0, bottom: 21, right: 8 });
    expect(forms[0].projectCell).toMatchObject({ row: 2, col: 1, value: "回购统建房住宅经费" });
    expect(forms[0].indicatorHeaderRow).toBe(11);
  });
});

describe("the seed anywhere", () => {
  it.each([
    [0, 0],
    [7, 3],
    [120, 40],
  ])("at origin (%d, %d) every row shifts by the origin", (dr, dc) => {
    const base = recogniseSheet(layoutSeedForms(seedRows(text), { sheet: "s", typed: true }));
    const moved = recogniseSheet(layoutSeedForms(seedRows(text), { sheet: "s", typed: true, originRow: dr, originCol: dc }));
    expect(moved.map((f) => f.indicators.map((r) => r.row - dr))).toEqual(base.map((f) => f.indicators.map((r) => r.row)));
    expect(moved.map((f) => f.range)).toEqual(
      base.map((f) => ({ top: f.range.top + dr, bottom: f.range.bottom + dr, left: f.range.left + dc, right: f.range.right + dc })),
    );
  });

  it("recogniseWorkbook reads every sheet", () => {
    const a = layoutSeedForms(seedRows(text), { sheet: "A", typed: true });
    const b = layoutSeedForms(seedRows(text), { sheet: "B", typed: false });
    const forms = recogniseWorkbook({ sheets: [a, { name: "空", originRow: 0, originCol: 0, values: [] }, b] });
    expect(forms.map((f) => f.sheet)).toEqual([...new Array(6).fill("A"), ...new Array(6).fill("B")]);
  });
});
