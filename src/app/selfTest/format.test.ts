import { answerLine, formatReport, headerLines, reportJson, resultLine, summaryLine } from "./format";
import { reportOf, result } from "./testing/sampleReport";

describe("the readable result", () => {
  it.each<[string, ReturnType<typeof result>, string, string]>([
    ["an answer as compact JSON", result("a", "ok", { kept: 40000 }), '{"kept":40000}', '{"kept":40000}'],
    [
      "a missing member",
      result("a", "failed", { unsupported: "Range.FormatConditions" }),
      "宿主不支持：Range.FormatConditions",
      "not supported by the host: Range.FormatConditions",
    ],
    [
      "a time-out",
      result("a", "failed", { timedOut: true, limitMs: 10000 }),
      "超时（10000 毫秒内无应答）",
      "timed out (no answer within 10000 ms)",
    ],
    [
      "an error's message",
      result("a", "failed", { error: { name: "RichApi.Error", code: "InvalidArgument", message: "bad cell" } }),
      "bad cell",
      "bad cell",
    ],
    ["a long answer, cut", result("a", "ok", "x".repeat(500)), `${"x".repeat(160)}…(500)`, `${"x".repeat(160)}…(500)`],
  ])("answerLine: %s", (_name, r, zh, en) => {
    expect(answerLine(r, "zh")).toBe(zh);
    expect(answerLine(r, "en")).toBe(en);
  });

  it.each<[string, ReturnType<typeof result>, string, string]>([
    ["ok", result("a", "ok", 1), "✓ 探针 a — 符合预期 (12 ms): 1", "✓ Probe a — as expected (12 ms): 1"],
    ["differs", result("a", "differs", "first"), "≠ 探针 a — 与预期不同 (12 ms): first", "≠ Probe a — differs (12 ms): first"],
    [
      "skipped",
      result("a", "skipped", { reason: "ExcelApi 1.20" }),
      '– 探针 a — 未适用 (12 ms): {"reason":"ExcelApi 1.20"}',
      '– Probe a — skipped (12 ms): {"reason":"ExcelApi 1.20"}',
    ],
    [
      "a scratch sheet left behind",
      result("a", "failed", { unsupported: "Worksheet.Delete" }, { leftBehind: ["自检_1", "自检_2"] }),
      "✗ 探针 a — 失败 (12 ms): 宿主不支持：Worksheet.Delete；未能删除：自检_1、自检_2（请手动删除）",
      "✗ Probe a — failed (12 ms): not supported by the host: Worksheet.Delete; could not remove: 自检_1, 自检_2 (delete by hand)",
    ],
  ])("resultLine: %s", (_name, r, zh, en) => {
    expect(resultLine(r, "zh")).toBe(zh);
    expect(resultLine(r, "en")).toBe(en);
  });

  it("heads the report with host, version, platform, API sets, ES levels and Chromium", () => {
    expect(headerLines(reportOf([]), "zh")).toEqual([
      "WPS · 12.1.0.16250 · Windows",
      "引擎 ES2022 · 内置对象 ES2023（含补丁） · Chromium 104",
    ]);
    const excel = reportOf([], {
      host: "excel",
      hostVersion: "16.0.17928.20114",
      platform: "PC",
      apiSets: ["ExcelApi 1.17"],
      userAgent: "Mozilla/5.0 (Macintosh)",
      esLevel: { engine: 2021, builtIns: 2021, missing: [], polyfilled: false },
    });
    expect(headerLines(excel, "en")).toEqual(["Excel · 16.0.17928.20114 · PC · ExcelApi 1.17", "engine ES2021 · built-ins ES2021"]);
  });

  it("counts by status, naming only those present", () => {
    const report = reportOf([result("a", "ok", 1), result("b", "ok", 1), result("c", "failed", {}), result("d", "differs", 1)]);
    expect(summaryLine(report, "zh")).toBe("2 符合预期，1 与预期不同，1 失败");
    expect(summaryLine(report, "en")).toBe("2 as expected, 1 differs, 1 failed");
  });

  it("puts title, header, summary and one line per probe in order", () => {
    const text = formatReport(reportOf([result("a", "ok", 1), result("b", "skipped", { reason: "r" })]), "zh").split("\n");
    expect(text[0]).toBe("自检 2026-03-04T05:06:07.000Z");
    expect(text).toHaveLength(6);
    expect(text[4]).toMatch(/^✓ 探针 a/);
    expect(text[5]).toMatch(/^– 探针 b/);
  });
});

describe("reportJson: what 复制 copies", () => {
  it("is the report itself, indented, and parses back to it", () => {
    const report = reportOf([
      result("a", "ok", { nested: [1, "二", null] }),
      result("b", "failed", { error: { name: "E", message: "m" } }, { leftBehind: ["自检_1"] }),
    ]);
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json.split("\n")[1]).toBe('  "version": 1,');
  });
});
