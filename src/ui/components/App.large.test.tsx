/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { generateFormGrids } from "../../bench/generateForms";
import { checkWorkbook, type Report, type WorkbookGrid } from "../../engine";
import { readSeedText } from "../../sample/seedFile";
import { DICTIONARIES } from "../i18n";
import { NO_FILTER, visibleFindings } from "../state/findings";
import { FINDINGS_PAGE, MAX_RENDERED_FINDINGS } from "../state/findingWindow";
import { FakePaneHost } from "../testing/fakeHost";
import { button, idle, renderPane } from "../testing/paneTest";
import { FORMS_PAGE, FORMS_SHOWN_COMPACT } from "./FormSummaries";

/**
 * The pane over the generated 1,000-form workbook (≈6,000 findings, as in the browser bench): it renders a bounded
 * window of the findings and a few form cards, yet every finding stays reachable by F8 and by "show more".
 */

const BOUND = 300;
let workbook: WorkbookGrid;
let report: Report;

beforeAll(() => {
  workbook = { sheets: generateFormGrids({ seedText: readSeedText(), forms: 1000 }).sheets };
  report = checkWorkbook(workbook).report;
});

async function renderChecked() {
  const host = new FakePaneHost({ workbook });
  const user = await renderPane(host, 20_000);
  await user.click(button("校验"));
  await idleLong();
  return { host, user };
}

const idleLong = () => idle(20_000);
const buttonStartingWith = (prefix: string) =>
  [...document.querySelectorAll("button")].find((b) => b.textContent?.startsWith(prefix)) ?? null;
const SHOW_MORE = `再显示 ${FINDINGS_PAGE} 个`;
const findingButtons = () => [...document.querySelectorAll<HTMLButtonElement>("button[data-finding-cell]")];
const cellOf = (id: number) => `${report.issues[id].sheet}!${report.issues[id].cell}`;
const pressF8 = (shift = false) => act(() => void fireEvent.keyDown(document, { key: "F8", shiftKey: shift }));

