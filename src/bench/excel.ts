import { createExcelHost } from "../hosts/excel/excelHost";
import { FakeExcel, PESSIMISTIC, type ApiVersion } from "../hosts/excel/testing/fakeExcel";
import { seedWorkbook } from "../hosts/excel/testing/seedWorkbook";
import { DEFAULT_SETTINGS } from "../app/host";

export interface ExcelBench {
  /** context.sync() calls for the whole 校验 (read, judge, mark) of one form. */
  excel_syncs_1_form: number;
  /** The same for 50 forms on 20 sheets: equal to the above when reads and writes are batched. */
  excel_syncs_50_forms_20_sheets: number;
  /** Request bytes of the write batches that mark 50 forms (the record; the rules; the notes), in KB. */
  excel_payload_kb_50_forms: number;
}

async function checkOnce(forms: number, sheets: number, api: ApiVersion) {
  // Every open question answered pessimistically, except that a rule keeps all its areas, as documented.
  const fake = FakeExcel.fromGrids(seedWorkbook(forms, sheets), api, { semantics: { ...PESSIMISTIC, multiAreaRule: "kept" } });
  await createExcelHost(fake.env(), { semantics: () => ({ multiAreaConditionalFormats: null }) }).check(DEFAULT_SETTINGS);
  // The first two syncs read; the rest write.
  return { syncs: fake.syncs, writeBytes: fake.stats.slice(2).reduce((n, s) => n + s.requestBytes, 0) };
}

/** Measured on the typed fake of Office.js (src/hosts/excel/testing), as Microsoft 365 (ExcelApi 1.20) by default. */
export async function benchExcel(api: ApiVersion = "1.20"): Promise<ExcelBench> {
  const one = await checkOnce(1, 1, api);
  const many = await checkOnce(50, 20, api);
  return {
    excel_syncs_1_form: one.syncs,
    excel_syncs_50_forms_20_sheets: many.syncs,
    excel_payload_kb_50_forms: Math.round((many.writeBytes / 1024) * 10) / 10,
  };
}

if (require.main === module) {
  void (async () => {
    for (const api of ["1.20", "1.14"] as const) process.stdout.write(`ExcelApi ${api}: ${JSON.stringify(await benchExcel(api))}\n`);
  })();
}
