/**
 * The workbench's batch work in Chromium: 全部校验 over several files, the summary sorted, filtered and exported,
 * 全部下载 as one .zip, the checked copy before any check, files and decisions kept across a reload.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Download, Page } from "playwright-core";
import { copyCells, markedSheets } from "../fixtures/copyContents";
import { usableRecord } from "../../src/app/ownership/record";
import { decodeRecord } from "../../src/app/ownership/recordCodec";
import { FORM_DECISION_NAMES, type Reviews } from "../../src/app/review/decision";
import { OPINION_SHEET } from "../../src/app/review/opinionSheet";
import { readRecordText } from "../../src/hosts/xlsx/recordSheet";
import { BLANKED, blankedSampleBytes, hostileBytes, sampleBytes } from "../../src/hosts/browser/testing/workbooks";
import { ARTIFACTS, CHROMIUM, hasChromium, isLocal, newSession, startBench, type Bench, type Session } from "./harness";

jest.setTimeout(180_000);

let bench: Bench;
const paths = { blanked: "", hostile: "", third: "", folder: "" };

beforeAll(async () => {
  if (!(await hasChromium())) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium, or set CHROMIUM_PATH`);
  bench = await startBench();
  paths.blanked = path.join(bench.tmp, "blanked.xlsx");
  paths.hostile = path.join(bench.tmp, "hostile.xlsx");
  paths.third = path.join(bench.tmp, "third.xlsx");
  await fs.writeFile(paths.blanked, await blankedSampleBytes());
  await fs.writeFile(paths.hostile, await hostileBytes());
  await fs.writeFile(paths.third, await sampleBytes());
  paths.folder = path.join(bench.tmp, "年度材料");
  await fs.mkdir(path.join(paths.folder, "区县"), { recursive: true });
  await fs.copyFile(paths.blanked, path.join(paths.folder, "甲.xlsx"));
  await fs.copyFile(paths.third, path.join(paths.folder, "区县", "乙.xlsx"));
  await fs.writeFile(path.join(paths.folder, "区县", "说明.txt"), "不是表格");
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const sessions: Session[] = [];
async function session(options: { bypassCSP?: boolean } = {}): Promise<Session> {
  const s = await newSession(bench, options);
  sessions.push(s);
  return s;
}

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    const foreign = s.requests.filter((u) => !isLocal(u, bench.server.origin));
    await s.context.close();
    expect(foreign).toEqual([]);
  }
});

const summaryRows = (page: Page) => page.locator(".wb-summary tbody tr");

/** The text of one column of the summary as shown, by its header. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator(".wb-summary thead th").allTextContents();
  const index = headers.findIndex((h) => h.replace(/[▲▼\s]/g, "") === header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(" | ")}`);
  return summaryRows(page).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ""), index);
}

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = path.join(bench.tmp, name);
  await download.saveAs(file);
  return fs.readFile(file);
}

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

/** A copy as Excel would read it: its sheets, and the decisions its record carries (none when it has no usable record). */
async function copyContents(bytes: Uint8Array): Promise<{ sheets: string[]; reviews: Reviews; opinion: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const read = decodeRecord(readRecordText(wb));
  expect(read.status).not.toBe("invalid");
  const opinion: string[] = [];
  wb.getWorksheet(OPINION_SHEET)?.eachRow((row) => row.eachCell((cell) => void opinion.push(String(cell.value))));
  return { sheets: wb.worksheets.map((ws) => ws.name), reviews: usableRecord(read).reviews, opinion: opinion.join("\n") };
}

async function openThree(page: Page): Promise<void> {
  await page.goto(`${bench.server.url}?sample=0`);
  await page.setInputFiles('[data-testid="file-input"]', [paths.blanked, paths.hostile, paths.third]);
  await page.getByText("3 个文件，18 张自评表").waitFor();
}

