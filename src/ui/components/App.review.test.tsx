/** @jest-environment jsdom */
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { checkWorkbook, parseA1, type CheckOptions, type Report } from "../../engine";
import { seedSheet } from "../../sample/seedFile";
import { FakePaneHost } from "../testing/fakeHost";
import { handReport } from "../testing/handReport";
import { handWorkbook } from "../testing/handWorkbook";
import { button, idle, renderPane } from "../testing/paneTest";
import { NOTE_SAVE_DELAY } from "../state/useReviews";

type User = ReturnType<typeof userEvent.setup>;

/** handReport judged as the settings say (profile, language); `edit` changes it before each check. */
function reviewHost(edit: (r: Report) => Report = (r) => r) {
  const checker = (_grid: unknown, o: CheckOptions) => edit({ ...handReport(), profile: o.profile ?? "mof-2020", lang: o.lang ?? "zh" });
  return new FakePaneHost({ workbook: handWorkbook(), checker });
}

async function checkNow(user: User) {
  await user.click(button("校验"));
  await idle();
}

/** The decision controls of the finding on `cell` ("表1!H20"). */
function findingItem(cell: string): HTMLElement {
  return document.querySelector(`button[data-finding-cell="${cell}"]`)!.closest("li")!;
}
const decisionButton = (cell: string, decision: "accept" | "ignore") =>
  findingItem(cell).querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`)!;
const pressed = (b: HTMLButtonElement) => b.getAttribute("aria-pressed") === "true";
const shownCells = () => [...document.querySelectorAll("button[data-finding-cell]")].map((b) => b.getAttribute("data-finding-cell"));

describe("review decisions in the pane", () => {
  it("a decision is saved with the workbook, shown again in a new pane over it, and kept by a re-check", async () => {
    const host = reviewHost();
    let user = await renderPane(host);
    await checkNow(user);
    await user.click(decisionButton("表1!H20", "accept"));
    await waitFor(async () => expect((await host.loadReviews()).findings.map((f) => f.decision)).toEqual(["accept"]));
    expect(decisionButton("表1!H20", "accept").textContent).toBe("已接受");

    cleanup();
    user = await renderPane(host);
    await checkNow(user);
    expect(pressed(decisionButton("表1!H20", "accept"))).toBe(true);
    expect(pressed(decisionButton("表1!H30", "accept"))).toBe(false);
    await checkNow(user);
    expect(pressed(decisionButton("表1!H20", "accept"))).toBe(true);
  });

  it("a second click on the decision taken clears it", async () => {
    const host = reviewHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(decisionButton("表1!H30", "ignore"));
    await user.click(decisionButton("表1!H30", "ignore"));
    expect(pressed(decisionButton("表1!H30", "ignore"))).toBe(false);
    await waitFor(async () => expect((await host.loadReviews()).findings).toEqual([]));
  });

  it("a note is saved shortly after typing stops, with its decision", async () => {
    const host = reviewHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(decisionButton("表1!H20", "ignore"));
    await user.type(within(findingItem("表1!H20")).getByRole("textbox", { name: "备注" }), "已核实");
    await waitFor(async () => expect((await host.loadReviews()).findings[0]).toMatchObject({ decision: "ignore", note: "已核实" }), {
      timeout: NOTE_SAVE_DELAY + 1000,
    });
  });

  it("when the finding's values change, its decision shows 情况已变化 and it counts as open again", async () => {
    let changed = false;
    const host = reviewHost((r) => {
      if (changed) r.issues[0] = { ...r.issues[0], messages: { zh: "填报得分 6 高于计算得分 3.75", en: "reported 6 is above 3.75" } };
      return r;
    });
    const user = await renderPane(host);
    await checkNow(user);
    const firstCard = () => screen.getAllByTestId("form-summary")[0];
    expect(firstCard().textContent).toContain("未处理 4 条");
    await user.click(decisionButton("表1!H20", "accept"));
    expect(firstCard().textContent).toContain("未处理 3 条");
    expect(within(findingItem("表1!H20")).queryByTestId("review-changed")).toBeNull();

    changed = true;
    await checkNow(user);
    expect(within(findingItem("表1!H20")).getByTestId("review-changed").textContent).toBe("情况已变化");
    expect(pressed(decisionButton("表1!H20", "accept"))).toBe(false);
    expect(firstCard().textContent).toContain("未处理 4 条");
  });

  it.each([
    ["未处理", ["表1!H30", "表1!I20", "表1!E60"]],
    ["已接受", ["表1!H20"]],
    ["已忽略", ["表1!H21"]],
    ["情况已变化", []],
    ["全部", ["表1!H20", "表1!H30", "表1!I20", "表1!H21", "表1!E60"]],
  ])("the review filter %s", async (option, cells) => {
    const user = await renderPane(reviewHost());
    await checkNow(user);
    await user.click(decisionButton("表1!H20", "accept"));
    await user.click(decisionButton("表1!H21", "ignore"));
    await user.selectOptions(screen.getByLabelText("处理情况"), option);
    expect(shownCells()).toEqual(cells);
  });

  it("a form's decision and note are saved and shown again after a re-check", async () => {
    const host = reviewHost();
    const user = await renderPane(host);
    await checkNow(user);
    const second = () => screen.getAllByTestId("form-summary")[1];
    await user.selectOptions(within(second()).getByRole("combobox"), "退回修改");
    await user.type(within(second()).getByRole("textbox"), "请补充说明");
    await waitFor(async () => expect((await host.loadReviews()).forms).toMatchObject([{ decision: "revise", note: "请补充说明" }]), {
      timeout: NOTE_SAVE_DELAY + 1000,
    });
    await checkNow(user);
    expect((within(second()).getByRole("combobox") as HTMLSelectElement).value).toBe("revise");
    expect((within(second()).getByRole("textbox") as HTMLInputElement).value).toBe("请补充说明");
  });
});

describe("stale results", () => {
  it.each([
    ["the profile", async (user: User) => user.selectOptions(screen.getByLabelText("评分规则"), "湖北（执行率 20 分）")],
    ["the language", async (user: User) => user.click(screen.getByRole("radio", { name: "English" }))],
  ])("changing %s marks the results stale until 重新校验", async (_what, change) => {
    const host = reviewHost();
    const user = await renderPane(host);
    await checkNow(user);
    expect(screen.getByTestId("checked-with").textContent).toBe("校验规则：财预〔2020〕10号（默认）；语言：中文");
    expect(screen.queryByTestId("stale-bar")).toBeNull();
    await user.click(button("设置"));
    await change(user);
    const bar = screen.getByTestId("stale-bar");
    expect(host.calls.filter((c) => c.method === "check")).toHaveLength(1);
    await user.click(within(bar).getByRole("button"));
    await idle();
    expect(screen.queryByTestId("stale-bar")).toBeNull();
    expect(host.calls.filter((c) => c.method === "check")).toHaveLength(2);
  });
});

describe("forms", () => {
  it("a form card selects its form; 下一张表 / 上一张表 step through the forms", async () => {
    const host = reviewHost();
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(button("下一张表"));
    await user.click(button("下一张表"));
    await user.click(button("上一张表"));
    await user.click(screen.getAllByTestId("form-summary")[1].querySelector("h3 button")!);
    await waitFor(() => expect(host.selections).toEqual(["表1!A1", "表1!A40", "表1!A1", "表1!A40"]));
    expect(screen.getByText("第 2 / 2 张")).toBeTruthy();
  });

  it("with 20 forms or more the list starts compact: one line per form", async () => {
    const many = (r: Report): Report => ({
      ...r,
      tables: Array.from({ length: 24 }, (_, i) => ({ ...r.tables[i % 2], project: `项目${i + 1}` })),
    });
    const user = await renderPane(reviewHost(many));
    await checkNow(user);
    const compact = screen.getByRole("switch", { name: "紧凑列表" }) as HTMLInputElement;
    expect(compact.checked).toBe(true);
    expect(screen.getAllByTestId("form-summary")).toHaveLength(24);
    expect(screen.getAllByTestId("form-summary")[0].textContent).not.toContain("填报总分");
    await user.click(compact);
    expect(screen.getAllByTestId("form-summary")[0].textContent).toContain("填报总分");
  });
});

describe("审核意见", () => {
  it("打印审核意见 prints one page per form listing only the open findings, with the form's decision", async () => {
    const print = jest.fn();
    window.print = print;
    const user = await renderPane(reviewHost());
    await checkNow(user);
    await user.click(decisionButton("表1!H20", "accept"));
    await user.selectOptions(within(screen.getAllByTestId("form-summary")[0]).getByRole("combobox"), "通过");
    await user.click(button("打印审核意见"));
    const pages = await screen.findAllByTestId("opinion-page");
    expect(pages).toHaveLength(2);
    expect(print).toHaveBeenCalledTimes(1);
    expect(pages[0].textContent).toContain("H30");
    expect(pages[0].textContent).not.toContain("H20");
    expect(pages[0].textContent).toContain("☑ 通过");
    await user.click(button("关闭打印视图"));
    expect(screen.queryAllByTestId("opinion-page")).toHaveLength(0);
  });

  it("exports the sheet 审核意见 through the host", async () => {
    const host = reviewHost();
    const written: string[] = [];
    Object.assign(host, { exportOpinionSheet: async (_r: Report, lang: string) => void written.push(lang) });
    const user = await renderPane(host);
    await checkNow(user);
    await user.click(button("导出审核意见"));
    await idle();
    expect(written).toEqual(["zh"]);
    expect(screen.getByRole("status").textContent).toBe("已导出工作表“审核意见”");
  });
});

describe("several panes in one page", () => {
  it("repeat no element id", async () => {
    await renderPane(reviewHost());
    const user = await renderPane(reviewHost());
    for (const b of screen.getAllByRole("button", { name: "校验" })) {
      await act(async () => user.click(b));
      await idle();
    }
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("填充得分 over the real engine", () => {
  /** The seed's forms with one quantitative and one qualitative score emptied. */
  function blankedSeed() {
    const sheet = seedSheet();
    const { report } = checkWorkbook({ sheets: [sheet] });
    const rows = report.tables.flatMap((t) => t.indicators).filter((i) => i.scoreCell && i.computedScore !== null && !i.group);
    const quantitative = rows.find((i) => i.scoreRange === null)!;
    const qualitative = rows.find((i) => i.scoreRange !== null)!;
    for (const i of [quantitative, qualitative]) {
      const at = parseA1(i.scoreCell!)!;
      sheet.values[at.row - sheet.originRow][at.col - sheet.originCol] = null;
    }
    const address = (i: typeof quantitative) => `${sheet.name}!${i.scoreCell}`;
    return { host: new FakePaneHost({ workbook: { sheets: [sheet] } }), quantitative, qualitative, address };
  }
  const previewed = () => screen.getAllByTestId("preview-write", {}).map((li) => li.textContent ?? "");

  it.each([
    ["fills qualitative rows by default", false, true],
    ["leaves them to the reviewer when the setting is off", true, false],
  ])("%s", async (_name, turnOff, listed) => {
    const { host, quantitative, qualitative, address } = blankedSeed();
    const user = await renderPane(host);
    if (turnOff) {
      await user.click(button("设置"));
      await user.click(screen.getByRole("switch", { name: /填充定性指标的得分/ }));
      await waitFor(async () => expect((await host.loadSettings()).fillQualitative).toBe(false));
    }
    await user.click(button("填充得分"));
    await screen.findByRole("dialog", { hidden: true });
    const lines = previewed();
    expect(lines.some((l) => l.includes(`${quantitative.name}（${address(quantitative)}）`))).toBe(true);
    expect(lines.some((l) => l.includes(`（${address(qualitative)}）`))).toBe(listed);
    // Non-modal: the pane (and the sheet beside it) is not hidden or shaded behind the preview.
    expect(document.querySelector("[aria-hidden='true'] main")).toBeNull();
  });

  it("after a fill the shown findings are those of the filled sheet", async () => {
    const { host, quantitative, address } = blankedSeed();
    const user = await renderPane(host);
    await checkNow(user);
    const here = () =>
      [...document.querySelectorAll(`button[data-finding-cell="${address(quantitative)}"]`)].map((b) => b.textContent ?? "");
    expect(here().some((text) => text.includes("得分为空"))).toBe(true);
    await user.click(button("填充得分"));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await user.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
    await idle();
    expect(host.calls.filter((c) => c.method === "check")).toHaveLength(2);
    expect(here().some((text) => text.includes("得分为空"))).toBe(false);
  });
});
