/** An .xls and a WPS .et opened in the workbench in a real (headless) Chromium: in its worker, and from disk in the page. */
import { promises as fs } from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { DIST } from "../../src/workbench/server/build";
import { ARTIFACTS, CHROMIUM, hasChromium, isLocal, newSession, startBench, type Bench, type Session } from "../browser/harness";
import { xlsFromXlsx } from "./craft";
import { marksOf } from "./marks";

jest.setTimeout(120_000);

let bench: Bench;
let xlsPath: string;
let etPath: string;
const sessions: Session[] = [];

beforeAll(async () => {
  if (!(await hasChromium())) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium, or set CHROMIUM_PATH`);
  bench = await startBench();
  const xls = xlsFromXlsx(new Uint8Array(await fs.readFile(bundledSamplePath())));
  xlsPath = path.join(bench.tmp, "旧表.xls");
  etPath = path.join(bench.tmp, "金山.et");
  await fs.writeFile(xlsPath, xls);
  await fs.writeFile(etPath, xls);
}, 240_000);

afterAll(async () => {
  await bench?.close();
});

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    const foreign = s.requests.filter((u) => !isLocal(u, bench.server.origin));
    await s.context.close();
    expect(foreign).toEqual([]);
  }
});

async function session(): Promise<Session> {
  const s = await newSession(bench);
  sessions.push(s);
  return s;
}

describe("the workbench opens .xls and .et", () => {
  it("by the picker: both files' forms, the note on the copy's format, and a downloaded .xlsx", async () => {
    const { page, errors } = await session();
    await page.goto(`${bench.server.url}?sample=0`);
    expect(await page.locator('[data-testid="file-input"]').getAttribute("accept")).toMatch(/\.xls,.*\.et,/);
    await page.setInputFiles('[data-testid="file-input"]', [xlsPath, etPath]);
    await page.getByText("2 个文件，12 张自评表").waitFor();
    expect(await page.getByText(/旧表\.xls: 注意：原文件是 \.xls 格式，标注副本另存为 \.xlsx/).count()).toBe(1);

    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByRole("heading", { name: "问题 (14)" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "workbench-xls.png") });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验结果" }).click()]);
    expect(download.suggestedFilename()).toBe("旧表.checked.xlsx");
    const saved = path.join(bench.tmp, "旧表.checked.xlsx");
    await download.saveAs(saved);
    const marks = await marksOf(saved);
    expect(marks.filter((m) => m.includes("FFFFC7CE")).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("from disk (file://), with the engine in the page", async () => {
    const { page, errors } = await session();
    await page.goto(`${pathToFileURL(path.join(DIST, "workbench.html")).href}?sample=0`);
    await page.setInputFiles('[data-testid="file-input"]', etPath);
    await page.getByRole("tab", { name: "回购统建房住宅经费" }).waitFor();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByRole("heading", { name: "问题 (14)" }).waitFor();
    expect(errors).toEqual([]);
  });
});
