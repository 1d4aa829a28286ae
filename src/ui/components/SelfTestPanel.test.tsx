/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportJson } from "../../app/selfTest/format";
import { reportOf, result } from "../../app/selfTest/testing/sampleReport";
import { SemanticsCache } from "../../app/selfTest/semantics";
import type { SelfTestReport } from "../../app/selfTest/types";
import { browserSelfTest } from "../../hosts/browser/probes";
import { excelSelfTest } from "../../hosts/excel/probes";
import { FakeExcel } from "../../hosts/excel/testing/fakeExcel";
import type { CopyEnv } from "./copyText";
import { SelfTestPanel } from "./SelfTestPanel";

const REPORT: SelfTestReport = reportOf([
  result("cf.tagged", "ok", { tagged: true }, { title: { zh: "带标签的条件格式", en: "Tagged conditional format" } }),
  result("wps.mixedRange", "differs", { numberFormat: "empty" }, { title: { zh: "混合区域", en: "Mixed range" } }),
  result(
    "sheet.identity",
    "failed",
    { unsupported: "Worksheet.CodeName" },
    { title: { zh: "工作表标识", en: "Sheet identity" }, leftBehind: ["自检_abc"] },
  ),
  result("excel.mergeUndo", "skipped", { reason: "ExcelApi 1.20" }, { title: { zh: "合并撤销组", en: "Merge undo group" } }),
]);

function renderPanel(props: { run?: () => Promise<SelfTestReport>; lang?: "zh" | "en"; copyEnv?: CopyEnv } = {}) {
  const run = props.run ?? jest.fn(async () => REPORT);
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfTestPanel run={run} lang={props.lang ?? "zh"} copyEnv={props.copyEnv} />
    </FluentProvider>,
  );
  return { run, user: userEvent.setup({ delay: null }) };
}

const byName = (name: string) => screen.getByRole("button", { name });
const items = () =>
  within(screen.getByRole("list"))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("SelfTestPanel", () => {
  it("runs the self-test on request and shows every probe with its status in words, its answer and what it left", async () => {
    const { run, user } = renderPanel();
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.queryByRole("button", { name: "复制自检结果（JSON）" })).toBeNull();
    await user.click(byName("运行自检"));
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy());
    expect(run).toHaveBeenCalledTimes(1);
    expect(items()).toEqual([
      expect.stringMatching(/^✓ 符合预期 带标签的条件格式 12 ms\{"tagged":true\}$/),
      expect.stringMatching(/^≠ 与预期不同 混合区域 12 ms\{"numberFormat":"empty"\}$/),
      expect.stringMatching(/^✗ 失败 工作表标识 12 ms宿主不支持：Worksheet.CodeName未能删除：自检_abc（请手动删除）$/),
      expect.stringMatching(/^– 未适用 合并撤销组 12 ms/),
    ]);
    expect(screen.getByText("WPS · 12.1.0.16250 · Windows")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("自检完成：1 符合预期，1 与预期不同，1 失败，1 未适用");
  });

  it("speaks English when the pane does", async () => {
    const { user } = renderPanel({ lang: "en" });
    await user.click(byName("Run self-test"));
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy());
    expect(items()[1]).toMatch(/^≠ differs Mixed range/);
    expect(screen.getByRole("status").textContent).toBe("Self-test finished: 1 as expected, 1 differs, 1 failed, 1 skipped");
  });

  const COPIED = "已复制自检结果（JSON）。";
  const BY_HAND = "无法自动复制。请在下面的文本框中全选（Ctrl+A）并复制（Ctrl+C）。";
  const writes = (): CopyEnv["clipboard"] => ({ writeText: jest.fn(async () => undefined) });
  const blocked = (): CopyEnv["clipboard"] => ({ writeText: jest.fn(async () => Promise.reject(new Error("NotAllowedError"))) });

  it.each<[string, () => CopyEnv["clipboard"], boolean, string, boolean, boolean]>([
    // name, clipboard, what execCommand("copy") answers, announcement, execCommand used, box shown
    ["through the clipboard", writes, true, COPIED, false, false],
    ["by selection where the clipboard is blocked", blocked, true, COPIED, true, false],
    ["by selection where there is no clipboard", () => undefined, true, COPIED, true, false],
    ["into a box to copy by hand where neither works", blocked, false, BY_HAND, true, true],
  ])("复制 puts the report's JSON on the clipboard: %s", async (_name, clipboard, execAnswer, said, execUsed, box) => {
    const execCommand = jest.fn(() => execAnswer);
    document.execCommand = execCommand;
    const copyEnv: CopyEnv = { clipboard: clipboard(), document };
    const { user } = renderPanel({ copyEnv });
    await user.click(byName("运行自检"));
    await user.click(await screen.findByRole("button", { name: "复制自检结果（JSON）" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(said));
    if (copyEnv.clipboard) expect(copyEnv.clipboard.writeText).toHaveBeenCalledWith(reportJson(REPORT));
    expect(execCommand.mock.calls).toEqual(execUsed ? [["copy"]] : []);
    const shown = screen.queryByRole("textbox", { name: "自检结果（JSON）" }) as HTMLTextAreaElement | null;
    expect(shown !== null).toBe(box);
    if (shown) expect(JSON.parse(shown.value)).toEqual(REPORT);
    expect(document.querySelectorAll("textarea")).toHaveLength(box ? 1 : 0);
  });

  it("says why when the self-test cannot run, and can be run again", async () => {
    const run = jest.fn<Promise<SelfTestReport>, []>().mockRejectedValueOnce(new Error("没有打开的工作簿")).mockResolvedValueOnce(REPORT);
    const { user } = renderPanel({ run });
    await user.click(byName("运行自检"));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("自检未能运行：没有打开的工作簿"));
    expect(screen.queryByRole("list")).toBeNull();
    await user.click(byName("运行自检"));
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy());
  });

  it("keeps the run button from starting a second run while one is going", async () => {
    let finish: (r: SelfTestReport) => void = () => undefined;
    const run = jest.fn(() => new Promise<SelfTestReport>((resolve) => (finish = resolve)));
    const { user } = renderPanel({ run });
    await user.click(byName("运行自检"));
    expect(screen.getByText("正在自检…")).toBeTruthy();
    await user.click(byName("运行自检"));
    expect(run).toHaveBeenCalledTimes(1);
    finish(REPORT);
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy());
  });
});

