/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { LeftAlone, TakeBackOutcome } from "../../app/host";
import { FakePaneHost } from "../testing/fakeHost";
import { handReport } from "../testing/handReport";
import { handWorkbook } from "../testing/handWorkbook";
import { button, idle, renderPane } from "../testing/paneTest";
import { LEFT_ALONE_SHOWN } from "./TakeBackResult";

const left = (sheet: string, cell: string, what: LeftAlone["what"], reason: LeftAlone["reason"]): LeftAlone => ({
  sheet,
  cell,
  what,
  reason,
});

/** A pane whose 撤销填充 / 清除标记 answer `outcome` (buttons enabled: the workbook has a mark and a fill on record). */
async function paneAnswering(action: "撤销填充" | "清除标记", outcome: TakeBackOutcome) {
  const host = new FakePaneHost({ workbook: handWorkbook(), checker: () => handReport() });
  await host.check({ profile: "mof-2020", mark: ["error"], notes: false, lang: "zh" });
  await host.fill({ profile: "mof-2020", mark: [], notes: false, lang: "zh" }, false);
  host.undoFill = async () => outcome;
  host.clearMarks = async () => outcome;
  // Generous waits: this machine is shared, and each step re-renders the whole pane.
  const user = await renderPane(host, 5000);
  await user.click(button(action));
  await idle(5000);
  return { host, user, result: () => screen.queryByTestId("take-back") };
}

describe("what 清除标记 and 撤销填充 show", () => {
  it.each<[string, "撤销填充" | "清除标记", TakeBackOutcome, string, [string, string[], boolean][]]>([
    ["all taken back", "撤销填充", { restored: 3, leftAlone: [] }, "撤销填充：已恢复 3 处", []],
    [
      "cells changed since, values and notes, each a link",
      "清除标记",
      { restored: 5, leftAlone: [left("表1", "H21", "value", "changed"), left("表1", "H20", "note", "changed")] },
      "清除标记：已恢复 5 处",
      [["已被修改，未恢复（2 处）", ["表1!H21（得分）", "表1!H20（批注）"], true]],
    ],
    [
      "a sheet gone: kept in the record, no link",
      "撤销填充",
      { restored: 0, leftAlone: [left("旧表", "H14", "value", "sheet-missing")] },
      "撤销填充：已恢复 0 处",
      [["找不到工作表，记录保留（1 处）", ["旧表!H14（得分）"], false]],
    ],
    [
      "every reason, in a fixed order",
      "撤销填充",
      {
        restored: 1,
        leftAlone: [
          left("旧表", "H14", "value", "sheet-missing"),
          left("表1", "Z9", "value", "unsafe"),
          left("表1", "H21", "value", "changed"),
        ],
      },
      "撤销填充：已恢复 1 处",
      [
        ["已被修改，未恢复（1 处）", ["表1!H21（得分）"], true],
        ["记录不可信，未恢复（1 处）", ["表1!Z9（得分）"], true],
        ["找不到工作表，记录保留（1 处）", ["旧表!H14（得分）"], false],
      ],
    ],
  ])("%s", async (_label, action, outcome, title, groups) => {
    const { result } = await paneAnswering(action, outcome);
    const bar = result()!;
    expect(bar.textContent).toContain(title);
    const sections = [...bar.querySelectorAll("section[data-reason]")];
    expect(
      sections.map((section) => {
        const items = [...section.querySelectorAll("[data-testid=left-alone]")];
        return [
          section.querySelector("h3")!.textContent,
          items.map((li) => li.textContent),
          items.every((li) => li.querySelector("button") !== null),
        ];
      }),
    ).toEqual(groups);
  });

  it("a link selects its cell; the bar goes with the next action or when dismissed", async () => {
    const { host, user, result } = await paneAnswering("撤销填充", { restored: 0, leftAlone: [left("表1", "H21", "value", "changed")] });
    await user.click(within(result()!).getByRole("button", { name: "转到 表1!H21（得分）" }));
    await waitFor(() => expect(host.selections).toEqual(["表1!H21"]));
    await user.click(within(result()!).getByRole("button", { name: "关闭提示" }));
    expect(result()).toBeNull();
    await user.click(button("撤销填充"));
    await idle(5000);
    expect(result()).not.toBeNull();
    await user.click(button("校验"));
    await idle(5000);
    expect(result()).toBeNull();
  });

  it("a long list shows its first cells and the rest on request", async () => {
    const many = Array.from({ length: LEFT_ALONE_SHOWN + 70 }, (_, i) => left("表1", `H${i + 1}`, "value", "changed"));
    const { user, result } = await paneAnswering("撤销填充", { restored: 0, leftAlone: many });
    expect(result()!.querySelectorAll("[data-testid=left-alone]")).toHaveLength(LEFT_ALONE_SHOWN);
    await user.click(within(result()!).getByRole("button", { name: `显示全部 ${many.length} 处` }));
    expect(result()!.querySelectorAll("[data-testid=left-alone]")).toHaveLength(many.length);
  });

  it("says when the record was refused, unless the pane already says so", async () => {
    const { result } = await paneAnswering("撤销填充", {
      restored: 0,
      leftAlone: [],
      recordProblem: { zh: "记录已被改动", en: "altered" },
    });
    expect(result()!.textContent).toContain("工作簿中的校验记录无法使用：记录已被改动，未据此修改任何单元格。");
  });
});

describe("a record that fails validation", () => {
  it("is named in a warning bar, and 清除标记 then removes our marks by their tag and changes no cell on its account", async () => {
    const host = new FakePaneHost({ workbook: handWorkbook(), checker: () => handReport() });
    await host.check({ profile: "mof-2020", mark: ["error"], notes: false, lang: "zh" });
    host.memory.plantRecordText("SELFEVAL-RECORD/2 00000000 4\nAAAA");
    const before = JSON.stringify(host.workbook);
    const user = await renderPane(host, 5000);
    const bar = screen.getByTestId("record-problem");
    expect(bar.textContent).toContain("工作簿中的校验记录无法使用：记录不完整或已被改动（校验和不符），未据此修改任何单元格。");
    await user.click(button("清除标记"));
    await idle(5000);
    expect(JSON.stringify(host.workbook)).toBe(before);
    expect(host.memory.countMarks()).toBe(0);
    // Said once, in the bar; the outcome does not repeat it.
    expect(screen.getByTestId("take-back").textContent).not.toContain("无法使用");
    expect(screen.getByTestId("record-problem")).toBeTruthy();
  });
});
