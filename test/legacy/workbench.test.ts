import * as fs from "fs";
import type { Report } from "../../src/engine";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { createEngineHandler } from "../../src/hosts/browser/engineHandler";
import type { EngineRequest, EngineResponse } from "../../src/hosts/browser/protocol";
import { DEFAULT_SETTINGS } from "../../src/app/host";
import { xlsFromXlsx } from "./craft";
import { marksOf } from "./marks";

/** The workbench's engine (as the Web Worker runs it) on an .xls: opened, checked and downloaded as an .xlsx. */
async function open(name: string, bytes: Uint8Array) {
  const handler = createEngineHandler();
  const send = async <T extends EngineResponse["op"]>(request: EngineRequest & { op: T }) =>
    (await handler(request, () => undefined)).response as Extract<EngineResponse, { op: T }>;
  const opened = (await send({ op: "open", name, bytes: bytes.slice().buffer, lang: "zh" })).opened;
  return { opened, send };
}

describe("the workbench's engine on .xls and .et", () => {
  const xlsx = new Uint8Array(fs.readFileSync(bundledSamplePath()));
  const xls = xlsFromXlsx(xlsx);

  it.each(["表.xls", "表.et"])(
    "opens %s with a note that its copy will be an .xlsx, checks it as the .xlsx, and downloads an .xlsx",
    async (name) => {
      const legacy = await open(name, xls);
      const modern = await open("表.xlsx", xlsx);
      expect(legacy.opened.grid).toEqual(modern.opened.grid);
      expect(legacy.opened.notices[0].sheet).toBe(name);
      expect(legacy.opened.notices[0].messages.zh).toMatch(/标注副本另存为 \.xlsx/);
      expect(legacy.opened.notices[0].messages.en).toMatch(/saved as \.xlsx/);
      expect(modern.opened.notices).toEqual([]);

      const check = async (o: Awaited<ReturnType<typeof open>>) =>
        (await o.send({ op: "call", file: o.opened.file, method: "check", args: [DEFAULT_SETTINGS] })).result as Report;
      const [a, b] = [await check(legacy), await check(modern)];
      expect({ tables: a.tables, issues: a.issues }).toEqual({ tables: b.tables, issues: b.issues });

      const download = async (o: Awaited<ReturnType<typeof open>>) =>
        new Uint8Array((await o.send({ op: "download", file: o.opened.file })).download.bytes);
      const copy = await download(legacy);
      expect(Buffer.from(copy.subarray(0, 2)).toString("latin1")).toBe("PK");
      const marks = await marksOf(copy);
      expect(marks.filter((m) => m.includes("FFFFC7CE")).length).toBeGreaterThan(0);
      expect(marks).toEqual(await marksOf(await download(modern)));
    },
  );

  it("refuses an encrypted or renamed file with the reader's message", async () => {
    await expect(open("报告.xls", Uint8Array.from(Buffer.from("a,b\n1,2\n")))).rejects.toMatchObject({ code: "not-a-workbook" });
  });
});
