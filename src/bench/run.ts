/** `npm run bench`: one JSON object per line, {"name", "value", "unit"}. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits } from "../engine";
import { readWorkbook } from "../hosts/xlsx";
import { BENCH_FORMS } from "./benchWorkbook";
import { benchExcel } from "./excel";
import { buildAndMeasureTaskpane } from "./taskpaneBundle";
import { wpsBench } from "./wps";

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit })}\n`);
}

async function bench(): Promise<void> {
  const forms = Number(process.env.SELFEVAL_BENCH_FORMS ?? BENCH_FORMS);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  const file = path.join(dir, `forms-${forms}.xlsx`);
  try {
    const t0 = performance.now();
    const info = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, "benchWorkbook.js"), file, String(forms)], { encoding: "utf8" })) as {
      forms: number;
      indicatorRows: number;
      sheets: number;
    };
    const generateMs = performance.now() - t0;

    const t1 = performance.now();
    const { grid } = await readWorkbook(file);
    const loadMs = performance.now() - t1;

    const t2 = performance.now();
    const { report } = checkWorkbook(grid, {});
    const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true });
    const engineMs = performance.now() - t2;

    const t3 = performance.now();
    checkWorkbook(grid, {});
    const engineWarmMs = performance.now() - t3;

    const suffix = `${forms}_forms`;
    emit(`xlsx_load_ms_${suffix}`, loadMs, "ms");
    emit(`engine_ms_${suffix}`, engineMs, "ms");
    emit("engine_over_load", engineMs / loadMs, "ratio");
    emit(`engine_warm_ms_${suffix}`, engineWarmMs, "ms");
    emit(`peak_rss_mb_${suffix}`, process.resourceUsage().maxRSS / 1024, "MB");
    emit("xlsx_file_mb", fs.statSync(file).size / (1024 * 1024), "MB");
    emit("generate_and_write_ms", generateMs, "ms");
    emit("sheets", info.sheets, "count");
    emit("forms_generated", info.forms, "count");
    emit("indicator_rows_generated", info.indicatorRows, "count");
    emit("forms_found", report.tables.length, "count");
    emit("indicator_rows_found", report.tables.reduce((n, t) => n + t.indicators.length, 0), "count");
    emit("findings", report.issues.length, "count");
    emit("findings_error", report.issues.filter((f) => f.severity === "error").length, "count");
    emit("planned_edits", plan.edits.length, "count");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const excel = await benchExcel();
  emit("excel_syncs_1_form", excel.excel_syncs_1_form, "count");
  emit("excel_syncs_50_forms_20_sheets", excel.excel_syncs_50_forms_20_sheets, "count");
  emit("excel_payload_kb_50_forms", excel.excel_payload_kb_50_forms, "KB");
  for (const [name, value] of Object.entries(await wpsBench())) emit(name, value, "count");
  if (process.env.SELFEVAL_BENCH_SKIP_BUILD !== "1") emit("taskpane_js_gzip_kb", buildAndMeasureTaskpane(path.join(__dirname, "..", "..")), "KB");
}

bench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
