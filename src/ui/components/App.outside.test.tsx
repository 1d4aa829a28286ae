/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { checkWorkbook, type Report } from "../../engine";
import { DEFAULT_SETTINGS, type PaneHost, type PaneSettings } from "../../app/host";
import { EMPTY_REVIEWS, withFindingReview } from "../../app/review/decision";
import { seedSheet } from "../../sample/seedFile";
import { DICTIONARIES } from "../i18n";
import { FakePaneHost } from "../testing/fakeHost";
import { button, idle, renderPane } from "../testing/paneTest";

/**
 * A host whose workbook is also checked from outside the pane (the workbench's 全部校验): it keeps the last report
 * and tells its listeners of each new one, as the browser host does.
 */
class SharedHost extends FakePaneHost {
  private last: Report | null = null;
  private readonly listeners = new Set<(report: Report) => void>();

  constructor() {
    super({ workbook: { sheets: [seedSheet()] } });
    const own = this.check;
    this.check = async (settings: PaneSettings) => this.reported(await own(settings));
  }

  lastReport = () => this.last;

  onReport = (listener: (report: Report) => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private reported(report: Report): Report {
    this.last = report;
    for (const l of this.listeners) l(report);
    return report;
  }
}

const heading = () => screen.queryByRole("heading", { name: /^问题 \(\d+\)$/ });
const issueCount = (r: Report) => r.issues.length;

describe("a report the pane did not ask for", () => {
  it("shows the host's last report at once, with the decisions stored for it", async () => {
    const host = new SharedHost();
    const report = await host.check(DEFAULT_SETTINGS);
    const first = report.issues.find((f) => f.cell)!;
    await host.saveReviews(withFindingReview(EMPTY_REVIEWS, report, first, "accept", ""));
    await renderPane(host);
    expect(heading()?.textContent).toBe(`问题 (${issueCount(report)})`);
    const item = document.querySelector(`button[data-finding-cell="${first.sheet}!${first.cell}"]`)!.closest("li")!;
    expect(item.querySelector('button[data-decision="accept"]')!.getAttribute("aria-pressed")).toBe("true");
    expect(host.calls.filter((c) => c.method === "check")).toHaveLength(1);
  });

  it("shows a report that arrives while it is open, without its own 校验", async () => {
    const host = new SharedHost();
    await renderPane(host);
    expect(heading()).toBeNull();
    const before = host.calls.filter((c) => c.method === "loadReviews").length;
    let report!: Report;
    await act(async () => {
      report = await host.check(DEFAULT_SETTINGS);
    });
    await idle();
    expect(heading()?.textContent).toBe(`问题 (${issueCount(report)})`);
    expect(host.calls.filter((c) => c.method === "loadReviews").length).toBe(before + 1);
  });

  it("its own 校验 loads the decisions once", async () => {
    const host = new SharedHost();
    const user = await renderPane(host);
    const before = host.calls.filter((c) => c.method === "loadReviews").length;
    await user.click(button("校验"));
    await idle();
    expect(heading()).not.toBeNull();
    expect(host.calls.filter((c) => c.method === "loadReviews").length).toBe(before + 1);
  });
});

describe("after a reload, the results of the check before it", () => {
  const restoredNote = () => screen.queryByTestId("restored-results")?.textContent ?? null;

  it.each<[string, (host: SharedHost, before: Report) => Promise<void>, boolean]>([
    ["shown, said to be restored, without a check or a write", async () => undefined, true],
    ["a check of this visit comes first", async (host) => void (await host.check(DEFAULT_SETTINGS)), false],
  ])("%s", async (_what, meanwhile, saidRestored) => {
    const host = new SharedHost();
    const before = checkWorkbook(host.workbook).report;
    Object.assign(host, { restoredReport: () => before });
    await meanwhile(host, before);
    const calls = host.calls.length;
    await renderPane(host);
    expect(heading()?.textContent).toBe(`问题 (${issueCount(before)})`);
    expect(restoredNote()).toBe(saidRestored ? DICTIONARIES.zh.review.restored : null);
    expect(
      host.calls.slice(calls).filter((c) => c.method !== "loadReviews" && c.method !== "state" && c.method !== "loadSettings"),
    ).toEqual([]);
  });

  it("says so no more once the pane checks", async () => {
    const host = new SharedHost();
    Object.assign(host, { restoredReport: () => checkWorkbook(host.workbook).report });
    const user = await renderPane(host);
    expect(restoredNote()).not.toBeNull();
    await user.click(button("校验"));
    await idle();
    expect(restoredNote()).toBeNull();
    expect(DICTIONARIES.en.review.restored).toContain("before the page was reloaded");
  });
});

describe("打印审核意见 names the units the forms write", () => {
  const forms = checkWorkbook({ sheets: [seedSheet()] }).forms;

  it.each<[string, (h: FakePaneHost) => void, (i: number) => string]>([
    ["from the host's facts", () => undefined, (i) => forms[i].department!],
    ["blank where the host has none", (h) => Object.assign(h, { formFacts: undefined }), () => "（未填写）"],
    [
      "blank where the workbook's forms no longer match the report",
      (h) => Object.assign(h, { formFacts: async () => [] }),
      () => "（未填写）",
    ],
  ])("%s", async (_name, change, expected) => {
    window.print = jest.fn();
    const host = new FakePaneHost({ workbook: { sheets: [seedSheet()] } });
    change(host);
    const user = await renderPane(host as PaneHost);
    await user.click(button("校验"));
    await idle();
    await user.click(button("打印审核意见"));
    const pages = await screen.findAllByTestId("opinion-page");
    expect(pages).toHaveLength(forms.length);
    pages.forEach((page, i) => {
      const term = within(page).getByText("主管部门");
      expect(term.nextElementSibling?.textContent).toBe(expected(i));
    });
  });
});
