/**
 * The engine's part of the bench: generate the bench workbook in a child process, load it with the xlsx host, then time
 * checkWorkbook + planEdits cold (the first run in this process) and checkWorkbook warm (the second).
 * `node lib/bench/engine.js` runs only this part (`npm run bench:engine`).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits } from "../engine";
import { readWorkbook } from "../hosts/xlsx";
import { BENCH_FORMS } from "./benchWorkbook";

export interface Metric {
  name: string;
  value: number;
  unit: string;
}

export async function benchEngine(forms = Number(process.env.SELFEVAL_BENCH_FORMS ?? BENCH_FORMS)): Promise<Metric[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  const file = path.join(dir, `forms-${forms}.xlsx`);
  try {
    const t0 = performance.now();
    const generator = path.join(__dirname, "benchWorkbook.js");
    const info = JSON.parse(execFileSync(process.execPath, [generator, file, String(forms)], { encoding: "utf8" })) as {
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
    return [
      { name: `xlsx_load_ms_${suffix}`, value: loadMs, unit: "ms" },
      { name: `engine_ms_${suffix}`, value: engineMs, unit: "ms" },
      { name: "engine_over_load", value: engineMs / loadMs, unit: "ratio" },
      { name: `engine_warm_ms_${suffix}`, value: engineWarmMs, unit: "ms" },
      { name: `peak_rss_mb_${suffix}`, value: process.resourceUsage().maxRSS / 1024, unit: "MB" },
      { name: "xlsx_file_mb", value: fs.statSync(file).size / (1024 * 1024), unit: "MB" },
      { name: "generate_and_write_ms", value: generateMs, unit: "ms" },
      { name: "sheets", value: info.sheets, unit: "count" },
      { name: "forms_generated", value: info.forms, unit: "count" },
      { name: "indicator_rows_generated", value: info.indicatorRows, unit: "count" },
      { name: "forms_found", value: report.tables.length, unit: "count" },
      { name: "indicator_rows_found", value: report.tables.reduce((n, t) => n + t.indicators.length, 0), unit: "count" },
      { name: "findings", value: report.issues.length, unit: "count" },
      { name: "findings_error", value: report.issues.filter((f) => f.severity === "error").length, unit: "count" },
      { name: "planned_edits", value: plan.edits.length, unit: "count" },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit })}\n`);
}

if (require.main === module) {
  benchEngine()
    .then((metrics) => metrics.forEach((m) => emit(m.name, m.value, m.unit)))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    });
}
