import * as fs from "fs";
import * as path from "path";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { makeTempDir } from "../fixtures/tempDir";
import { richWorkbookBytes } from "../xlsx/richWorkbook";
import { run } from "./run";

const tmp = makeTempDir("cli-lost");
afterAll(tmp.cleanup);

describe("--out names what the copy lacks", () => {
  const rich = path.join(tmp.dir, "rich.xlsx");
  beforeAll(async () => fs.writeFileSync(rich, await richWorkbookBytes(fs.readFileSync(bundledSamplePath()))));

  it.each([
    ["zh", "副本未保留：图表 1 个、宏 (VBA)、自定义 XML 部件 1 个、自定义文档属性"],
    ["en", "The copy lacks: 1 chart, macros (VBA), 1 custom XML part, custom document properties"],
  ])("in %s, right under the copy's line", async (lang, notice) => {
    const out = path.join(tmp.dir, `rich.${lang}.xlsx`);
    const { code, stdout } = await run(rich, "--out", out, "--lang", lang);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const copyLine = lines.findIndex((l) => l.includes(out));
    expect(copyLine).toBeGreaterThanOrEqual(0);
    expect(lines[copyLine + 1]).toContain(notice);
  });

  it("says nothing when the copy lacks nothing", async () => {
    const { stdout } = await run(bundledSamplePath(), "--out", path.join(tmp.dir, "sample.checked.xlsx"));
    expect(stdout).not.toContain("副本未保留");
  });

  it("with --json -, says it on stderr, leaving stdout to the JSON", async () => {
    const { stdout, stderr } = await run(rich, "--out", path.join(tmp.dir, "rich.json.xlsx"), "--json", "-");
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toContain("副本未保留");
  });
});
