/**
 * The browser workbench in a real (headless) Chromium, served by our own static server on the loopback.
 * Builds dist/ first when it is missing or older than the sources.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { Report } from "../../src/engine";
import JSZip from "jszip";
import { ownMarkSeverity } from "../../src/app/ownership/marks";
import {
  BLANKED,
  blankedSampleBytes,
  cellTexts,
  changedCells,
  HOSTILE_TEXTS,
  hostileBytes,
  sampleBytes,
  tallSheetBytes,
} from "../../src/hosts/browser/testing/workbooks";
import { DIST } from "../../src/workbench/server/build";
import { wholeGridMerge } from "../fixtures/packages";
import { ARTIFACTS, CHROMIUM, cellBar, hasChromium, isLocal, newSession, startBench, tabTo, type Bench, type Session } from "./harness";

jest.setTimeout(120_000);

let bench: Bench;
let blankedPath: string;
let hostilePath: string;
let blankedBytes: Uint8Array;

beforeAll(async () => {
  if (!(await hasChromium())) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium, or set CHROMIUM_PATH`);
  bench = await startBench();
  blankedBytes = await blankedSampleBytes();
  blankedPath = path.join(bench.tmp, "blanked.xlsx");
  hostilePath = path.join(bench.tmp, "hostile.xlsx");
  await fs.writeFile(blankedPath, blankedBytes);
  await fs.writeFile(hostilePath, await hostileBytes());
}, 240_000);

afterAll(async () => {
  await bench?.close();
});

const sessions: Session[] = [];
async function session(options: { bypassCSP?: boolean; reducedMotion?: boolean } = {}): Promise<Session> {
  const s = await newSession(bench, options);
  sessions.push(s);
  return s;
}

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    const foreign = s.requests.filter((u) => !isLocal(u, bench.server.origin));
    await s.context.close();
    // Whatever the test did, nothing left the machine.
    expect(foreign).toEqual([]);
  }
});

const SEED_FINDINGS = [
  "回购统建房住宅经费!H22",
  "公共机构节能项目!H29",
  "办公用房屋信息平台项目!H31",
  "专项工作保障车辆运行经费!F15",
  "公共机构节能项目!E21",
  "为民办实事项目!E21",
];

async function findingCells(page: Page): Promise<string[]> {
  return page
    .locator("#wb-pane [data-finding-cell]:visible")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-finding-cell") ?? ""));
}

async function waitForFindings(page: Page, count?: number): Promise<void> {
  await page.getByRole("heading", { name: count === undefined ? /^问题 \(\d+\)$/ : `问题 (${count})` }).waitFor();
}

/** Reads a downloaded copy and checks it against the blanked input: the score filled, nothing else changed, marks present. */
async function expectFilledCopy(file: string): Promise<void> {
  const copy = new Uint8Array(await fs.readFile(file));
  expect(changedCells(await cellTexts(blankedBytes), await cellTexts(copy))).toEqual([
    `${BLANKED.sheet}!${BLANKED.row + 1},${BLANKED.col + 1}`,
  ]);
  expect((await cellTexts(copy)).get(`${BLANKED.sheet}!${BLANKED.row + 1},${BLANKED.col + 1}`)).toBe(
    JSON.stringify([BLANKED.expected, null]),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(BLANKED.sheet)!;
  expect(JSON.stringify(ws.getCell("H22").note)).toContain("自评表校验");
  // The mark is a conditional format of ours over H22 (and the other error cells), not the cell's own fill.
  const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const errorRule = rules.find((cf) =>
    cf.rules.some((r) => r.type === "expression" && ownMarkSeverity(String(r.formulae?.[0])) === "error"),
  );
  expect(errorRule?.ref.split(" ")).toContain("H22");
  expect((ws.getCell("H22").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
}

describe("workbench in Chromium", () => {
  it("loads the sample, checks it, and a finding selects its cell in the grid", async () => {
    const { page, errors } = await session();
    await page.goto(bench.server.url);
    await page.getByRole("tab", { name: "回购统建房住宅经费" }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page, 14);
    expect(await findingCells(page)).toEqual(expect.arrayContaining(SEED_FINDINGS));
    // Served over http the engine runs in its worker, not in the page.
    expect(await page.getByText("后台线程不可用").count()).toBe(0);
    await page.locator("#wb-pane").screenshot({ path: path.join(ARTIFACTS, "workbench-pane.png") });

    await page.locator('[data-finding-cell="专项工作保障车辆运行经费!F15"]').click();
    expect(await page.getByRole("tab", { name: "专项工作保障车辆运行经费" }).getAttribute("aria-selected")).toBe("true");
    expect(await cellBar(page)).toContain("专项工作保障车辆运行经费!F15");
    const cell = page.locator('.wb-grid [data-cell="F15"]');
    await cell.waitFor();
    expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 235, 156)");
    expect(await cell.getAttribute("data-mark")).toBe("warning");
    expect(await cellBar(page)).toContain("标记：警告");
    expect(await cell.getAttribute("title")).toContain("单位");
    expect(await cell.locator(".wb-note-mark").count()).toBe(1);
    const box = await cell.boundingBox();
    const selection = await page.locator(".wb-selection").boundingBox();
    expect(box && selection && Math.abs(box.x - selection.x) <= 2 && Math.abs(box.y - selection.y) <= 2).toBe(true);
    await page.locator(".wb-sheet-area").screenshot({ path: path.join(ARTIFACTS, "workbench-grid.png") });

    // A finding far down a sheet scrolls it into view.
    await page.locator('[data-finding-cell="办公用房屋信息平台项目!H31"]').click();
    await page.locator('.wb-grid [data-cell="H31"]').waitFor();
    expect(await page.locator('.wb-grid [data-cell="H31"]').isVisible()).toBe(true);
    expect(await cellBar(page)).toContain("办公用房屋信息平台项目!H31");

    await page.screenshot({ path: path.join(ARTIFACTS, "workbench-page.png") });

    // 清除标记 takes the marks off the grid again, and says what it did.
    await page.getByRole("button", { name: "清除标记" }).click();
    await page
      .getByTestId("take-back")
      .getByText(/^清除标记：已恢复 \d+ 处$/)
      .waitFor();
    await page.locator('[data-finding-cell="专项工作保障车辆运行经费!F15"]').click();
    await page.locator('.wb-grid [data-cell="F15"]').waitFor();
    expect(await page.locator('.wb-grid [data-cell="F15"]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgba(0, 0, 0, 0)",
    );
    expect(await page.locator('.wb-grid [data-cell="F15"] .wb-note-mark').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("fills the emptied score after a preview and downloads a copy with only that cell changed", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', blankedPath);
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page);
    expect(await findingCells(page)).toContain(`${BLANKED.sheet}!${BLANKED.cell}`);

    await page.getByRole("button", { name: "填充得分" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`（${BLANKED.sheet}!${BLANKED.cell}） → ${BLANKED.expected}`);
    await dialog.getByRole("button", { name: "写入" }).click();
    await page.getByText("已填充 1 个单元格").waitFor();

    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    expect(await page.locator(`.wb-grid [data-cell="${BLANKED.cell}"]`).textContent()).toBe(String(BLANKED.expected));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验结果" }).click()]);
    expect(download.suggestedFilename()).toBe("blanked.checked.xlsx");
    const saved = path.join(bench.tmp, "mouse.checked.xlsx");
    await download.saveAs(saved);
    await expectFilledCopy(saved);
    expect(errors).toEqual([]);
  });

  it("draws a mark over the user's own fill, which shows again once the marks are cleared; the copy says what it lacks", async () => {
    // The blanked sample with a green fill of the user's own on H22 (which the check marks), and a chart part.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(blankedBytes) as unknown as ExcelJS.Buffer);
    const h22 = wb.getWorksheet(BLANKED.sheet)!.getCell("H22");
    h22.style = { ...h22.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } } };
    const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    const file = path.join(bench.tmp, "coloured.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "uint8array" }));

    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    const cell = page.locator('.wb-grid [data-cell="H22"]');
    const background = () => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(198, 239, 206)");
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page);
    await page.waitForFunction(() => document.querySelector('.wb-grid [data-cell="H22"]')?.getAttribute("data-mark") === "error");
    expect(await background()).toBe("rgb(255, 199, 206)");
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByTestId("take-back").waitFor();
    await page.waitForFunction(() => !document.querySelector('.wb-grid [data-cell="H22"]')?.hasAttribute("data-mark"));
    expect(await background()).toBe("rgb(198, 239, 206)");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验结果" }).click()]);
    expect(download.suggestedFilename()).toBe("coloured.checked.xlsx");
    await page.getByRole("alert").filter({ hasText: "副本未保留：图表 1 个" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("does the same by keyboard alone", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.getByText("打开或拖入").waitFor();

    await tabTo(page, (t) => t.includes("打开文件"));
    const chooser = page.waitForEvent("filechooser");
    // The file-chooser interception is switched on asynchronously: one round trip makes sure it is on before Enter.
    await page.evaluate(() => 0);
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(blankedPath);
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();

    await tabTo(page, (t) => t === "校验");
    await page.keyboard.press("Enter");
    await waitForFindings(page);

    // F8: the next finding, its cell selected in the grid.
    await page.keyboard.press("F8");
    const first = (await page.evaluate(() => document.activeElement?.getAttribute("data-finding-cell"))) ?? "";
    expect(first).toMatch(/!/);
    expect(await cellBar(page)).toContain(first);
    // Enter on another finding selects that one.
    await page.keyboard.press("j");
    const second = (await page.evaluate(() => document.activeElement?.getAttribute("data-finding-cell"))) ?? "";
    expect(second).not.toBe(first);
    await page.keyboard.press("Enter");
    expect(await cellBar(page)).toContain(second);

    await tabTo(page, (t) => t === "校验", { back: true });
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("填充得分");
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await tabTo(page, (t) => t === "写入", { max: 10 });
    await page.keyboard.press("Enter");
    await page.getByText("已填充 1 个单元格").waitFor();

    await tabTo(page, (t) => t.includes("下载校验结果"), { back: true, max: 120 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("blanked.checked.xlsx");
    const saved = path.join(bench.tmp, "keyboard.checked.xlsx");
    await download.saveAs(saved);
    await expectFilledCopy(saved);
    expect(errors).toEqual([]);
  });

  it("shows markup in cells, sheet names and notes as text and runs none of it", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', hostilePath);
    const hostileTab = page.getByRole("tab", { name: "<img src=x onerror=1>" });
    await hostileTab.click();
    for (const [i, text] of HOSTILE_TEXTS.entries())
      expect(await page.locator(`.wb-grid [data-cell="A${i + 1}"]`).textContent()).toBe(text);
    await page.locator('.wb-grid [data-cell="A1"]').click();
    expect(await cellBar(page)).toContain(HOSTILE_TEXTS[0]);

    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page);
    expect(await page.locator("#wb-pane").textContent()).toContain(HOSTILE_TEXTS[1]);
    await page.locator("#wb-pane [data-finding-cell]:visible").first().click();
    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    expect(await page.locator('.wb-grid [data-cell="B3"]').textContent()).toBe(HOSTILE_TEXTS[1]);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator("#root img, #root svg[onload], #root script").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("prints the 审核意见 view to a PDF whose text lists each open finding, one page per form, not the accepted one", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?automation`);
    await page.getByRole("tab", { name: "回购统建房住宅经费" }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page, 14);
    const accepted = "回购统建房住宅经费!H22";
    const item = page.locator("#wb-pane li", { has: page.locator(`[data-finding-cell="${accepted}"]`) });
    const accept = item.locator('button[data-decision="accept"]');
    await accept.click();
    await page.waitForFunction(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      const model = (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench;
      return (await model.getState().files[0].host.loadReviews()).findings.length === 1;
    });
    expect(await accept.getAttribute("aria-pressed")).toBe("true");

    // The printer dialog would block a headless page: window.print only counts its calls.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: number; print(): void };
      w.__printed = 0;
      w.print = () => void w.__printed++;
    });
    await page.locator("#wb-pane").getByRole("button", { name: "打印审核意见" }).click();
    const report = await page.evaluate(() => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      return (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.getState().files[0].report!;
    });
    expect(report.tables).toHaveLength(6);
    expect(report.file).toBe("sample-changji-2021.xlsx");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="opinion-page"]').length === n, report.tables.length);
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

    await page.emulateMedia({ media: "print" });
    const pdfPath = path.join(bench.tmp, "opinion.pdf");
    await fs.writeFile(pdfPath, await page.pdf({ format: "A4" }));
    await fs.copyFile(pdfPath, path.join(ARTIFACTS, "workbench-opinion.pdf"));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
    // One sheet of paper per form, each headed by the opinion's title and naming its own sheet.
    const sheets = text.split("\f").filter((t) => t.trim() !== "");
    const flat = (s: string) => s.replace(/\s+/g, "");
    expect(sheets).toHaveLength(report.tables.length);
    expect(flat(text).split("项目支出绩效自评审核意见")).toHaveLength(report.tables.length + 1);
    // The print view alone: none of the pane's buttons is printed.
    expect(flat(text)).not.toContain("打印审核意见");
    expect(flat(text)).not.toContain("清除标记");

    const byForm = (f: Report["issues"][number]) => `${f.sheet}!${f.cell}`;
    const open = report.issues.filter((f) => byForm(f) !== accepted);
    expect(open).toHaveLength(report.issues.length - 1);
    for (const f of report.issues) {
      const own = flat(sheets[f.table]);
      expect(own).toContain(flat(report.tables[f.table].sheet));
      expect(own).toContain(`文件${report.file}`);
      // A distinctive part of the message: its first 12 characters, spaces left out (the table wraps lines).
      const message = flat(f.messages.zh).slice(0, 12);
      const listed = own.includes(message) && own.includes(f.cell);
      expect({ finding: byForm(f), listed }).toEqual({ finding: byForm(f), listed: byForm(f) !== accepted });
    }
    const counts = sheets.map((s) => /需要更正或说明的问题（共(\d+)条/.exec(flat(s))?.[1]);
    expect(counts).toEqual(report.tables.map((_, i) => String(open.filter((f) => f.table === i).length)));
    // The accepted finding is counted as decided on its form's page, as the 审核意见 sheet says it.
    const acceptedForm = report.issues.find((f) => byForm(f) === accepted)!.table;
    expect(sheets.map((s) => flat(s).includes("另有1条问题经审核不再要求更正（接受1条，忽略0条）"))).toEqual(
      report.tables.map((_, i) => i === acceptedForm),
    );
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility violation (axe-core), findings and fill preview shown", async () => {
    const { page } = await session({ bypassCSP: true, reducedMotion: true });
    await page.goto(bench.server.url);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page, 14);
    await page.locator('[data-finding-cell="回购统建房住宅经费!H22"]').click();
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const serious = async (selector: string) =>
      page.evaluate(async (include) => {
        const axe = (
          window as unknown as {
            axe: {
              run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run({ include: [include] }, { resultTypes: ["violations"] });
        // Fluent's focus helper (tabster) puts aria-hidden, focusable <i data-tabster-dummy> bumpers around toolbars that pass
        // focus on at once: a known false positive (microsoft/tabster#288), dropped node by node, nothing else.
        const tabsterBumper = (id: string, target: string[]) =>
          id === "aria-hidden-focus" && document.querySelector(target[0])?.hasAttribute("data-tabster-dummy") === true;
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterBumper(v.id, n.target)) }))
          .filter((v) => v.nodes.length > 0)
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }, selector);
    expect(await serious("#wb-pane")).toEqual([]);
    expect(await serious("body")).toEqual([]);
    // What 清除标记 did, listed in the pane.
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByTestId("take-back").waitFor();
    await page.locator("#wb-pane [role=progressbar]").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    expect(await serious("#wb-pane")).toEqual([]);
    await page.getByRole("button", { name: "填充得分" }).click();
    await page.getByRole("dialog").waitFor();
    // Colours are judged once the dialog has faded in, not halfway.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    expect(await serious("body")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    // A second file, checked in its own pane: two panes in the page, no id twice, and the summary with its tools.
    await page.setInputFiles('[data-testid="file-input"]', blankedPath);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    await page.locator("#wb-pane > div:not([hidden])").getByRole("button", { name: "校验", exact: true }).click();
    await page
      .locator("#wb-pane > div:not([hidden])")
      .getByRole("heading", { name: /^问题 \(\d+\)$/ })
      .waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(await serious("body")).toEqual([]);
  });

  it("opens several files, by picker and by drop, and sums up every form across them", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', [blankedPath, hostilePath]);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    const dropped = Buffer.from(await sampleBytes()).toString("base64");
    await page.evaluate(
      ({ b64, name }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], name));
        for (const type of ["dragenter", "dragover", "drop"])
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { b64: dropped, name: "dropped.xlsx" },
    );
    await page.getByText("3 个文件，18 张自评表").waitFor();
    const files = await page
      .getByRole("navigation", { name: "已打开的文件" })
      .getByRole("button", { name: /\.xlsx$/ })
      .allTextContents();
    expect(files).toEqual(["blanked.xlsx", "hostile.xlsx", "dropped.xlsx"]);
    expect(await page.locator(".wb-summary tbody tr").count()).toBe(18);

    await page
      .locator(".wb-summary tbody tr", { hasText: "blanked.xlsx" })
      .filter({ hasText: "公共机构节能项目" })
      .getByRole("button")
      .click();
    expect(await page.locator('.wb-files [aria-current="true"]').textContent()).toBe("blanked.xlsx");
    expect(await page.getByRole("tab", { name: "公共机构节能项目" }).getAttribute("aria-selected")).toBe("true");
    expect(await cellBar(page)).toContain("公共机构节能项目!A1");
    await page.screenshot({ path: path.join(ARTIFACTS, "workbench-summary.png") });
    expect(errors).toEqual([]);
  });

  it("refuses the 1.8 KB whole-grid merge in the worker: the message shows, the tab lives on, the next file opens", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    const bombPath = path.join(bench.tmp, "merge-bomb.xlsx");
    await fs.writeFile(bombPath, await wholeGridMerge());
    await page.setInputFiles('[data-testid="file-input"]', [bombPath, blankedPath]);
    await page.getByText(/无法打开“merge-bomb\.xlsx”：.*合并单元格过大/).waitFor({ timeout: 20_000 });
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    const files = await page
      .getByRole("navigation", { name: "已打开的文件" })
      .getByRole("button", { name: /\.xlsx$/ })
      .allTextContents();
    expect(files).toEqual(["blanked.xlsx"]);
    expect(await page.getByText("后台线程不可用").count()).toBe(0);
    // The worker that parsed it runs under the page's policy, sent as a header (a <meta> does not reach a worker): its
    // script-src 'self' refuses a script from a blob:, which a worker without a policy would run.
    const [worker] = page.workers();
    const imported = await worker.evaluate(() => {
      const scope = self as unknown as { importScripts(url: string): void; probe?: number };
      try {
        scope.importScripts(URL.createObjectURL(new Blob(["self.probe = 1"], { type: "text/javascript" })));
        return String(scope.probe);
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(imported).toBe("NetworkError");
    expect(errors).toEqual([]);
  });

  it("scrolls a 100,000-row sheet smoothly: only the rows in view are in the page", async () => {
    const tallPath = path.join(bench.tmp, "tall.xlsx");
    await fs.writeFile(tallPath, await tallSheetBytes(100_000));
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', tallPath);
    await page.getByRole("tab", { name: "长表" }).waitFor({ timeout: 60_000 });
    const grid = page.locator(".wb-grid");
    const run = await grid.evaluate(async (el) => {
      const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const steps: number[] = [];
      // A steady scroll through the middle, then jumps across the whole sheet.
      const middle = (el.scrollHeight - el.clientHeight) / 2;
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        el.scrollTop = middle + i * 400;
        await twoFrames();
        steps.push(performance.now() - t0);
      }
      for (let i = 0; i <= 10; i++) {
        const t0 = performance.now();
        el.scrollTop = ((el.scrollHeight - el.clientHeight) * i) / 10;
        await twoFrames();
        steps.push(performance.now() - t0);
      }
      return {
        steps,
        cells: el.querySelectorAll(".wb-cell, .wb-line").length,
        rows: [...el.querySelectorAll(".wb-rowhdr .wb-hdr")].map((e) => e.textContent),
      };
    });
    expect(run.rows).toContain("100000");
    expect(await page.locator('.wb-grid [data-cell="B100000"]').textContent()).toBe("第100000行");
    expect(await page.locator('.wb-grid [data-cell="C100000"]').textContent()).toBe("0%");
    expect(run.cells).toBeLessThan(1500);
    const sorted = [...run.steps].sort((a, b) => a - b);
    // Two animation frames per step: a step that takes far longer than that means the page janked.
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(errors).toEqual([]);
  });

  it("works opened from disk (file://), with the engine in the page", async () => {
    const { page, errors } = await session();
    await page.goto(pathToFileURL(path.join(DIST, "workbench.html")).href);
    await page.getByRole("tab", { name: "回购统建房住宅经费" }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await waitForFindings(page, 14);
    expect(await page.getByText("后台线程不可用").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
