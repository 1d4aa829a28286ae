/** `npm run bench`: one JSON object per line, {"name", "value", "unit"}. */
import * as path from "path";
import { benchEngine, emit } from "./engine";
import { benchExcel } from "./excel";
import { buildAndMeasureTaskpane } from "./taskpaneBundle";
import { wpsBench } from "./wps";

async function bench(): Promise<void> {
  for (const m of await benchEngine()) emit(m.name, m.value, m.unit);

  const excel = await benchExcel();
  emit("excel_syncs_1_form", excel.excel_syncs_1_form, "count");
  emit("excel_syncs_50_forms_20_sheets", excel.excel_syncs_50_forms_20_sheets, "count");
  emit("excel_payload_kb_50_forms", excel.excel_payload_kb_50_forms, "KB");
  for (const [name, value] of Object.entries(await wpsBench())) emit(name, value, "count");
  if (process.env.SELFEVAL_BENCH_SKIP_BUILD !== "1")
    emit("taskpane_js_gzip_kb", buildAndMeasureTaskpane(path.join(__dirname, "..", "..")), "KB");
}

bench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
