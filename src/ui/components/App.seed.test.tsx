/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook, parseA1, type WorkbookGrid } from "../../engine";
import { DEFAULT_SETTINGS } from "../../app/host";
import { DICTIONARIES } from "../i18n";
import { FakePaneHost } from "../testing/fakeHost";
import { seedSheet } from "../../sample/seedFile";
import { button, idle, renderPane } from "../testing/paneTest";

/** The pane over the real engine and the seed's six forms, end to end through FakePaneHost. */

describe("task pane over the seed workbook and the real engine", () => {
  it("插入示例 on an empty workbook inserts the seed and shows what the engine finds in it", async () => {
    const host = new FakePaneHost({ sample: seedSheet("示例") });
    const user = await renderPane(host);
    await user.click(button("插入示例"));
    await idle();

    const { report } = checkWorkbook({ sheets: [seedSheet("示例")] });
    expect(report.tables).toHaveLength(6);
    const summaries = screen.getAllByTestId("form-summary");
    expect(summaries.map((s) => s.querySelector("h3")?.textContent)).toEqual(report.tables.map((t) => t.project));
    const count = (sev: "error" | "warning" | "info") => report.issues.filter((f) => f.severity === sev).length;
    expect(screen.getByRole("status").textContent).toBe(
      DICTIONARIES.zh.announceChecked({ tables: 6, errors: count("error"), warnings: count("warning"), infos: count("info") }),
    );
    expect(document.querySelectorAll("button[data-finding-cell]")).toHaveLength(report.issues.length);
    // The seed's first form reports 90 where its parts add up to 100.
    expect(summaries[0].textContent).toContain("填报总分 90 · 计算总分 100 ≠");
    expect((await host.state()).marks).toBeGreaterThan(0);
  });

  it("F8 selects the first finding's cell in the sheet", async () => {
    const host = new FakePaneHost({ workbook: { sheets: [seedSheet()] } });
    const user = await renderPane(host);
    await user.click(button("校验"));
    await idle();
    await user.keyboard("{F8}");
    const first = document.querySelector("button[data-finding-cell]")!.getAttribute("data-finding-cell");
    await waitFor(() => expect(host.selections).toEqual([first]));
  });

  it("a blanked score is previewed, filled with the computed score, and 撤销填充 empties it again", async () => {
    const sheet = seedSheet();
    const grid: WorkbookGrid = { sheets: [sheet] };
    const indicator = checkWorkbook(grid).report.tables[0].indicators.find((i) => i.scoreCell && i.computedScore !== null)!;
    const at = parseA1(indicator.scoreCell!)!;
    sheet.values[at.row - sheet.originRow][at.col - sheet.originCol] = null;

    const host = new FakePaneHost({ workbook: grid });
    const user = await renderPane(host);
    await user.click(button("填充得分"));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    const writes = within(dialog)
      .getAllByTestId("preview-write")
      .map((li) => li.textContent);
    const table = checkWorkbook(grid).report.tables[0];
    expect(writes).toContain(`${table.project} · ${indicator.name}（${sheet.name}!${indicator.scoreCell}） → ${indicator.computedScore}`);
    await user.click(within(dialog).getByRole("button", { name: "写入", hidden: true }));
    await idle();
    expect(host.valueAt(sheet.name, at.row, at.col)).toBe(indicator.computedScore);
    await waitFor(() => expect(button("撤销填充").getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(button("撤销填充"));
    await idle();
    expect(host.valueAt(sheet.name, at.row, at.col)).toBeNull();
    // Exactly the previewed cells, and nothing else, may be written.
    expect(host.calls.filter((c) => c.method === "fill").map((c) => c.args)).toEqual([
      [DEFAULT_SETTINGS, false, [{ sheet: sheet.name, row: at.row, col: at.col }]],
    ]);
  });

  it("撤销填充 leaves a score the user retyped since, lists it, and its link selects the cell", async () => {
    const sheet = seedSheet();
    const indicator = checkWorkbook({ sheets: [sheet] }).report.tables[0].indicators.find((i) => i.scoreCell && i.computedScore !== null)!;
    const at = parseA1(indicator.scoreCell!)!;
    sheet.values[at.row - sheet.originRow][at.col - sheet.originCol] = null;
    const host = new FakePaneHost({ workbook: { sheets: [sheet] } });
    const user = await renderPane(host);
    await user.click(button("填充得分"));
    await user.click(within(await screen.findByRole("dialog", { hidden: true })).getByRole("button", { name: "写入", hidden: true }));
    await idle();
    host.memory.userSetValue({ sheet: sheet.name, ...at }, 1);
    await waitFor(() => expect(button("撤销填充").getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(button("撤销填充"));
    await idle();
    expect(host.valueAt(sheet.name, at.row, at.col)).toBe(1);
    const result = screen.getByTestId("take-back");
    expect(result.textContent).toContain("撤销填充：已恢复 0 处");
    expect(result.textContent).toContain("已被修改，未恢复（1 处）");
    await user.click(within(result).getByRole("button", { name: `转到 ${sheet.name}!${indicator.scoreCell}（得分）` }));
    await waitFor(() => expect(host.selections).toEqual([`${sheet.name}!${indicator.scoreCell}`]));
  });
});
