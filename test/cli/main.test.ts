import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { isFillMark } from "../../src/app/ownership/marks";
import { FILL_NOTE_PREFIX, MARK_COLORS } from "../../src/engine";
import { makeTempDir } from "../fixtures/tempDir";
import { writeBadInputs } from "../fixtures/workbooks";
import { run } from "./run";
import { SEED_PROJECTS } from "../fixtures/seedProjects";

const tmp = makeTempDir("cli");
afterAll(tmp.cleanup);
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);

beforeAll(() => fs.copyFileSync(bundledSamplePath(), at("sample.xlsx")));

describe("selfeval check on the bundled sample", () => {
  it("checks the sample when given no file, prints every form and exits 0", async () => {
    const r = await run("check");
    expect(r.code).toBe(0);
    for (const project of SEED_PROJECTS) expect(r.stdout).toContain(project);
    expect(r.stdout).toMatch(/找到 6 张自评表/);
    expect(r.stdout).toMatch(/总分：填报 90，计算 100/);
    expect(r.stdout).toMatch(/✗ 错误\s+H22\s+total-mismatch/);
    expect(r.stdout).toMatch(/校验完成：6 张自评表/);
    expect(r.stderr).toBe("");
  });

  it.each([
    [["--strict"], 1],
    [["--strict", "--profile", "hubei"], 1],
    [[], 0],
  ])("exit status with %p is %i", async (flags, code) => {
    expect((await run("check", at("sample.xlsx"), ...flags)).code).toBe(code);
  });

  it("speaks English with --lang en", async () => {
    const r = await run("check", at("sample.xlsx"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/6 forms found/);
    expect(r.stdout).toMatch(/total: reported 90, computed 100/);
    expect(r.stdout).toMatch(/Check complete/);
    expect(r.stdout).not.toMatch(/找到|总分：|错误/);
  });

  it("writes the report as JSON in the issue's shape", async () => {
    const out = at("report.json");
    const r = await run("check", at("sample.xlsx"), "--json", out);
    expect(r.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(json).toMatchObject({
      file: expect.stringContaining("sample.xlsx"),
      profile: "mof-2020",
      tables: expect.any(Array),
      issues: expect.any(Array),
    });
    expect(json.tables.map((t: { project: string }) => t.project)).toEqual(SEED_PROJECTS);
    const first = json.tables[0];
    expect(first).toMatchObject({
      sheet: SEED_PROJECTS[0],
      range: expect.stringMatching(/^A1:I\d+$/),
      fund: { row: expect.any(Number), reportedScore: 10, computedScore: 10 },
    });
    expect(first.total).toMatchObject({ reportedScore: 90, computedScore: 100 });
    expect(first.indicators[0]).toMatchObject({
      row: expect.any(Number),
      name: "购置厅级干部周转住房数量",
      target: "=5套",
      actual: "5套",
      weight: 10,
      reportedScore: 10,
      computedScore: 10,
      status: "met",
    });
    const issue = json.issues.find((i: { code: string }) => i.code === "total-mismatch");
    expect(issue).toMatchObject({
      severity: "error",
      sheet: SEED_PROJECTS[0],
      row: first.total.row,
      cell: `H${first.total.row}`,
      message: expect.stringContaining("90"),
    });
  });

  it("writes JSON to standard output with --json - and nothing else there", async () => {
    const r = await run("check", at("sample.xlsx"), "--json", "-", "--lang", "en");
    expect(JSON.parse(r.stdout).tables).toHaveLength(6);
  });

  it("prints help and exits 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/selfeval check/);
    expect(r.stdout).toMatch(/--out/);
  });
});

describe("selfeval check: usage errors exit 2 with the usage", () => {
  it.each([
    [["check", "--bogus"], /未知选项：--bogus/],
    [["check", "--profile", "nowhere"], /未知的规则：nowhere/],
    [["check", "--lang", "fr"], /--lang 只能是 zh 或 en/],
    [["check", "--json"], /--json 需要一个值/],
    [["check", "--lang", "en", "--bogus"], /Unknown option: --bogus/],
  ])("%p", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/selfeval check/);
    expect(r.stdout).toBe("");
  });
});

