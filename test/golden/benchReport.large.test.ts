/**
 * The engine's whole output on the bench workbook (src/bench) stays byte for byte what it was before the engine was
 * made faster: a SHA-256 of the JSON of the report and the plan, and of the recognised forms, per case. The digests
 * were taken from the engine as it stood before that work; a change that alters any finding, message, fill or form
 * changes them. When a change of the output is intended, take the new digests from the failure and say why.
 */
import { createHash } from "crypto";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type ProfileId, type WorkbookGrid } from "../../src/engine";
import { gridsToXlsxBytes, readWorkbookBytes } from "../../src/hosts/xlsx";
import { BENCH_FORMS } from "../../src/bench/benchWorkbook";
import { generateFormGrids } from "../../src/bench/generateForms";
import { readSeedText } from "../../src/sample/seedFile";

const sha256 = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

function digests(grid: WorkbookGrid, profile: ProfileId, lang: "zh" | "en") {
  const { report, forms } = checkWorkbook(grid, { profile, lang });
  const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, lang, fill: true });
  return { reportAndPlan: sha256({ report, plan }), forms: sha256(forms), findings: report.issues.length };
}

const generated = generateFormGrids({ seedText: readSeedText(), forms: BENCH_FORMS });
const inMemory: WorkbookGrid = { sheets: generated.sheets };
let fromXlsx: WorkbookGrid | null = null;

/** The bench's own path: the workbook written with exceljs and read back by the xlsx host. */
async function readBack(): Promise<WorkbookGrid> {
  if (!fromXlsx) fromXlsx = (await readWorkbookBytes(await gridsToXlsxBytes(generated.sheets.map((g) => ({ grid: g }))))).grid;
  return fromXlsx;
}

/** The recognised forms: the same whatever the profile, language or source. */
const FORMS = "33a960e5e27c4715cd55b20fdf5945d3169f86aa89c23151bd8dae333809ad71";

describe(`the engine's output on the ${BENCH_FORMS}-form bench workbook`, () => {
  it.each<[source: "xlsx" | "memory", profile: ProfileId, lang: "zh" | "en", reportAndPlan: string, forms: string, findings: number]>([
    ["xlsx", "mof-2020", "zh", "3a47732abf3c35617b89122dad10fa8253c46b43bf93b39dbb97997fb91e6289", FORMS, 5797],
    ["memory", "mof-2020", "en", "e23d187df19757ac30cf39abc4b05f25ccf75e90e9bc6c6a0edf53538a702309", FORMS, 5797],
    ["memory", "sichuan", "zh", "2ebf73a06a68fbbf4f6715e1dce61a526933ae730e8497df6036095d96493aef", FORMS, 5880],
    ["memory", "guangxi", "en", "b47a5c82c37f522957f3f6c7917f52d30da4a340458554cc848f0f852292b43a", FORMS, 5797],
    ["memory", "hubei", "zh", "0f7e3499e1ab4759ab543ed56dc76b7c4adfccf868b010dc57c2432fea950212", FORMS, 6787],
  ])("%s, %s, %s: unchanged", async (source, profile, lang, reportAndPlan, forms, findings) => {
    const grid = source === "xlsx" ? await readBack() : inMemory;
    expect(digests(grid, profile, lang)).toEqual({ reportAndPlan, forms, findings });
  });
});
