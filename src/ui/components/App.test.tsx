/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { a1, checkWorkbook, parseA1 } from "../../engine";
import { seedSheet } from "../../sample/seedFile";
import { DEFAULT_SETTINGS, HostError, type PaneSettings } from "../../app/host";
import { FakePaneHost } from "../testing/fakeHost";
import { handReport } from "../testing/handReport";
import { handSample, handWorkbook } from "../testing/handWorkbook";
import { TextDecoder as NodeTextDecoder } from "util";
import { button, idle, renderPane } from "../testing/paneTest";
import { reportOf, result } from "../../app/selfTest/testing/sampleReport";

function handHost(settings: PaneSettings = DEFAULT_SETTINGS) {
  return new FakePaneHost({ workbook: handWorkbook(), sample: handSample(), checker: () => handReport(), settings });
}

/** The seed's forms judged by the real engine, one score emptied so that 填充得分 writes it and 撤销填充 can take it back. */
function blankedSeedHost() {
  const sheet = seedSheet();
  const indicator = checkWorkbook({ sheets: [sheet] }).report.tables[0].indicators.find((i) => i.scoreCell && i.computedScore !== null)!;
  const at = parseA1(indicator.scoreCell!)!;
  sheet.values[at.row - sheet.originRow][at.col - sheet.originCol] = null;
  return new FakePaneHost({ workbook: { sheets: [sheet] } });
}

/**
 * In jsdom, tabster's modalizer leaves aria-hidden on the open dialog itself (it never sees the focus it expects), so the
 * dialog and its controls are queried with hidden: true; focus does move into it, which the test checks.
 */
async function findDialog() {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return dialog;
}

/** The dialog's exit motion finishes on a timer; until then the rest of the pane is aria-hidden. */
const dialogGone = () =>
  waitFor(() => {
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.querySelector("[aria-hidden='true'] main")).toBeNull();
  });
const isOff = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;
const findingButtons = () => [...document.querySelectorAll<HTMLButtonElement>("button[data-finding-cell]")];
const called = (host: FakePaneHost, method: string) => host.calls.filter((c) => c.method === method);

async function checkNow(user: ReturnType<typeof userEvent.setup>) {
  await user.click(button("校验"));
  await idle();
}

