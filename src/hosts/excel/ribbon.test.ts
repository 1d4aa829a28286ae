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
    { code: "score-empty", severity: "info", sheet: "表1", row: 3, col: 8, cell: "H3", message: "", messages: { zh: "", en: "" }, table: 0 },
    { code: "score-mismatch", severity: "error", sheet: "表1", row: 9, col: 8, cell: "H9", message: "", messages: { zh: "", en: "" }, table: 0 },
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

describe("ribbon actions", () => {
  it("exist for every function name", () => expect(Object.keys(ribbonActions(hostWith().host))).toEqual([...RIBBON_FUNCTIONS]));

  it("校验 records the outcome and selects the first marked finding", async () => {
    const { host, runs, selected } = hostWith();
    expect(await fire(ribbonActions(host, now).runCheck)).toBe(1);
    expect(runs).toEqual([{ action: "check", at: "2024-05-01T08:00:00.000Z", forms: 0, counts: { error: 1, warning: 0, info: 1 } }]);
    expect(selected).toEqual(["表1!H9"]);
  });

  it.each([
    ["fillScores", { action: "fill", cells: 1, skipped: 0 }],
    ["clearMarks", { action: "clear", cells: 4, leftAlone: 1 }],
    ["undoFill", { action: "undo", cells: 1, leftAlone: 0, recordProblem: { zh: "记录不完整", en: "truncated" } }],
  ] as const)("%s records what it did", async (name, expected) => {
    const { host, runs } = hostWith();
    await fire(ribbonActions(host, now)[name]);
    expect(runs).toEqual([{ at: "2024-05-01T08:00:00.000Z", ...expected }]);
  });

  it.each([
    ["a HostError", new HostError("protected", { zh: "受保护", en: "protected" }), { zh: "受保护", en: "protected" }],
    ["anything else", new Error("boom"), { zh: "未知错误：Error: boom", en: "Unexpected error: Error: boom" }],
  ])("completes the event and records %s", async (_, error, messages) => {
    const { host, runs } = hostWith({ check: async () => Promise.reject(error) });
    expect(await fire(ribbonActions(host, now).runCheck)).toBe(1);
    expect(runs[0].error).toEqual(messages);
  });

  it("completes the event even when the outcome cannot be saved", async () => {
    const { host } = hostWith({ rememberRun: async () => Promise.reject(new Error("read-only")) } as Partial<PaneHost>);
    expect(await fire(ribbonActions(host, now).clearMarks)).toBe(1);
  });
});
