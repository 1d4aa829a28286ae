import { DEFAULT_SETTINGS, HostError, type PaneHost } from "../../app/host";
import type { Report } from "../../engine";
import type { ExcelPaneHost, LastRun } from "./excelHost";
import { RIBBON_FUNCTIONS, ribbonActions } from "./ribbon";

const report: Report = {
  profile: "mof-2020",
  lang: "zh",
  tables: [],
  notices: [],
  issues: [
    {
      code: "score-empty",
      severity: "info",
      sheet: "表1",
      row: 3,
      col: 8,
      cell: "H3",
      message: "",
      messages: { zh: "", en: "" },
      table: 0,
    },
    {
      code: "score-mismatch",
      severity: "error",
      sheet: "表1",
      row: 9,
      col: 8,
      cell: "H9",
      message: "",
      messages: { zh: "", en: "" },
      table: 0,
    },
  ],
};

function hostWith(overrides: Partial<PaneHost> = {}) {
  const runs: LastRun[] = [];
  const selected: string[] = [];
  const host = {
    kind: "excel",
    loadSettings: async () => DEFAULT_SETTINGS,
    check: async () => report,
    previewFill: async () => ({ edits: [{ kind: "value", at: { sheet: "表1", row: 2, col: 7 }, value: 5 }], skipped: [] }),
    fill: async () => 1,
    clearMarks: async () => ({ restored: 4, leftAlone: [{ sheet: "表1", cell: "H9", what: "note", reason: "changed" }] }),
    undoFill: async () => ({ restored: 1, leftAlone: [], recordProblem: { zh: "记录不完整", en: "truncated" } }),
    select: async (sheet: string, cell: string) => void selected.push(`${sheet}!${cell}`),
    rememberRun: async (r: LastRun) => void runs.push(r),
    lastRun: () => null,
    ...overrides,
  } as unknown as ExcelPaneHost;
  return { host, runs, selected };
}

const fire = (action: (e: { completed(): void }) => void) =>
  new Promise<number>((resolve) => {
    let completed = 0;
    action({ completed: () => resolve(++completed) });
  });

const now = () => new Date("2024-05-01T08:00:00Z");

/** A stand-in for the dialog: records the text, and closes when the test says so. */
function dialog() {
  const told: { zh: string; en: string }[] = [];
  let close: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (close = resolve));
  return {
    told,
    close: () => close(),
    tell: async (text: { zh: string; en: string }) => {
      told.push(text);
      return closed;
    },
  };
}

describe("ribbon actions", () => {
  it("exist for every function name", () => expect(Object.keys(ribbonActions(hostWith().host))).toEqual([...RIBBON_FUNCTIONS]));

  it("校验 records the outcome and selects the first marked finding", async () => {
    const { host, runs, selected } = hostWith();
    expect(await fire(ribbonActions(host, { now }).runCheck)).toBe(1);
    expect(runs).toEqual([{ action: "check", at: "2024-05-01T08:00:00.000Z", forms: 0, counts: { error: 1, warning: 0, info: 1 } }]);
    expect(selected).toEqual(["表1!H9"]);
  });

  it.each([
    ["fillScores", { action: "fill", cells: 1, skipped: 0 }],
    ["clearMarks", { action: "clear", cells: 4, leftAlone: 1 }],
    ["undoFill", { action: "undo", cells: 1, leftAlone: 0, recordProblem: { zh: "记录不完整", en: "truncated" } }],
  ] as const)("%s records what it did", async (name, expected) => {
    const { host, runs } = hostWith();
    await fire(ribbonActions(host, { now })[name]);
    expect(runs).toEqual([{ at: "2024-05-01T08:00:00.000Z", ...expected }]);
  });

  it.each([
    ["a HostError", new HostError("protected", { zh: "受保护", en: "protected" }), { zh: "受保护", en: "protected" }],
    ["anything else", new Error("boom"), { zh: "未知错误：Error: boom", en: "Unexpected error: Error: boom" }],
  ])("completes the event and records %s", async (_, error, messages) => {
    const { host, runs } = hostWith({ check: async () => Promise.reject(error) });
    expect(await fire(ribbonActions(host, { now }).runCheck)).toBe(1);
    expect(runs[0].error).toEqual(messages);
  });

  it("says why a command failed in a dialog, and completes only once it is closed", async () => {
    const { host } = hostWith({
      fill: async () => Promise.reject(new HostError("protected", { zh: "工作表受保护", en: "a sheet is protected" })),
    });
    const d = dialog();
    let completed = 0;
    ribbonActions(host, { now, tell: d.tell }).fillScores({ completed: () => void completed++ });
    await new Promise((r) => setTimeout(r, 10));
    expect(d.told).toEqual([{ zh: "填充得分未完成：工作表受保护", en: "Fill scores did not finish: a sheet is protected" }]);
    expect(completed).toBe(0);
    d.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(completed).toBe(1);
  });

  it("shows no dialog when the command succeeds", async () => {
    const d = dialog();
    await fire(ribbonActions(hostWith().host, { now, tell: d.tell }).clearMarks);
    expect(d.told).toEqual([]);
  });

  it("completes the event even when the dialog fails", async () => {
    const { host } = hostWith({ check: async () => Promise.reject(new Error("boom")) });
    expect(await fire(ribbonActions(host, { now, tell: async () => Promise.reject(new Error("no dialog")) }).runCheck)).toBe(1);
  });

  it.each([
    ["lands on the first sheet whose cell it can select", ["表1"], "表2!H4"],
    ["gives up quietly when it can select none", ["表1", "表2", "表3"], null],
  ])("after 校验 %s", async (_, hidden, landed) => {
    const issue = (sheet: string, row: number) => ({ ...report.issues[1], sheet, row, cell: `H${row}` });
    const many: Report = { ...report, issues: [issue("表1", 9), issue("表1", 3), issue("表2", 4), issue("表3", 5)] };
    const tried: string[] = [];
    const { host, runs } = hostWith({
      check: async () => many,
      select: async (sheet: string, cell: string) => {
        tried.push(`${sheet}!${cell}`);
        if (hidden.includes(sheet)) throw new HostError("failed", { zh: "已隐藏", en: "hidden" });
      },
    });
    await fire(ribbonActions(host, { now }).runCheck);
    expect(tried.at(-1) === landed || landed === null).toBe(true);
    expect(tried[0]).toBe("表1!H9");
    expect(new Set(tried.map((t) => t.split("!")[0])).size).toBe(tried.length);
    expect(runs[0].error).toBeUndefined();
  });

  it("completes the event even when the outcome cannot be saved", async () => {
    const { host } = hostWith({ rememberRun: async () => Promise.reject(new Error("read-only")) } as Partial<PaneHost>);
    expect(await fire(ribbonActions(host, { now }).clearMarks)).toBe(1);
  });
});
