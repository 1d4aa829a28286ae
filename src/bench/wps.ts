import { DEFAULT_SETTINGS, type PaneHost } from "../app/host";
import { createSessionHost } from "../app/session/sessionHost";
import { EtSpreadsheet } from "../hosts/wps/etSpreadsheet";
import { FakeWps, type FakeOptions } from "../hosts/wps/testing/fakeApplication";
import { seedWorkbook } from "../hosts/wps/testing/seedWorkbooks";

/** How a bench run talks to the fake: with or without SpreadsheetML, and how WPS answers a mixed range without it. */
export interface WpsBenchOptions {
  xmlSpreadsheet?: boolean;
  mixed?: "null" | "first";
}

/**
 * Calls into the fake WPS Application for one action (default settings: errors and warnings marked, with notes), after
 * `before` has run. The fake answers the other open questions pessimistically (a multi-area range acts on its first
 * area only), except that API writes clear its undo history (keeping per-write history would only cost the fake time).
 */
async function callsFor(
  forms: number,
  sheets: number,
  options: WpsBenchOptions,
  before: (host: PaneHost) => Promise<unknown>,
  act: (host: PaneHost) => Promise<unknown>,
): Promise<number> {
  const fakeOptions: FakeOptions = {
    xmlSpreadsheet: options.xmlSpreadsheet ?? true,
    semantics: { undo: "cleared", mixed: options.mixed ?? "null" },
  };
  const fake = new FakeWps(fakeOptions);
  fake.open(seedWorkbook(forms, sheets, { blankScores: true }));
  const host = createSessionHost(new EtSpreadsheet(fake.app));
  await before(host);
  fake.calls.reset();
  await act(host);
  return fake.calls.total;
}

const nothing = async () => undefined;
const check = (host: PaneHost) => host.check(DEFAULT_SETTINGS);

/** Calls for one 校验 with marks. */
export function wpsCallsPerCheck(forms: number, sheets: number, options: WpsBenchOptions = {}): Promise<number> {
  return callsFor(forms, sheets, options, nothing, check);
}

/**
 * The WPS figures for `npm run bench`: 校验 with SpreadsheetML; without it, where WPS flags mixed ranges (null) and
 * where it answers with the first cell's value (formats and merged areas then read cell by cell on form sheets); and
 * 填充得分 (preview + fill), 清除标记 and 撤销填充 on 50 forms.
 */
export async function wpsBench(): Promise<Record<string, number>> {
  return {
    wps_calls_1_form: await wpsCallsPerCheck(1, 1),
    wps_calls_50_forms_20_sheets: await wpsCallsPerCheck(50, 20),
    wps_calls_50_forms_no_xml: await wpsCallsPerCheck(50, 20, { xmlSpreadsheet: false, mixed: "null" }),
    wps_calls_50_forms_no_xml_first_cell_answers: await wpsCallsPerCheck(50, 20, { xmlSpreadsheet: false, mixed: "first" }),
    wps_calls_fill_50_forms: await callsFor(50, 20, {}, nothing, async (h) =>
      h.fill(
        DEFAULT_SETTINGS,
        false,
        (await h.previewFill(DEFAULT_SETTINGS)).edits.map((e) => e.at),
      ),
    ),
    wps_calls_clear_marks_50_forms: await callsFor(50, 20, {}, check, (h) => h.clearMarks()),
    wps_calls_undo_fill_50_forms: await callsFor(
      50,
      20,
      {},
      (h) => h.fill(DEFAULT_SETTINGS, false),
      (h) => h.undoFill(),
    ),
  };
}