describe("task pane over a 1,000-form report", () => {
  it("is the size the bench measures", () => {
    expect(report.tables).toHaveLength(1000);
    expect(report.issues.length).toBeGreaterThan(5000);
  });

  it("renders a bounded number of findings and form cards; the heading, group counts and announcement cover all", async () => {
    await renderChecked();
    expect(findingButtons().length).toBeGreaterThan(0);
    expect(findingButtons().length).toBeLessThanOrEqual(BOUND);
    expect(document.querySelectorAll("li").length).toBeLessThanOrEqual(BOUND + FORMS_SHOWN_COMPACT);
    expect(screen.getByText(`${DICTIONARIES.zh.findingsHeading} (${report.issues.length})`)).toBeTruthy();
    expect(screen.getByTestId("finding-range").textContent).toBe(`显示第 1–${findingButtons().length} 个，共 ${report.issues.length} 个`);
    expect(screen.getByRole("status").textContent).toContain(`${report.tables.length} 张表`);

    // The first group's badge counts the whole group, not just its rendered part.
    const first = visibleFindings(report, NO_FILTER)[0].finding;
    const inFirstGroup = report.issues.filter((f) => f.table === first.table && f.severity === first.severity).length;
    expect(screen.getAllByRole("group")[0].querySelector("h3")?.textContent).toContain(
      DICTIONARIES.zh.severityPlural[first.severity](inFirstGroup),
    );

    expect(screen.getAllByTestId("form-summary")).toHaveLength(FORMS_SHOWN_COMPACT);
    expect(screen.getByText(`显示前 ${FORMS_SHOWN_COMPACT} 张，共 1000 张`)).toBeTruthy();
  }, 60_000);

  it("F8 steps one by one across the rendered window's edges: each step focuses and selects the next finding", async () => {
    const { host } = await renderChecked();
    const ordered = visibleFindings(report, NO_FILTER);
    const steps = MAX_RENDERED_FINDINGS + 150;
    for (let i = 0; i < steps; i++) {
      pressF8();
      expect(document.activeElement?.getAttribute("data-finding-id")).toBe(String(ordered[i].id));
      if (i % 25 === 0) expect(findingButtons().length).toBeLessThanOrEqual(MAX_RENDERED_FINDINGS);
    }
    expect(document.activeElement?.closest("li")?.getAttribute("aria-current")).toBe("true");
    expect(screen.getByText(`第 ${steps} 个，共 ${ordered.length} 个`)).toBeTruthy();
    await waitFor(() => expect(host.selections).toHaveLength(steps));
    expect(host.selections).toEqual(ordered.slice(0, steps).map((x) => cellOf(x.id)));
  }, 300_000); // hundreds of key presses, each a render in jsdom: a minute on a quiet machine, several on a busy one

  it("Shift+F8 wraps from the start to the last finding (far off the first page), back to the 5,000th: selected, focused", async () => {
    const { host } = await renderChecked();
    const ordered = visibleFindings(report, NO_FILTER);
    const last = ordered[ordered.length - 1].id;
    expect(document.querySelector(`[data-finding-id="${last}"]`)).toBeNull();
    pressF8(true);
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe(cellOf(last));
    expect(findingButtons().length).toBeLessThanOrEqual(BOUND);
    pressF8();
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe(cellOf(ordered[0].id));
    pressF8(true);
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe(cellOf(last));
    let most = 0;
    for (let i = ordered.length - 1; i > 4999; i--) {
      pressF8(true);
      if (i % 25 === 0) most = Math.max(most, findingButtons().length);
    }
    const target = ordered[4999].id;
    expect(document.activeElement?.getAttribute("data-finding-id")).toBe(String(target));
    expect(document.activeElement?.getAttribute("data-finding-cell")).toBe(cellOf(target));
    expect(screen.getByText(`第 5000 个，共 ${ordered.length} 个`)).toBeTruthy();
    expect(most).toBeLessThanOrEqual(BOUND);
    await waitFor(() => expect(host.selections).toHaveLength(ordered.length - 4999 + 2));
    expect(host.selections.slice(0, 3)).toEqual([cellOf(last), cellOf(ordered[0].id), cellOf(last)]);
    expect(host.selections.at(-1)).toBe(cellOf(target));
  }, 300_000); // hundreds of key presses, each a render in jsdom: a minute on a quiet machine, several on a busy one

  it.each([
    ["级别", "错误", (f: Report["issues"][number]) => f.severity === "error"],
    ["级别", "提示", (f: Report["issues"][number]) => f.severity === "info"],
    ["类别", DICTIONARIES.zh.codes["score-mismatch"], (f: Report["issues"][number]) => f.code === "score-mismatch"],
  ])(
    "the %s filter %s still narrows the whole report, not just the rendered window",
    async (label, option, keep) => {
      const { user } = await renderChecked();
      const expected = report.issues.filter(keep).length;
      expect(expected).toBeGreaterThan(0);
      await user.selectOptions(screen.getByLabelText(label), option);
      // A new list is drawn a few findings per task.
      await idleLong();
      const shown = findingButtons();
      expect(shown.length).toBe(Math.min(expected, FINDINGS_PAGE));
      for (const b of shown) expect(keep(report.issues[Number(b.getAttribute("data-finding-id"))])).toBe(true);
      if (expected > shown.length)
        expect(screen.getByTestId("finding-range").textContent).toBe(`显示第 1–${shown.length} 个，共 ${expected} 个`);
    },
    60_000,
  );

  it("显示更多 adds a page and focuses its first finding; the window slides instead of growing past the bound", async () => {
    const { user } = await renderChecked();
    const ordered = visibleFindings(report, NO_FILTER);
    const firstPage = findingButtons().length;
    await user.click(buttonStartingWith(SHOW_MORE)!);
    expect(findingButtons()).toHaveLength(2 * firstPage);
    expect(document.activeElement?.getAttribute("data-finding-id")).toBe(String(ordered[firstPage].id));
    for (let i = 0; i < 4; i++) await user.click(buttonStartingWith(SHOW_MORE)!);
    expect(findingButtons().length).toBeLessThanOrEqual(MAX_RENDERED_FINDINGS);
    expect(findingButtons().at(-1)?.getAttribute("data-finding-id")).toBe(String(ordered[6 * firstPage - 1].id));
    // What slid out is one click away, above the list.
    const earlier = buttonStartingWith("显示前面的")!;
    expect(earlier).not.toBeNull();
    await user.click(earlier);
    const start = Number(/第 (\d+)–/.exec(screen.getByTestId("finding-range").textContent ?? "")?.[1]) - 1;
    expect(document.activeElement?.getAttribute("data-finding-id")).toBe(String(ordered[start].id));
  }, 60_000);

  it("more form cards on request, with the count left, focus on the first new card", async () => {
    const { user } = await renderChecked();
    await user.click(button(`再显示 ${FORMS_PAGE} 张（还有 ${1000 - FORMS_SHOWN_COMPACT} 张）`));
    const cards = screen.getAllByTestId("form-summary");
    expect(cards).toHaveLength(FORMS_SHOWN_COMPACT + FORMS_PAGE);
    // Focus goes to the first new card's title, the button that selects its form.
    expect(document.activeElement).toBe(cards[FORMS_SHOWN_COMPACT].querySelector("h3 button"));
    expect(cards[FORMS_SHOWN_COMPACT].querySelector("h3")?.textContent).toBe(report.tables[FORMS_SHOWN_COMPACT].project);
  }, 60_000);
});
