import type { WorkbookGrid } from "../../src/engine";
import { createSessionHost } from "../../src/app/session/sessionHost";
import { EtSpreadsheet } from "../../src/hosts/wps/etSpreadsheet";
import { RECORDS_SHEET } from "../../src/hosts/wps/ownNames";
import { DEFAULT_SETTINGS, type PaneHost, type PaneSettings } from "../../src/app/host";
import { FakeWps, type FakeOptions } from "./fakeApplication";

export const SETTINGS: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error", "warning", "info"] };

export interface Session {
  fake: FakeWps;
  et: EtSpreadsheet;
  host: PaneHost;
}

export function openSession(grid: WorkbookGrid, options: FakeOptions = {}): Session {
  const fake = new FakeWps(options);
  fake.open(grid);
  const et = new EtSpreadsheet(fake.app, fake.localStore);
  return { fake, et, host: createSessionHost(et) };
}

/** A new adapter and host over the fake as it is now (after a reopen: a new session). */
export function reconnect(fake: FakeWps): Session {
  const et = new EtSpreadsheet(fake.app, fake.localStore);
  return { fake, et, host: createSessionHost(et) };
}

/**
 * Everything the user owns in the workbook: every cell of every sheet but our record sheet (value, formula, format,
 * own fill, comment, merged-ness) and every conditional-format rule; what "left as it was" compares.
 */
export function snapshotAll(fake: FakeWps) {
  const names = fake.book!.sheets.map((s) => s.name).filter((n) => n !== RECORDS_SHEET);
  return Object.fromEntries(
    names.map((n) => [n, { cells: [...fake.snapshot(n)].sort(), rules: fake.rules(n).map((r) => JSON.stringify(r)) }]),
  );
}

/** Reading modes: the two shapes of a multi-cell `Value2`, with and without SpreadsheetML. */
export const MODES: [string, FakeOptions][] = [
  ["2-D array Value2, SpreadsheetML", { value2Shape: "array", xmlSpreadsheet: true }],
  ["Item(r,c) Value2, SpreadsheetML", { value2Shape: "item", xmlSpreadsheet: true }],
  ["2-D array Value2, no SpreadsheetML", { value2Shape: "array", xmlSpreadsheet: false }],
  ["Item(r,c) Value2, no SpreadsheetML", { value2Shape: "item", xmlSpreadsheet: false }],
];