describe("workbench batch in Chromium", () => {
  it("全部校验 over three files with progress per file; the summary sorts, filters, exports; 全部下载 zips marked copies", async () => {
    const { page, errors } = await session();
    await openThree(page);
    // Every text the batch's progress shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __batch: string[] }).__batch = seen;
      new MutationObserver(() => {
        const text = document.querySelector(".wb-batch")?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "全部校验" }).click();
    await page.waitForFunction(() => document.querySelectorAll('.wb-summary tbody tr[data-state="checked"]').length === 18);
    const progress = await page.evaluate(() => (window as unknown as { __batch: string[] }).__batch);
    for (const name of ["blanked.xlsx", "hostile.xlsx", "third.xlsx"]) {
      expect(progress.some((p) => p.includes(`正在处理“${name}”`))).toBe(true);
    }
    const files = await page.getByRole("navigation", { name: "已打开的文件" }).locator(".wb-file-name").allTextContents();
    expect(files).toEqual(["blanked.xlsx · 已校验", "hostile.xlsx · 已校验", "third.xlsx · 已校验"]);
    // The second file's pane shows the findings of its batch check, without a 校验 of its own.
    await page.locator(".wb-file-name", { hasText: "hostile.xlsx" }).click();
    const secondPane = page.locator('#wb-pane > div[data-pane-file="hostile.xlsx"]:not([hidden])');
    await secondPane.getByRole("heading", { name: /^问题 \(\d+\)$/ }).waitFor({ timeout: 5_000 });
    expect(await column(page, "等级")).toContain("优");

    // Sorted by errors, most first (a second click on the header).
    const errorsHeader = page.locator(".wb-summary thead").getByRole("button", { name: "错误", exact: true });
    await errorsHeader.click();
    await errorsHeader.click();
    const errorsTh = page.locator(".wb-summary thead th").filter({ has: page.getByRole("button", { name: "错误", exact: true }) });
    expect(await errorsTh.getAttribute("aria-sort")).toBe("descending");
    const errorCounts = (await column(page, "错误")).map(Number);
    expect(errorCounts).toEqual([...errorCounts].sort((a, b) => b - a));
    expect(errorCounts[0]).toBeGreaterThan(errorCounts[errorCounts.length - 1]);

    // Filtered by text, then to the forms with errors.
    await page.getByLabel("筛选（文件、工作表、项目、单位）").fill("hostile");
    expect(new Set(await column(page, "文件"))).toEqual(new Set(["hostile.xlsx"]));
    await page.getByLabel("筛选（文件、工作表、项目、单位）").fill("");
    await page.getByLabel("只看有错误的").check();
    const withErrors = (await column(page, "错误")).map(Number);
    expect(withErrors.length).toBeLessThan(18);
    expect(withErrors.every((n) => n > 0)).toBe(true);
    await page.getByLabel("只看有错误的").uncheck();
    await page.locator(".wb-summary").screenshot({ path: path.join(ARTIFACTS, "workbench-batch-summary.png") });

    // Exported as shown: sorted by errors.
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出汇总 (.xlsx)" }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^校验汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load((await saved(xlsx, "summary.xlsx")) as unknown as ExcelJS.Buffer);
    const sheet = summary.worksheets[0];
    expect(sheet.rowCount).toBe(19);
    const errorColumn = (sheet.getRow(1).values as unknown[]).indexOf("错误");
    expect(sheet.getRow(2).getCell(errorColumn).value).toBe(errorCounts[0]);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出汇总 (CSV)" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^校验汇总-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = (await saved(csv, "summary.csv")).toString("utf8");
    expect(csvText.startsWith("\uFEFF文件,工作表,")).toBe(true);
    expect(csvText.trim().split("\r\n")).toHaveLength(19);

    // 全部下载: one .zip, each copy marked.
    const [zipped] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "全部下载" }).click()]);
    expect(zipped.suggestedFilename()).toMatch(/^校验结果-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(await saved(zipped, "copies.zip"));
    expect(Object.keys(zip.files)).toEqual(["blanked.checked.xlsx", "hostile.checked.xlsx", "third.checked.xlsx"]);
    for (const name of Object.keys(zip.files)) {
      expect(await markedSheets(await zip.file(name)!.async("uint8array"))).toContain(BLANKED.sheet);
    }
    expect(await duplicateIds(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("全部下载's copies carry each file's review decisions, and its 审核意见, only in the copy of the file decided on", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0&automation=1`);
    await page.setInputFiles('[data-testid="file-input"]', [paths.blanked, paths.third]);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    // In the pane of the file shown (the first): 校验, 接受 on the emptied score's finding, 通过 on its form.
    const pane = page.locator("#wb-pane > div:not([hidden])");
    await pane.getByRole("button", { name: "校验", exact: true }).click();
    await pane.getByRole("heading", { name: /^问题 \(\d+\)$/ }).waitFor();
    const finding = `${BLANKED.sheet}!${BLANKED.cell}`;
    await pane
      .locator("li", { has: page.locator(`[data-finding-cell="${finding}"]`) })
      .locator('button[data-decision="accept"]')
      .click();
    const form = pane.getByTestId("form-summary").filter({ hasText: BLANKED.sheet }).first();
    await form.getByRole("combobox").selectOption(FORM_DECISION_NAMES.pass.zh);
    // Both decisions saved with the first file, none with the second.
    await page.waitForFunction(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      const files = (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.getState().files;
      const all = await Promise.all(files.map((f) => f.host.loadReviews()));
      return JSON.stringify(all.map((r) => [r.findings.length, r.forms.length])) === "[[1,1],[0,0]]";
    });
    const kept = await page.evaluate(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      return (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.getState().files[0].host.loadReviews();
    });

    const [zipped] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "全部下载" }).click()]);
    const zip = await JSZip.loadAsync(await saved(zipped, "decided.zip"));
    expect(Object.keys(zip.files)).toEqual(["blanked.checked.xlsx", "third.checked.xlsx"]);
    const [mine, other] = await Promise.all(Object.keys(zip.files).map(async (n) => copyContents(await zip.file(n)!.async("uint8array"))));
    expect(mine.reviews).toEqual(kept);
    expect(mine.reviews.findings).toEqual([expect.objectContaining({ decision: "accept" })]);
    expect(mine.reviews.forms).toEqual([expect.objectContaining({ decision: "pass" })]);
    expect(mine.sheets).toContain(OPINION_SHEET);
    // The opinion counts the accepted finding as decided and ticks the form's 通过.
    expect(mine.opinion).toContain("另有 1 条问题经审核不再要求更正（接受 1 条，忽略 0 条）");
    expect(mine.opinion).toContain(`☑ ${FORM_DECISION_NAMES.pass.zh}`);
    expect(other.reviews).toEqual({ findings: [], forms: [] });
    expect(other.sheets).not.toContain(OPINION_SHEET);
    expect(errors).toEqual([]);
  });

  it("下载校验结果 before any 校验 checks first and gives a marked copy", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', paths.blanked);
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验结果" }).click()]);
    expect(download.suggestedFilename()).toBe("blanked.checked.xlsx");
    expect(await markedSheets(await saved(download, "unchecked.checked.xlsx"))).toContain(BLANKED.sheet);
    expect(await page.locator(".wb-file-name").textContent()).toBe("blanked.xlsx · 已校验");
    expect(errors).toEqual([]);
  });

  it("keeps files and their decisions across a reload; a re-check shows the decision; a closed file stays closed", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0&automation=1`);
    await page.setInputFiles('[data-testid="file-input"]', [paths.blanked, paths.third]);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    // A decision recorded through the pane's host, as the decision buttons do.
    const form = await page.evaluate(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      const model = (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench;
      const file = model.getState().files[0];
      const project = file.judged!.tables[0].project.replace(/\s+/g, " ").trim();
      const at = new Date().toISOString();
      await file.host.saveReviews({ findings: [], forms: [{ form: project, decision: "revise", note: "补充佐证材料", at }] });
      return project;
    });
    expect((await column(page, "审核结论"))[0]).toBe(FORM_DECISION_NAMES.revise.zh);

    await page.reload();
    await page.getByText("2 个文件，12 张自评表").waitFor();
    await page.getByRole("button", { name: "全部校验" }).click();
    await page.waitForFunction(() => document.querySelectorAll('.wb-summary tbody tr[data-state="checked"]').length === 12);
    const decisions = await column(page, "审核结论");
    expect(decisions[0]).toBe(FORM_DECISION_NAMES.revise.zh);
    expect(decisions.filter((d) => d !== "")).toHaveLength(1);
    const kept = await page.evaluate(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      return (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.getState().files[0].host.loadReviews();
    });
    expect(kept.forms).toEqual([expect.objectContaining({ form, decision: "revise", note: "补充佐证材料" })]);

    await page.getByRole("button", { name: "关闭“third.xlsx”" }).click();
    await page.reload();
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".wb-file-name").length === 1);
    expect(await page.locator(".wb-file-name").allTextContents()).toEqual(["blanked.xlsx"]);
    expect(errors).toEqual([]);
  });

  it("upgrades a store an earlier version kept (each log inside its file's record): the file and its changes come back", async () => {
    const { page, errors } = await session();
    // A document of the same origin that opens no store of its own (a script shown as text), to plant a version-1 one.
    await page.goto(`${bench.server.origin}/workbench/workbench.js`);
    const bytes = [...(await blankedSampleBytes())];
    await page.evaluate(
      async ({ bytes, at }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open("selfeval-workbench", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("files", { keyPath: "key" });
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction("files", "readwrite");
        const edit = { kind: "value", at: { sheet: at.sheet, row: at.row, col: at.col }, value: 77 };
        const log = { ops: [{ op: "apply", edits: [edit] }] };
        tx.objectStore("files").put({
          key: "v1",
          name: "kept-v1.xlsx",
          bytes: new Uint8Array(bytes).buffer,
          reviews: null,
          opened: 1,
          log,
        });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { bytes, at: BLANKED },
    );
    const cell = page.locator(`.wb-grid [data-cell="${BLANKED.cell}"]`);
    const stored = () =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open("selfeval-workbench");
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = <T>(store: string) =>
          new Promise<T[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as T[]);
          });
        const files = await all<Record<string, unknown>>("files");
        const logs = await all<{ key: string; seq: number; log: { ops: unknown[] } }>("logs");
        db.close();
        return {
          version: db.version,
          files: files.map((f) => [f.key, f.name, "log" in f]),
          logs: logs.map((c) => [c.key, c.seq, c.log.ops.length]),
        };
      });

    await page.goto(`${bench.server.url}?sample=0&automation=1`);
    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    expect(await cell.textContent()).toBe("77");
    expect(await stored()).toEqual({ version: 2, files: [["v1", "kept-v1.xlsx", false]], logs: [["v1", 0, 1]] });

    // Changes from then on are appended to the log moved, and come back with it.
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByRole("heading", { name: /^问题 \(\d+\)$/ }).waitFor();
    await page.waitForFunction(async () => {
      type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
      await (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.logsKept();
      return true;
    });
    expect((await stored()).logs.length).toBeGreaterThan(1);
    await page.reload();
    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    expect(await cell.textContent()).toBe("77");
    expect(await page.locator('.wb-grid [data-cell="H22"]').getAttribute("data-mark")).toBe("error");
    expect(await page.getByText("未能恢复").count()).toBe(0);
    // The pane shows the findings the marks stand for, said to be those of the check before the reload.
    const pane = page.locator("#wb-pane:visible");
    await pane.getByTestId("restored-results").waitFor();
    expect(await pane.getByRole("heading", { name: /^问题 \(\d+\)$/ }).count()).toBe(1);
    expect(await pane.locator('[data-finding-cell="回购统建房住宅经费!H22"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("brings back after a reload what 校验 and 填充得分 did; 撤销填充 then takes the score back; the copy is the same", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0&automation=1`);
    await page.setInputFiles('[data-testid="file-input"]', paths.blanked);
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByRole("heading", { name: /^问题 \(\d+\)$/ }).waitFor();
    await page.getByRole("button", { name: "填充得分" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "写入" }).click();
    await page.getByText("已填充 1 个单元格").waitFor();
    const download = async (name: string) => {
      const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验结果" }).click()]);
      return saved(d, name);
    };
    const before = await download("before-reload.checked.xlsx");
    const filled = () =>
      page.evaluate((at) => {
        type Model = import("../../src/workbench/workbenchModel").WorkbenchModel;
        const file = (window as unknown as { selfevalWorkbench: Model }).selfevalWorkbench.getState().files[0];
        return { filled: file.book.mirror.filledAt(at), note: file.book.mirror.noteAt(at) };
      }, BLANKED);
    const atFill = await filled();
    expect(atFill.filled).toBe(true);

    await page.reload();
    await page.getByRole("tab", { name: BLANKED.sheet }).click();
    const cell = page.locator(`.wb-grid [data-cell="${BLANKED.cell}"]`);
    await cell.waitFor();
    expect(await cell.textContent()).toBe(String(BLANKED.expected));
    expect(await page.locator('.wb-grid [data-cell="H22"]').getAttribute("data-mark")).toBe("error");
    expect(await filled()).toEqual(atFill);
    expect(await page.getByText("未能恢复").count()).toBe(0);
    const after = await download("after-reload.checked.xlsx");
    expect(await copyCells(after)).toEqual(await copyCells(before));

    await page.locator("#wb-pane:visible").getByRole("button", { name: "撤销填充" }).click();
    await page
      .getByText(/已撤销填充，恢复 1 处/)
      .first()
      .waitFor();
    // Empty again, with no mark or note left: the grid draws no box for it.
    expect(await cell.count()).toBe(0);
    expect((await filled()).filled).toBe(false);
    expect(errors).toEqual([]);
  });

  it("opens a chosen folder's workbooks and lists the rest as skipped; a profile change marks results 已过期", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="folder-input"]', paths.folder);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    expect(await page.locator(".wb-file-name").allTextContents()).toEqual(["甲.xlsx", "乙.xlsx"]);
    await page.getByText(/已跳过非表格文件：.*说明\.txt/).waitFor();

    await page.getByRole("button", { name: "全部校验" }).click();
    await page.waitForFunction(() => document.querySelectorAll('.wb-summary tbody tr[data-state="checked"]').length === 12);
    await page.locator("#wb-pane:visible").getByRole("button", { name: "设置" }).first().click();
    // The pane shows the batch's findings now, with a 审核结论 select per form: the profile is the settings' own select.
    await page.locator("#wb-pane:visible").getByRole("combobox", { name: "评分规则" }).first().selectOption("hubei");
    await page.waitForFunction(() => document.querySelectorAll('.wb-summary tbody tr[data-state="stale"]').length === 12);
    expect(await page.getByText("评分标准或语言已更改").count()).toBe(1);
    expect(await page.locator(".wb-file-name").allTextContents()).toEqual(["甲.xlsx · 已过期", "乙.xlsx · 已过期"]);
    // 全部下载 checks the stale files again before zipping them.
    const [zipped] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "全部下载" }).click()]);
    expect(Object.keys((await JSZip.loadAsync(await saved(zipped, "folder.zip"))).files)).toEqual(["甲.checked.xlsx", "乙.checked.xlsx"]);
    expect(await page.locator('.wb-summary tbody tr[data-state="stale"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("插入示例 opens the sample as its own file; the split moves by keyboard; printing shows the pane only", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', paths.blanked);
    await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
    const sheetsBefore = await page.locator(".wb-tabs [role=tab]").allTextContents();
    await page.locator("#wb-pane").getByRole("button", { name: "插入示例" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".wb-file-name").length === 2);
    const names = (await page.locator(".wb-file-name").allTextContents()).map((t) => t.split(" · ")[0]);
    expect(names).toEqual(["blanked.xlsx", "sample-changji-2021.xlsx"]);
    await page.locator(".wb-file-name", { hasText: "blanked.xlsx" }).click();
    expect(await page.locator(".wb-tabs [role=tab]").allTextContents()).toEqual(sheetsBefore);

    const pane = page.locator("#wb-pane");
    const split = page.getByRole("separator", { name: "调整表格与校验面板的宽度" });
    const before = (await pane.boundingBox())!.width;
    await split.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    const wider = (await pane.boundingBox())!.width;
    expect(wider).toBeGreaterThan(before + 40);
    expect(Number(await split.getAttribute("aria-valuenow"))).toBe(Math.round(wider));
    await page.keyboard.press("Home");
    expect((await pane.boundingBox())!.width).toBe(280);

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".wb-sheet-area").isVisible()).toBe(false);
    expect(await page.locator(".wb-header").isVisible()).toBe(false);
    expect(await pane.isVisible()).toBe(true);
    expect(await duplicateIds(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