describe("task pane", () => {
  it("first run explains the add-in in two lines, and 插入示例 inserts the sample then checks", async () => {
    const host = handHost();
    const user = await renderPane(host);
    expect(screen.getByText(/查找工作簿中的每一张项目支出绩效自评表/)).toBeTruthy();
    expect(screen.getByText(/还可以填充空白得分/)).toBeTruthy();
    await user.click(button("插入示例"));
    await idle();
    expect(host.calls.map((c) => c.method)).toEqual(expect.arrayContaining(["insertSample", "check"]));
    expect(host.calls.findIndex((c) => c.method === "insertSample")).toBeLessThan(host.calls.findIndex((c) => c.method === "check"));
    expect(host.sheet("示例")).toBeDefined();
    expect(screen.queryByRole("button", { name: "插入示例" })).toBeNull();
    expect(screen.getAllByTestId("form-summary")).toHaveLength(2);
  });

  it("校验 shows each form's project, reported vs computed total and counts by severity, and announces the result", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    const [first, second] = screen.getAllByTestId("form-summary");
    expect(within(first).getByText("回购统建房住宅经费")).toBeTruthy();
    expect(first.textContent).toContain("填报总分 100 · 计算总分 98.75 ≠");
    expect(first.textContent).toContain("2 个错误");
    expect(first.textContent).toContain("1 个警告");
    expect(first.textContent).toContain("1 条提示");
    expect(second.textContent).toContain("填报总分 90 · 计算总分 90");
    expect(second.textContent).not.toContain("≠");
    expect(screen.getByRole("status").textContent).toBe("校验完成：2 张表，2 个错误，2 个警告，1 条提示");
    expect(called(host, "check")[0].args[0]).toEqual(DEFAULT_SETTINGS);
  });

  it("lists sheet notices above the forms", async () => {
    const report = {
      ...handReport(),
      notices: [{ sheet: "大表", message: "x", messages: { zh: "工作表过大，已跳过", en: "sheet too large: skipped" } }],
    };
    const host = new FakePaneHost({ workbook: handWorkbook(), checker: () => report });
    const user = await renderPane(host);
    await checkNow(user);
    expect(screen.getByText("大表: 工作表过大，已跳过")).toBeTruthy();
  });

  it("renders cell text as text, never as markup", async () => {
    const user = await renderPane(handHost());
    await checkNow(user);
    const second = screen.getAllByTestId("form-summary")[1];
    expect(within(second).getByText('=HYPERLINK("x")<b>公务用车</b>')).toBeTruthy();
    expect(second.querySelector("b")).toBeNull();
  });

  it("shows severity by icon and word, grouped by form and severity", async () => {
    const user = await renderPane(handHost());
    await checkNow(user);
    const groups = screen.getAllByRole("group").filter((g) => g.getAttribute("aria-label")?.includes(" · "));
    expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual([
      "回购统建房住宅经费 · 错误",
      "回购统建房住宅经费 · 警告",
      "回购统建房住宅经费 · 提示",
      '=HYPERLINK("x")<b>公务用车</b> · 警告',
    ]);
    const first = findingButtons()[0];
    expect(first.textContent).toContain("错误");
    expect(first.querySelector("svg")).not.toBeNull();
  });

  it.each([
    ["级别", "警告", ["表1!I20", "表1!E60"]],
    ["级别", "错误", ["表1!H20", "表1!H30"]],
    ["类别", "计量单位不一致", ["表1!E60"]],
  ])("filters by %s = %s", async (label, option, cells) => {
    const user = await renderPane(handHost());
    await checkNow(user);
    expect(findingButtons()).toHaveLength(5);
    await user.selectOptions(screen.getByLabelText(label), option);
    expect(findingButtons().map((b) => b.getAttribute("data-finding-cell"))).toEqual(cells);
  });

  it("isolates each finding's sheet name, so a right-to-left name cannot reorder the cell address", async () => {
    const user = await renderPane(handHost());
    await checkNow(user);
    for (const b of findingButtons()) expect(b.querySelector("bdi")?.textContent).toBe(b.getAttribute("data-finding-cell")!.split("!")[0]);
  });

  it("says so when the filters leave nothing", async () => {
    const user = await renderPane(handHost());
    await checkNow(user);
    await user.selectOptions(screen.getByLabelText("级别"), "提示");
    await user.selectOptions(screen.getByLabelText("类别"), "计量单位不一致");
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeTruthy();
  });

  it("Enter on a finding selects its cell, and click does too", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    const [, second, third] = findingButtons();
    second.focus();
    await user.keyboard("{Enter}");
    await user.click(third);
    await waitFor(() => expect(host.selections).toEqual(["表1!H30", "表1!I20"]));
    expect(third.closest("li")?.getAttribute("aria-current")).toBe("true");
  });

  it("F8 / Shift+F8 and J / K move through the findings, focus and select them", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    expect(screen.getByText(/F8 下一个 · Shift\+F8 上一个/)).toBeTruthy();
    await user.keyboard("{F8}");
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe("表1!H20");
    await user.keyboard("{F8}");
    await user.keyboard("{F8}");
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe("表1!I20");
    expect(screen.getByText("第 3 个，共 5 个")).toBeTruthy();
    await user.keyboard("{Shift>}{F8}{/Shift}");
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe("表1!H30");
    await user.keyboard("j");
    await user.keyboard("j");
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe("表1!H21");
    await user.keyboard("k");
    await waitFor(() => expect(host.selections).toEqual(["表1!H20", "表1!H30", "表1!I20", "表1!H30", "表1!I20", "表1!H21", "表1!I20"]));
  });

  it("next/previous follow the filter", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.selectOptions(screen.getByLabelText("级别"), "警告");
    await user.click(button("下一个"));
    await user.click(button("下一个"));
    await user.click(button("下一个"));
    await waitFor(() => expect(host.selections).toEqual(["表1!I20", "表1!E60", "表1!I20"]));
  });

  it("expanding a finding shows the row's arithmetic and assumptions", async () => {
    const user = await renderPane(handHost());
    await checkNow(user);
    expect(screen.getByText(/填报得分 5 高于计算得分 3.75：9 \/ 12 × 5 = 3.75/)).toBeTruthy();
    const toggles = () => [...document.querySelectorAll("button")].filter((b) => b.textContent === "展开计算过程");
    expect(toggles()).toHaveLength(3); // H20 twice (score, reason) and H21; not the total or the second form
    expect(toggles()[0].getAttribute("aria-expanded")).toBe("false");
    await user.click(toggles()[0]);
    expect(screen.getByText("计算过程: 9 / 12 × 5 = 3.75")).toBeTruthy();
    expect(button("收起计算过程").getAttribute("aria-expanded")).toBe("true");
    await user.click(toggles()[1]);
    await user.click(toggles()[0]);
    expect(screen.getByText(/假设: 未写比较符号/)).toBeTruthy();
  });

  it.each([
    [false, "回购统建房住宅经费 · 住房人员满意度（表1!H21） → 10", 1, ["表1!H21"]],
    [true, "回购统建房住宅经费 · 住房人员满意度（表1!H21） → 10", 2, ["表1!H21", "表1!H30"]],
  ])(
    "填充得分 previews the writes and the skipped formula, and the confirm path passes overwrite %s",
    async (overwrite, write, written, only) => {
      const host = handHost();
      const user = await renderPane(host);
      await user.click(button("填充得分"));
      const dialog = await findDialog();
      expect(
        within(dialog)
          .getAllByTestId("preview-write")
          .map((li) => li.textContent),
      ).toEqual([write]);
      expect(
        within(dialog)
          .getAllByTestId("preview-skipped")
          .map((li) => li.textContent),
      ).toEqual(["回购统建房住宅经费 · 总分（表1!H30） (公式) 现有 =SUM(H12:H29) → 写入 98.75"]);
      expect(called(host, "fill")).toHaveLength(0);
      if (overwrite) await user.click(within(dialog).getByRole("checkbox", { name: "也覆盖这些含公式或已填写的单元格", hidden: true }));
      await user.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
      await idle();
      expect(called(host, "fill").map((c) => c.args[1])).toEqual([overwrite]);
      const cells = called(host, "fill")[0].args[2] as { sheet: string; row: number; col: number }[];
      expect(cells.map((c) => `${c.sheet}!${a1(c.row, c.col)}`)).toEqual(only);
      await dialogGone();
      await waitFor(() => expect(document.activeElement).toBe(button("填充得分")));
      expect(screen.getByRole("status").textContent).toBe(`已填充 ${written} 个单元格`);
      expect(host.valueAt("表1", 20, 7)).toBe(10);
      expect(host.sheet("表1")!.formulas![29][7]).toBe(overwrite ? null : "=SUM(H12:H29)");
    },
  );

  it("cancelling the preview writes nothing", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await user.click(button("填充得分"));
    await user.click(within(await findDialog()).getByRole("button", { name: "取消", hidden: true }));
    await dialogGone();
    expect(called(host, "fill")).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(button("填充得分")));
    expect(host.valueAt("表1", 20, 7)).toBeNull();
  });

  it("清除标记 and 撤销填充 are enabled by the host's state", async () => {
    const host = blankedSeedHost();
    const user = await renderPane(host);
    expect(isOff(button("清除标记"))).toBe(true);
    expect(isOff(button("撤销填充"))).toBe(true);
    await checkNow(user);
    expect(isOff(button("清除标记"))).toBe(false);
    expect(isOff(button("撤销填充"))).toBe(true);
    await user.click(button("填充得分"));
    await user.click(within(await findDialog()).getByRole("button", { name: "写入", hidden: true }));
    await idle();
    await dialogGone();
    expect(isOff(button("撤销填充"))).toBe(false);
    await user.click(button("撤销填充"));
    await idle();
    expect(screen.getByRole("status").textContent).toBe("已撤销填充，恢复 1 处");
    expect(isOff(button("撤销填充"))).toBe(true);
    const { marks } = await host.state();
    const notes = host.notes.size;
    await user.click(button("清除标记"));
    await idle();
    // Every marked cell unmarked and every note of ours removed.
    expect(screen.getByRole("status").textContent).toBe(`已清除标记，恢复 ${marks + notes} 处`);
    expect(isOff(button("清除标记"))).toBe(true);
    expect(called(host, "clearMarks")).toHaveLength(1);
  });

  it("while the host works: a spinner, every action disabled, focus kept on the pressed button", async () => {
    const host = handHost();
    const user = await renderPane(host);
    const release = host.hold();
    await user.click(button("校验"));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(isOff(button("校验"))).toBe(true);
    expect(isOff(button("填充得分"))).toBe(true);
    expect(isOff(button("插入示例"))).toBe(true);
    expect(document.activeElement).toBe(button("校验"));
    await user.click(button("校验"));
    act(() => release());
    await idle();
    expect(called(host, "check")).toHaveLength(1);
    expect(document.activeElement).toBe(button("校验"));
  });

  it("settings are loaded from the host, and each change is saved", async () => {
    const host = handHost({ ...DEFAULT_SETTINGS, profile: "hubei" });
    const user = await renderPane(host);
    await user.click(button("设置"));
    expect((screen.getByLabelText("评分规则") as HTMLSelectElement).value).toBe("hubei");
    await user.selectOptions(screen.getByLabelText("评分规则"), "四川（执行率低于 90% 须说明原因）");
    await user.click(screen.getByRole("checkbox", { name: "提示" }));
    await user.click(screen.getByRole("checkbox", { name: "警告" }));
    await user.click(screen.getByRole("switch", { name: "在标记的单元格上添加批注" }));
    await waitFor(async () =>
      expect(await host.loadSettings()).toEqual({ profile: "sichuan", mark: ["error", "info"], notes: false, lang: "zh" }),
    );
    await checkNow(user);
    expect(called(host, "check")[0].args[0]).toEqual({ profile: "sichuan", mark: ["error", "info"], notes: false, lang: "zh" });
  });

  it.each([
    ["a host that can save downloads offers CSV", undefined, true],
    ["a host that cannot (WPS, Excel for Mac) offers only the worksheet", false, false],
  ])("%s", async (_, canDownload, offered) => {
    const host = Object.assign(handHost(), canDownload === undefined ? {} : { canDownload });
    const user = await renderPane(host);
    await checkNow(user);
    expect(button("导出为工作表“校验报告”")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "导出 CSV" }) !== null).toBe(offered);
  });

  it.each([
    ["a host with 自检 shows it under the settings, and runs it on demand", true],
    ["a host without 自检 shows no such entry", false],
  ])("%s", async (_, withSelfTest) => {
    const host = handHost();
    const runs: string[] = [];
    const report = reportOf([result("a", "ok", 1)]);
    const probed = Object.assign(host, withSelfTest ? { selfTest: async () => (runs.push("run"), report) } : {});
    const user = await renderPane(probed as typeof host);
    expect(screen.queryByRole("button", { name: "运行自检" })).toBeNull();
    await user.click(button("设置"));
    if (!withSelfTest) return expect(screen.queryByRole("button", { name: "运行自检" })).toBeNull();
    // The panel is lazy: it appears once its chunk has loaded.
    await user.click(await waitFor(() => button("运行自检")));
    await waitFor(() => expect(runs).toEqual(["run"]));
  });

  it("switching language re-renders at once, finding messages included, and is saved", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(button("设置"));
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(button("Check")).toBeTruthy();
    expect(button("Fill scores")).toBeTruthy();
    expect(screen.getByText("reported 5 is above the computed 3.75: 9 / 12 × 5 = 3.75")).toBeTruthy();
    expect(screen.getAllByTestId("form-summary")[0].textContent).toContain("2 errors");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
    await waitFor(async () => expect((await host.loadSettings()).lang).toBe("en"));
    await user.click(button("Check"));
    await idle();
    expect(screen.getByRole("status").textContent).toBe("Check complete: 2 forms, 2 errors, 2 warnings, 1 note");
  });

  it("starts in English when the saved settings say so", async () => {
    await renderPane(handHost({ ...DEFAULT_SETTINGS, lang: "en" }));
    expect(button("Check")).toBeTruthy();
    expect(button("Insert sample")).toBeTruthy();
  });

  it.each([
    ["zh", "工作表受保护", "表1 受保护，请先取消保护。"],
    ["en", "Sheet protected", "表1 is protected: unprotect it first."],
  ] as const)("a HostError shows its own %s message in a MessageBar", async (lang, title, message) => {
    const host = handHost({ ...DEFAULT_SETTINGS, lang });
    const user = await renderPane(host);
    host.failNext("check", new HostError("protected", { zh: "表1 受保护，请先取消保护。", en: "表1 is protected: unprotect it first." }));
    await user.click(button(lang === "zh" ? "校验" : "Check"));
    await idle();
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    await user.click(button(lang === "zh" ? "关闭提示" : "Dismiss"));
    expect(screen.queryByText(message)).toBeNull();
  });

  it("any other error shows a generic message with its detail, and the next success clears it", async () => {
    const host = handHost();
    const user = await renderPane(host);
    host.failNext("check", new TypeError("x is undefined"));
    await checkNow(user);
    expect(screen.getByText("操作未完成")).toBeTruthy();
    expect(screen.getByText(/出现意外错误/)).toBeTruthy();
    expect(screen.getByText("详情: x is undefined")).toBeTruthy();
    await checkNow(user);
    expect(screen.queryByText("操作未完成")).toBeNull();
  });

  it("a failed select shows its error", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    host.failNext(
      "select",
      new HostError("workbook-changed", { zh: "工作簿已切换，请重新校验。", en: "The workbook changed: check again." }),
    );
    await user.click(findingButtons()[0]);
    expect(await screen.findByText("工作簿已切换，请重新校验。")).toBeTruthy();
  });

  it("exports the report as the sheet 校验报告 in the pane's language", async () => {
    const host = handHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(button("导出为工作表“校验报告”"));
    await idle();
    expect(host.exports.map((e) => e.lang)).toEqual(["zh"]);
    expect(host.sheet("校验报告")?.values.flat()).toContain("回购统建房住宅经费");
    expect(screen.getByRole("status").textContent).toBe("已导出工作表“校验报告”");
  });

  it("exports CSV as a UTF-8 Blob with a BOM", async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((b: Blob) => (blobs.push(b), "blob:report"));
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      const user = await renderPane(handHost());
      await checkNow(user);
      await user.click(button("导出 CSV"));
      expect(clicked).toEqual(["校验报告.csv"]);
      expect(blobs[0].type).toBe("text/csv;charset=utf-8");
      const bytes = new Uint8Array(await readBlob(blobs[0]));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new NodeTextDecoder().decode(bytes)).toContain("回购统建房住宅经费");
      expect(screen.getByRole("status").textContent).toBe("已导出 CSV 文件");
    } finally {
      click.mockRestore();
    }
  });
});

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
