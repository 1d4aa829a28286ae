import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { manyMerges, wholeGridMerge, withMerges, wordDocument } from "../fixtures/packages";
import { makeTempDir } from "../fixtures/tempDir";
import { run } from "./run";
import { main } from "../../src/cli/main";

const tmp = makeTempDir("cli-hostile");
afterAll(tmp.cleanup);
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);

function folderOf(name: string, files: Record<string, Uint8Array | Buffer>): string {
  const dir = at(name);
  fs.mkdirSync(dir);
  for (const [file, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), bytes);
  return dir;
}

/** Runs the command line in a process of its own, as a user does; resolves with what it printed, its status and its time. */
function runProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), path.join(__dirname, "bin.ts"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })));
}

const sample = () => fs.readFileSync(bundledSamplePath());

describe("a hostile file costs only its own row: the other files are checked, the summary and JSON written", () => {
  const folderWithBomb =
    "a folder holding the 1.8 KB whole-grid merge and good files: exit 2 within a minute, the good files' results and the summary";
  it(
    folderWithBomb,
    async () => {
      const dir = folderOf("bomb-folder", { "a.xlsx": sample(), "b-merge-bomb.xlsx": await wholeGridMerge(), "c.xlsx": sample() });
      const json = at("bomb-folder.json");
      const r = await runProcess(["check", dir, "--json", json]);
      expect(r.code).toBe(2);
      expect(r.ms).toBeLessThan(60_000);
      expect(r.stdout.match(/找到 6 张自评表/g)).toHaveLength(2);
      expect(r.stdout).toMatch(/合计（3 个文件）\s+12\s+6\s+22\s+0\s+1 个无法读取/);
      expect(r.stderr).toMatch(/工作表“表一”合并单元格过大/);
      expect(r.stderr).not.toMatch(/FATAL|heap|\n\s+at /);
      const items = JSON.parse(fs.readFileSync(json, "utf8"));
      expect(items.map((i: { error?: { code: string } }) => i.error?.code ?? "checked")).toEqual(["checked", "too-many-merges", "checked"]);
    },
    90_000,
  );

  it.each<[string, string, RegExp, { maxOldGenerationSizeMb: number; timeoutMs: number }, () => Promise<Uint8Array>]>([
    [
      "runs the worker out of memory",
      "out-of-memory",
      /内存用量超过上限（96 MB）/,
      { maxOldGenerationSizeMb: 96, timeoutMs: 120_000 },
      () => withMerges(["A1:A1900000"]),
    ],
    [
      "takes longer than the time limit",
      "timeout",
      /超过 1 秒仍未完成/,
      { maxOldGenerationSizeMb: 1536, timeoutMs: 1000 },
      () => manyMerges(10_000),
    ],
  ])(
    "a file that %s → one %s row, the next files still checked",
    async (_label, code, message, containment, make) => {
      const dir = folderOf(`contained-${code}`, { "a.xlsx": sample(), "b.xlsx": await make(), "c.xlsx": sample() });
      let stdout = "";
      let stderr = "";
      const exit = await main(
        ["check", dir, "--json", path.join(dir, "r.json")],
        { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
        { containment },
      );
      expect(exit).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toMatch(/合计（3 个文件）\s+12\s+6\s+22\s+0\s+1 个无法读取/);
      const items = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8"));
      expect(items[1]).toMatchObject({ error: { code } });
      expect(items[2].tables).toHaveLength(6);
    },
    120_000,
  );
});

describe("what the command line prints of a workbook cannot drive the terminal", () => {
  it("strips escape sequences and bidi overrides from the text report, keeps them escaped in JSON", async () => {
    const zip = await JSZip.loadAsync(sample());
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", strings.replace(/回购统建房住宅经费/g, "回购_x001B_[2J_x001B_]0;pwned_x0007_统建房住宅经费_x000D_"));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace('name="回购统建房住宅经费"', 'name="表&#x202E;甲"'));
    const file = at("escapes.xlsx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const r = await run("check", file, "--json", at("escapes.json"));
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toMatch(/【1】回购统建房住宅经费 — 工作表“表甲”/);
    expect(r.stdout).not.toMatch(/pwned/);
    const json = fs.readFileSync(at("escapes.json"), "utf8");
    expect(json).toContain("\\u202e");
    expect(json).toContain("\\u001b[2J");
    expect(JSON.parse(json).tables[0].sheet).toBe("表\u202e甲");
  });
});

describe("a folder's entries: followed when they are links, and said when skipped", () => {
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    const dir = folderOf("entries", {
      "a.xlsx": sample(),
      "~$a.xlsx": Buffer.from("lock"),
      "a.checked.xlsx": sample(),
      "notes.txt": Buffer.from("x"),
    });
    fs.symlinkSync(bundledSamplePath(), path.join(dir, "linked.xlsx"));
    fs.symlinkSync(path.join(dir, "gone.xlsx"), path.join(dir, "dangling.xlsx"));
    fs.symlinkSync(path.join(dir, "loop2.xlsx"), path.join(dir, "loop1.xlsx"));
    fs.symlinkSync(path.join(dir, "loop1.xlsx"), path.join(dir, "loop2.xlsx"));
    fs.mkdirSync(path.join(dir, "sub.xlsx"));
    execFileSync("mkfifo", [path.join(dir, "pipe.xlsx")]);
    r = await run("check", dir);
  });

  it("checks the workbook and the linked one; a broken link or a pipe makes exit 2", () => {
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/linked\.xlsx/);
    expect(r.stdout).toMatch(/合计（2 个文件）\s+12/);
    expect(r.stderr).toMatch(/跳过“[^”]*notes\.txt”：不是工作簿/);
  });

  it.each([
    ["~$a.xlsx", "锁文件"],
    ["a.checked.xlsx", "标注副本"],
    ["dangling.xlsx", "链接指向的文件不存在"],
    ["loop1.xlsx", "符号链接形成了循环"],
    ["pipe.xlsx", "不是普通文件"],
    ["sub.xlsx", "加 --recursive"],
  ])("says it skipped %s: %s", (name, reason) => {
    expect(r.stderr).toMatch(new RegExp(`跳过“[^”]*${name.replace(/[$.]/g, "\\$&")}”：[^\\n]*${reason}`));
  });

  it.each([
    ["a link loop given by name", "link-loop", /符号链接形成了循环/],
    ["a missing file", "missing", /找不到文件/],
  ])("%s → %s", async (_label, code, message) => {
    const file = code === "link-loop" ? at("self.xlsx") : at("nowhere.xlsx");
    if (code === "link-loop") fs.symlinkSync(file, file);
    const r = await run("check", file, "--json", "-");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code } });
  });
});

describe("--out", () => {
  it("refuses an existing target that is not a regular file (a pipe would block forever)", async () => {
    const fifo = at("out-pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    fs.copyFileSync(bundledSamplePath(), at("in.xlsx"));
    const r = await run("check", at("in.xlsx"), "--out", fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/拒绝写入.*不是普通文件/);
  });

  it("creates its folder only once a file has been read", async () => {
    fs.writeFileSync(at("broken1.xlsx"), "not a workbook");
    fs.writeFileSync(at("broken2.xlsx"), await wordDocument());
    const r = await run("check", at("broken1.xlsx"), at("broken2.xlsx"), "--out", at("never-made"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是 Excel 或 WPS 工作簿，而是一个 Word 文档/);
    expect(fs.existsSync(at("never-made"))).toBe(false);
  });
});