describe("selfeval check: files that cannot be read", () => {
  let bad: Awaited<ReturnType<typeof writeBadInputs>>;
  beforeAll(async () => {
    fs.mkdirSync(at("bad"));
    bad = await writeBadInputs(at("bad"), fs.readFileSync(bundledSamplePath()));
  });

  it.each([
    ["empty", /空的/],
    ["encrypted", /设置了打开密码/],
    ["corrupt", /已损坏/],
    ["text", /不是 \.xlsx 工作簿/],
  ] as const)("a %s file: a clear message, exit 2, no stack trace", async (kind, message) => {
    const r = await run("check", bad[kind]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("still checks the other files and reports the failure in JSON", async () => {
    const out = at("mixed.json");
    const r = await run("check", bad.encrypted, at("sample.xlsx"), at("missing.xlsx"), "--json", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/找到 6 张自评表/);
    expect(r.stderr).toMatch(/找不到文件/);
    const json = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(json).toHaveLength(3);
    expect(json[0]).toMatchObject({ file: bad.encrypted, error: { code: "encrypted" } });
    expect(json[1].tables).toHaveLength(6);
    expect(json[2]).toMatchObject({ error: { code: "missing" } });
  });

  it("checks an empty workbook: no form, exit 0", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(at("blank.xlsx"));
    const r = await run("check", at("blank.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有找到自评表/);
  });

  it("checks cells holding #DIV/0! and formulas without cached values without crashing", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("sample.xlsx"));
    const ws = wb.getWorksheet("专项工作保障车辆运行经费")!;
    ws.getCell("H14").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("H16").value = { formula: "G16*F16/E16" } as ExcelJS.CellFormulaValue;
    ws.getCell("G6").value = { formula: "E6/D6" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(at("errors.xlsx"));
    const r = await run("check", at("errors.xlsx"), "--json", at("errors.json"));
    expect(r.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(at("errors.json"), "utf8"));
    expect(json.tables).toHaveLength(6);
    const cells = json.issues.filter((i: { sheet: string }) => i.sheet === "专项工作保障车辆运行经费").map((i: { cell: string }) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(["H14", "H16", "G6"]));
  });
});

describe("selfeval check --out", () => {
  it("writes an annotated copy and never overwrites the input", async () => {
    const before = fs.readFileSync(at("sample.xlsx"));
    const refused = await run("check", at("sample.xlsx"), "--out", at("sample.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/拒绝写入/);
    expect(fs.readFileSync(at("sample.xlsx")).equals(before)).toBe(true);

    const ok = await run("check", at("sample.xlsx"), "--out", at("sample.checked.xlsx"));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/标注副本：.*sample\.checked\.xlsx（标记 \d+ 个单元格/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("sample.checked.xlsx"));
    const ws = wb.getWorksheet("回购统建房住宅经费")!;
    expect(ws.getCell("H22").note).toMatch(/总分 90/);
    // Marked by a conditional format of ours; the cell's own fill is the input's.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(at("sample.xlsx"));
    expect(ws.getCell("H22").fill).toEqual(input.getWorksheet("回购统建房住宅经费")!.getCell("H22").fill);
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(rules.find((cf) => String(cf.rules[0].formulae?.[0]).includes("自评表校验 mark:error"))?.ref.split(" ")).toContain("H22");
  });

  it("never writes the JSON report over an input", async () => {
    const before = fs.readFileSync(at("sample.xlsx"));
    const r = await run("check", at("sample.xlsx"), "--json", at("sample.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/拒绝写入/);
    expect(fs.readFileSync(at("sample.xlsx")).equals(before)).toBe(true);
  });

  it("with --fill writes the computed score into an emptied score cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("sample.xlsx"));
    wb.getWorksheet("专项工作保障车辆运行经费")!.getCell("H15").value = null;
    await wb.xlsx.writeFile(at("unscored.xlsx"));
    const r = await run("check", at("unscored.xlsx"), "--out", at("unscored.checked.xlsx"), "--fill");
    expect(r.code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(at("unscored.checked.xlsx"));
    const ws = copy.getWorksheet("专项工作保障车辆运行经费")!;
    expect(ws.getCell("H15").value).toBe(3.75);
    // Visibly ours: the arithmetic in a note, and the filled mark (a tagged rule in its own colour) over the cell.
    expect(ws.getCell("H15").note).toMatch(new RegExp(`^${FILL_NOTE_PREFIX}.*= 3\\.75$`));
    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const filled = rules.filter((cf) =>
      cf.rules.some((r) => r.type === "expression" && (r.formulae ?? []).some((f) => isFillMark(String(f)))),
    );
    expect(filled.map((cf) => cf.ref)).toEqual(["H15"]);
    expect((filled[0].rules[0].style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe(`FF${MARK_COLORS.filled.slice(1)}`);
  });
});

describe("selfeval check DIR", () => {
  it("checks every .xlsx in the folder, prints progress on stderr and a summary, writes NAME.checked.xlsx per input", async () => {
    const dir = at("folder");
    fs.mkdirSync(dir);
    fs.copyFileSync(bundledSamplePath(), path.join(dir, "a.xlsx"));
    fs.copyFileSync(bundledSamplePath(), path.join(dir, "b.xlsx"));
    fs.writeFileSync(path.join(dir, "c.xlsx"), "not a workbook");
    fs.writeFileSync(path.join(dir, "~$a.xlsx"), "lock");
    fs.writeFileSync(path.join(dir, "notes.txt"), "ignored");
    const out = at("checked");
    const r = await run("check", dir, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[1\/3\] 正在校验 .*a\.xlsx/);
    expect(r.stderr).toMatch(/\[3\/3\] 正在校验 .*c\.xlsx/);
    expect(r.stdout).toMatch(/文件\s+自评表\s+错误\s+警告\s+提示\s+状态/);
    expect(r.stdout).toMatch(/合计（3 个文件）\s+12\s+6/);
    expect(r.stdout).toMatch(/c\.xlsx.*无法读取/);
    expect(fs.readdirSync(out).sort()).toEqual(["a.checked.xlsx", "b.checked.xlsx"]);
  });

  it("says so when a folder holds no .xlsx (exit 2)", async () => {
    fs.mkdirSync(at("nothing"));
    const r = await run("check", at("nothing"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/没有可校验的工作簿/);
  });
});
