import * as fs from "fs";
import * as path from "path";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { run } from "../cli/run";
import { makeTempDir } from "../fixtures/tempDir";
import { encryptStream, withWorkbookStream, xlsFromXlsx } from "./craft";

const tmp = makeTempDir("legacy-folder");
afterAll(tmp.cleanup);

/**
 * A folder as an office leaves it: .xls, .et and .xlsx side by side, a sub-folder, Excel's and LibreOffice's lock files,
 * an earlier run's copy, an encrypted .xls, a CSV renamed .xls, a Word file renamed .xls, a broken link, and other files.
 */
function officeFolder(): string {
  const dir = path.join(tmp.dir, `office-${fs.readdirSync(tmp.dir).length}`);
  const sub = path.join(dir, "二季度");
  fs.mkdirSync(sub, { recursive: true });
  const xls = xlsFromXlsx(new Uint8Array(fs.readFileSync(bundledSamplePath())));
  const put = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
  put("a.xls", xls);
  put("b.et", xls);
  fs.copyFileSync(bundledSamplePath(), path.join(dir, "c.xlsx"));
  put("d-encrypted.xls", withWorkbookStream(xls, encryptStream));
  put("e-csv.xls", "项目名称,金额\n回购统建房住宅经费,178.37\n");
  put("~$a.xls", "lock");
  put(".~lock.b.et#", "lock");
  put("a.checked.xlsx", "an earlier copy");
  put("说明.docx", "not checked");
  fs.symlinkSync(path.join(dir, "gone.xls"), path.join(dir, "f-link.xls"));
  fs.writeFileSync(path.join(sub, "g.xls"), xls);
  return dir;
}

describe("selfeval check DIR with .xls and .et", () => {
  it("checks .xls, .et and .xlsx, names every skipped file with its reason, fails the bad ones clearly and checks the rest", async () => {
    const dir = officeFolder();
    const r = await run("check", dir);
    expect(r.code).toBe(2);
    for (const [name, why] of [
      ["~$a.xls", /锁文件/],
      [".~lock.b.et#", /锁文件/],
      ["a.checked.xlsx", /标注副本/],
      ["说明.docx", /不是工作簿/],
      ["二季度", /子文件夹.*--recursive/],
      ["f-link.xls", /链接指向的文件不存在/],
    ] as const) {
      const line = r.stderr.split("\n").find((l) => l.includes(`${path.sep}${name}”`));
      expect(line).toMatch(why);
    }
    expect(r.stderr).toMatch(/d-encrypted\.xls.*设置了打开密码/);
    expect(r.stderr).toMatch(/e-csv\.xls.*文本文件/);
    expect(r.stderr).toMatch(/\[5\/5\] 正在校验/);
    for (const name of ["a.xls", "b.et", "c.xlsx"])
      expect(r.stdout).toMatch(new RegExp(`${name.replace(".", "\\.")}\\s+6\\s+3\\s+11\\s+0`));
    expect(r.stdout).toMatch(/d-encrypted\.xls.*无法读取/);
    expect(r.stdout).not.toMatch(/g\.xls/);
  });

  it("--recursive also checks the sub-folder; in English too", async () => {
    const dir = officeFolder();
    const r = await run("check", dir, "--recursive", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/g\.xls\s+6\s+3\s+11\s+0/);
    expect(r.stderr).not.toMatch(/sub-folder/);
    expect(r.stderr).toMatch(/Skipped ".*~\$a\.xls": a lock file/);
    expect(r.stderr).toMatch(/d-encrypted\.xls" is password-protected/);
  });

  it("writes NAME.checked.xlsx for each .xls and .et, says what the copy leaves behind, and touches no input", async () => {
    const dir = officeFolder();
    const before = fs.readFileSync(path.join(dir, "a.xls"));
    const out = path.join(dir, "checked");
    const r = await run("check", dir, "--out", out, "--lang", "en");
    expect(fs.readdirSync(out).sort()).toEqual(["a.checked.xlsx", "b.checked.xlsx", "c.checked.xlsx"]);
    expect(r.stdout.match(/the original is an \.xls file; the annotated copy is saved as \.xlsx/g)).toHaveLength(1);
    expect(r.stdout.match(/the original is an \.et file/g)).toHaveLength(1);
    expect(r.stdout).toMatch(
      /fonts, borders, alignment, fill colours and notes, but not the original's text and border colours, pictures, charts, macros/,
    );
    expect(fs.readFileSync(path.join(dir, "a.xls")).equals(before)).toBe(true);
    const copy = fs.readFileSync(path.join(out, "a.checked.xlsx"));
    expect(copy.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
