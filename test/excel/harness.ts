import type { SheetGrid } from "../../src/engine";
import { createExcelHost } from "../../src/hosts/excel/excelHost";
import { FakeExcel, type ApiVersion } from "../../src/hosts/excel/testing/fakeExcel";
import { DEFAULT_SETTINGS, HostError, type PaneSettings } from "../../src/app/host";
import { SEED_TEXT } from "./workbooks";

export const API_VERSIONS: ApiVersion[] = ["1.7", "1.9", "1.10", "1.13", "1.18", "1.20"];

export function excelWith(grids: SheetGrid[], api: ApiVersion = "1.20") {
  const fake = FakeExcel.fromGrids(grids, api);
  return { fake, host: createExcelHost(fake.env(), { sampleText: () => SEED_TEXT }) };
}

export function reopen(fake: FakeExcel) {
  const again = fake.saveAndReopen();
  return { fake: again, host: createExcelHost(again.env(), { sampleText: () => SEED_TEXT }) };
}

/** Counts the syncs one call makes. */
export async function syncsOf(fake: FakeExcel, call: () => Promise<unknown>): Promise<number> {
  const start = fake.syncs;
  await call();
  return fake.syncs - start;
}

export async function hostErrorOf(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("expected a HostError");
}

export const SETTINGS: PaneSettings = DEFAULT_SETTINGS;
export const ALL_SEVERITIES: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error", "warning", "info"] };
