import { benchExcel } from "./excel";

describe("benchExcel", () => {
  it.each([
    ["1.20", 5],
    ["1.18", 5],
    ["1.14", 4],
  ] as const)("on ExcelApi %s counts %d syncs for 1 form and for 50", async (api, syncs) => {
    const b = await benchExcel(api);
    expect(b.excel_syncs_1_form).toBe(syncs);
    expect(b.excel_syncs_50_forms_20_sheets).toBe(syncs);
    expect(b.excel_payload_kb_50_forms).toBeGreaterThan(1);
    expect(b.excel_payload_kb_50_forms).toBeLessThan(5 * 1024);
  });
});