describe("SelfTestPanel over real probes", () => {
  it("runs the Excel probes on the fake workbook end to end and copies their report", async () => {
    const fake = FakeExcel.fromGrids([{ name: "表1", originRow: 0, originCol: 0, values: [[1]] }], "1.17");
    let copied = "";
    const clipboard = { writeText: async (t: string) => void (copied = t) };
    const { user } = renderPanel({
      run: () => excelSelfTest(fake.env(), { cache: new SemanticsCache(), diagnostics: null }),
      copyEnv: { clipboard, document },
    });
    await user.click(byName("运行自检"));
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText("Excel · ExcelApi 1.17")).toBeTruthy();
    expect(items().find((t) => t?.includes("记录大小的长文本"))).toMatch(/^✓ 符合预期/);
    expect(items().find((t) => t?.includes("合并撤销组"))).toMatch(/^– 未适用/);
    await user.click(byName("复制自检结果（JSON）"));
    await waitFor(() => expect(copied).not.toBe(""));
    const report = JSON.parse(copied) as SelfTestReport;
    expect(report.host).toBe("excel");
    expect(report.results.map((r) => r.id)).toContain("record.longString");
    expect(fake.book.sheets.filter((s) => s.alive).map((s) => s.name)).toEqual(["表1"]);
  });

  it("runs the workbench's browser probes in this page (jsdom) and nothing else", async () => {
    const { user } = renderPanel({ run: () => browserSelfTest(undefined, { cache: new SemanticsCache() }) });
    await user.click(byName("运行自检"));
    await waitFor(() => expect(screen.getByRole("list")).toBeTruthy());
    expect(items()).toHaveLength(5);
    expect(items()[0]).toMatch(/^✓ 符合预期 localStorage/);
    expect(localStorage.getItem("selfeval.selfTest.lastRun")).toMatch(/^\d{4}-/);
  });
});
