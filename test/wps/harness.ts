import type { WorkbookGrid } from "../../src/engine";
import { createSessionHost } from "../../src/app/session/sessionHost";
import { EtSpreadsheet } from "../../src/hosts/wps/etSpreadsheet";
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
  const et = new EtSpreadsheet(fake.app);
  return { fake, et, host: createSessionHost(et) };
}

/** Every sheet's cells (the add-in's own hidden sheet left out): what "restored exactly" compares. */
export function snapshotAll(fake: FakeWps) {
  const names = fake.book!.sheets.map((s) => s.name).filter((n) => n !== "_selfeval_records");
  return Object.fromEntries(names.map((n) => [n, [...fake.snapshot(n)].sort()]));
}

export const MODES: [string, FakeOptions][] = [
  ["2-D array Value2, SpreadsheetML", { value2Shape: "array", xmlSpreadsheet: true }],
  ["Item(r,c) Value2, SpreadsheetML", { value2Shape: "item", xmlSpreadsheet: true }],
  ["2-D array Value2, no SpreadsheetML", { value2Shape: "array", xmlSpreadsheet: false }],
  ["Item(r,c) Value2, no SpreadsheetML", { value2Shape: "item", xmlSpreadsheet: false }],
];
