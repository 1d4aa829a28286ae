/**
 * The screenshots of the user guide (docs/user-guide.md), taken from the workbench in a real Chromium with the bundled
 * sample. Every run checks that each view renders what the guide says it shows and that the picture is not blank;
 * `UPDATE_SCREENSHOTS=1` also writes the pictures to docs/images/ (otherwise nothing is written or compared).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { BLANKED, blankedSampleBytes, sampleBytes } from "../../src/hosts/browser/testing/workbooks";
import { REPO } from "../../src/workbench/server/build";
import { CHROMIUM, hasChromium, isLocal, newSession, startBench, type Bench, type Session } from "./harness";

jest.setTimeout(120_000);

const IMAGES = path.join(REPO, "docs/images");
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
const VIEWPORT = { width: 1280, height: 800 };

let bench: Bench;
let s: Session;

beforeAll(async () => {
  if (!(await hasChromium())) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium, or set CHROMIUM_PATH`);
  bench = await startBench();
  s = await newSession(bench);
  await s.page.setViewportSize(VIEWPORT);
  await s.page.goto(bench.server.url);
  await s.page.getByRole("tab", { name: "回购统建房住宅经费" }).waitFor();
  await s.page.getByRole("button", { name: "校验", exact: true }).click();
  await s.page.getByRole("heading", { name: "问题 (14)" }).waitFor();
}, 240_000);

afterAll(async () => {
  if (s) {
    const foreign = s.requests.filter((u) => !isLocal(u, bench.server.origin));
    await s.context.close();
    expect(foreign).toEqual([]);
  }
  await bench?.close();
});

interface Look {
  width: number;
  height: number;
  /** Distinct colours in the picture: a blank or single-colour picture has a handful, rendered text hundreds. */
  colours: number;
  /** Share of pixels clearly darker than the page's white: text, lines, marks. */
  ink: number;
}

/** Decodes the PNG in a blank page of the same browser (no CSP there) and measures it. */
async function look(png: Buffer): Promise<Look> {
  const blank = await s.context.newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i] + data[i + 1] + data[i + 2] < 600) ink++;
      }
      return { width: img.width, height: img.height, colours: colours.size, ink: ink / (data.length / 4) };
    }, png.toString("base64"));
  } finally {
    await blank.close();
  }
}

/** Takes the picture, checks it is a real one, and writes it to docs/images/ when asked to. */
async function shoot(name: string, take: () => Promise<Buffer>, size?: { width: number; height: number }, page = s.page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const png = await take();
  const seen = await look(png);
  if (size) expect([seen.width, seen.height]).toEqual([size.width, size.height]);
  expect(seen.colours).toBeGreaterThan(100);
  expect(seen.ink).toBeGreaterThan(0.01);
  expect(seen.ink).toBeLessThan(0.9);
  if (UPDATE) {
    await fs.mkdir(IMAGES, { recursive: true });
    await fs.writeFile(path.join(IMAGES, name), png);
  }
}

/** A session of its own (another workbench state), closed afterwards; nothing it asked for may have left the machine. */
async function inOwnSession(run: (page: Page) => Promise<void>): Promise<void> {
  const other = await newSession(bench);
  try {
    await other.page.setViewportSize(VIEWPORT);
    await run(other.page);
    expect(other.errors).toEqual([]);
  } finally {
    const foreign = other.requests.filter((u) => !isLocal(u, bench.server.origin));
    await other.context.close();
    expect(foreign).toEqual([]);
  }
}

async function findingCells(page: Page): Promise<string[]> {
  return page
    .locator("#wb-pane [data-finding-cell]:visible")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-finding-cell") ?? ""));
}

describe("the user guide's screenshots", () => {
  it("workbench overview: the sample checked, a marked cell selected in the grid", async () => {
    const { page } = s;
    await page.locator('[data-finding-cell="回购统建房住宅经费!H22"]').click();
    await page.locator('.wb-grid [data-cell="H22"][data-mark="error"]').waitFor();
    expect(await page.locator(".wb-cellbar").textContent()).toContain("回购统建房住宅经费!H22");
    await page.getByText("校验完成：6 张表，3 个错误，11 个警告").waitFor();
    await shoot("workbench-overview.png", () => page.screenshot(), VIEWPORT);
  });

  it("findings list: every form's findings with their cells", async () => {
    const { page } = s;
    expect(await findingCells(page)).toEqual(
      expect.arrayContaining(["回购统建房住宅经费!H22", "公共机构节能项目!H29", "专项工作保障车辆运行经费!F15", "为民办实事项目!E21"]),
    );
    await shoot("findings.png", () => page.locator("#wb-pane").screenshot());
  });

  it("fill preview: what 填充得分 would write, before anything is written (the sample with one score emptied)", async () => {
    const blanked = path.join(bench.tmp, "示例-得分留空.xlsx");
    await fs.writeFile(blanked, await blankedSampleBytes());
    await inOwnSession(async (page) => {
      await page.goto(`${bench.server.url}?sample=0`);
      await page.setInputFiles('[data-testid="file-input"]', blanked);
      await page.getByRole("tab", { name: BLANKED.sheet }).waitFor();
      await page.getByRole("button", { name: "校验", exact: true }).click();
      await page.getByRole("heading", { name: /^问题 \(\d+\)$/ }).waitFor();
      await page.getByRole("button", { name: "填充得分" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(`（${BLANKED.sheet}!${BLANKED.cell}） → ${BLANKED.expected}`);
      await shoot("fill-preview.png", () => dialog.screenshot(), undefined, page);
    });
  });

  it("several files: every form of every open file in one table", async () => {
    const files = [path.join(bench.tmp, "单位甲.xlsx"), path.join(bench.tmp, "单位乙.xlsx")];
    await fs.writeFile(files[0], await sampleBytes());
    await fs.writeFile(files[1], await blankedSampleBytes());
    await inOwnSession(async (page) => {
      await page.goto(`${bench.server.url}?sample=0`);
      await page.setInputFiles('[data-testid="file-input"]', files);
      await page.getByText("2 个文件，12 张自评表").waitFor();
      const summary = page.locator(".wb-summary");
      expect(await summary.locator("tbody tr").count()).toBe(12);
      expect(await summary.locator("tbody tr", { hasText: "单位乙.xlsx" }).count()).toBe(6);
      await shoot("summary.png", () => page.screenshot(), VIEWPORT, page);
    });
  });

  it("settings: the rule profile, what to mark, notes, language", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "设置" }).click();
    const panel = page.getByRole("region", { name: "设置" });
    await panel.waitFor();
    expect(await panel.getByRole("combobox").inputValue()).toBe("mof-2020");
    expect(await panel.getByRole("checkbox").count()).toBe(3);
    await shoot("settings.png", () => page.locator("#wb-pane").screenshot());
    expect(s.errors).toEqual([]);
  });
});
