import { createSessionHost } from "../app/session/sessionHost";
import { EtSpreadsheet } from "../hosts/wps/etSpreadsheet";
import { FakeWps } from "../hosts/wps/testing/fakeApplication";
import { seedWorkbook } from "../hosts/wps/testing/seedWorkbooks";
import { DEFAULT_SETTINGS } from "../app/host";

/** Calls into the fake WPS Application for one 校验 with marks (default settings: errors and warnings, with notes). */
export async function wpsCallsPerCheck(forms: number, sheets: number, options: { xmlSpreadsheet?: boolean } = {}): Promise<number> {
  const fake = new FakeWps({ xmlSpreadsheet: options.xmlSpreadsheet ?? true });
  fake.open(seedWorkbook(forms, sheets));
  const host = createSessionHost(new EtSpreadsheet(fake.app));
  fake.calls.reset();
  await host.check(DEFAULT_SETTINGS);
  return fake.calls.total;
}

/**
 * The WPS figures for `npm run bench`. With `xmlSpreadsheet: false` the fake refuses `Range.Value(11)` and the adapter
 * falls back to probing merged areas and number formats (see src/hosts/wps/readSheet.ts).
 */
export async function wpsBench(options: { xmlSpreadsheet?: boolean } = {}): Promise<{ wps_calls_1_form: number; wps_calls_50_forms_20_sheets: number }> {
  return {
    wps_calls_1_form: await wpsCallsPerCheck(1, 1, options),
    wps_calls_50_forms_20_sheets: await wpsCallsPerCheck(50, 20, options),
  };
}
