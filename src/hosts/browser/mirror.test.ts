import { promises as fs } from "fs";
import { DEFAULT_SETTINGS, type PaneHost } from "../../app/host";
import { createSessionHost } from "../../app/session/sessionHost";
import { sampleFromSeed } from "../../app/session/sessionHost";
import { loadWorkbook } from "../xlsx/readBytes";
import { workbookToGrid } from "../xlsx/readBytes";
import { applyDelta, bookOf, type OpenedBook } from "./openedBook";
import { readDecor } from "./readDecor";
import { RecordingSpreadsheet } from "./recordingSpreadsheet";
import { BLANKED, blankedSampleBytes, SEED_TEXT } from "./testing/workbooks";

/** Everything the page draws or the pane reads of a workbook: values, marks per cell, notes, sheets, selection. */
function look(sheet: RecordingSpreadsheet | OpenedBook["mirror"]) {
  const grid = sheet.readGrid();
  const marks = grid.sheets.flatMap((s) =>
    s.values
      .flatMap((row, i) => row.map((_v, j) => sheet.markAt({ sheet: s.name, row: s.originRow + i, col: s.originCol + j })))
      .filter((m) => m !== null),
  );
  return { grid, marks, notes: sheet.readNotes(), count: sheet.countMarks(), selection: sheet.selection };
}

async function setup() {
  const seed = await fs.readFile(SEED_TEXT, "utf8");
  const bytes = await blankedSampleBytes();
  const wb = await loadWorkbook(bytes);
  const { grid } = workbookToGrid(wb);
  const decor = readDecor(wb, grid);
  const engine = new RecordingSpreadsheet(grid, { colors: new Map(decor.colors), notes: new Map(decor.notes), marks: decor.marks });
  const host = createSessionHost(engine, { sample: () => sampleFromSeed(seed) });
  const book = bookOf({ file: 1, name: "a.xlsx", grid, decor, notices: [] });
  /** Runs one pane action in the "engine" and replays its delta on the page's copy. */
  const step = async (action: (h: PaneHost) => Promise<unknown>) => {
    try {
      await action(host);
    } finally {
      applyDelta(book, engine.takeDelta());
    }
  };
  return { engine, book, step };
}

describe("the page's copy replays the engine's workbook calls", () => {
  const report = { tables: [], issues: [], notices: [], profile: "mof-2020" } as unknown as Parameters<PaneHost["exportReportSheet"]>[0];
  it.each<[string, ((h: PaneHost) => Promise<unknown>)[]]>([
    ["check", [(h) => h.check(DEFAULT_SETTINGS)]],
    [
      "check twice, with fewer severities",
      [(h) => h.check(DEFAULT_SETTINGS), (h) => h.check({ ...DEFAULT_SETTINGS, mark: ["error"], notes: false })],
    ],
    [
      "check, fill, clear, undo",
      [(h) => h.check(DEFAULT_SETTINGS), (h) => h.fill(DEFAULT_SETTINGS, false), (h) => h.clearMarks(), (h) => h.undoFill()],
    ],
    ["fill with overwrite, then undo", [(h) => h.fill(DEFAULT_SETTINGS, true), (h) => h.undoFill()]],
    [
      "sample, report sheet, select",
      [
        (h) => h.insertSample(),
        (h) => h.check(DEFAULT_SETTINGS),
        (h) => h.exportReportSheet(report, "zh"),
        (h) => h.exportReportSheet(report, "en"),
        (h) => h.select(BLANKED.sheet, "H22"),
      ],
    ],
  ])("%s", async (_label, actions) => {
    const { engine, book, step } = await setup();
    for (const action of actions) await step(action);
    expect(look(book.mirror)).toEqual(look(engine));
  });

  it("follows a call that failed half-way exactly as far as the engine got", async () => {
    const { engine, book } = await setup();
    const at = (row: number) => ({ sheet: BLANKED.sheet, row, col: 7 });
    engine.apply([
      { kind: "mark", at: at(21), severity: "error" },
      { kind: "note", at: at(21), text: "一" },
    ]);
    // A second note on the same cell is refused, by the engine's workbook and by the page's alike.
    expect(() =>
      engine.apply([
        { kind: "value", at: at(13), value: 10 },
        { kind: "note", at: at(21), text: "二" },
      ]),
    ).toThrow();
    engine.removeNotes([at(21)]);
    engine.apply([{ kind: "value", at: at(14), value: 3 }]);
    const { changed } = applyDelta(book, engine.takeDelta());
    expect(changed).toBe(true);
    expect(look(book.mirror)).toEqual(look(engine));
    expect(book.mirror.noteAt(at(21))).toBeNull();
  });
});
