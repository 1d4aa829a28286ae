import type { SheetGrid } from "../../src/engine";
import { createExcelHost, type ExcelHostOptions } from "../../src/hosts/excel/excelHost";
import { FakeExcel, PESSIMISTIC, type ApiVersion, type FakeSemantics } from "../../src/hosts/excel/testing/fakeExcel";
import { DEFAULT_SETTINGS, HostError, type PaneSettings } from "../../src/app/host";
import { SAMPLE_WORKBOOK } from "./workbooks";

/** Office 2021 (the manifest's floor: no notes), Office 2024, notes (1.18), Microsoft 365 with one undo step (1.20). */
export const API_VERSIONS: ApiVersion[] = ["1.14", "1.17", "1.18", "1.20"];

/** What the self-test found, as the host sees it: unknown (no 自检 this session) unless a test says otherwise. */
export const UNPROBED = () => ({ multiAreaConditionalFormats: null });

export function hostOn(fake: FakeExcel, options: ExcelHostOptions = {}) {
  return { fake, host: createExcelHost(fake.env(), { sampleWorkbook: () => SAMPLE_WORKBOOK, semantics: UNPROBED, ...options }) };
}

export function excelWith(
  grids: SheetGrid[],
  api: ApiVersion = "1.20",
  semantics: FakeSemantics = PESSIMISTIC,
  options: ExcelHostOptions = {},
) {
  return hostOn(FakeExcel.fromGrids(grids, api, { semantics }), options);
}

/** The fake answering every open question pessimistically, except that a rule keeps all its areas (as documented). */
export const AREAS_KEPT: FakeSemantics = { ...PESSIMISTIC, multiAreaRule: "kept" };

export function reopen(fake: FakeExcel, options: Parameters<FakeExcel["saveAndReopen"]>[0] = {}) {
  return hostOn(fake.saveAndReopen(options));
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

/** The cells our rules cover, with the severity of the top one: "sheet|row|col" → formula's severity. */
export function markedCells(fake: FakeExcel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fake.book.sheets.filter((x) => x.alive))
    for (const cf of s.cfs.filter((c) => c.alive && c.formula?.includes("自评表校验 mark:")))
      for (const a of cf.areas)
        for (let row = a.top; row <= a.bottom; row++)
          for (let col = a.left; col <= a.right; col++) {
            const k = `${s.name}|${row}|${col}`;
            if (!out.has(k)) out.set(k, /mark:(\w+)/.exec(cf.formula!)![1]);
          }
  return out;
}

export const SETTINGS: PaneSettings = DEFAULT_SETTINGS;
export const ALL_SEVERITIES: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error", "warning", "info"] };
