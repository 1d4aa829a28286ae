import type { LocalText, Report } from "./find/types";
import type { WorkbookGrid } from "./grid/types";
import type { Form } from "./recognise/types";
import { SheetView } from "./grid/sheetView";
import { recogniseWorkbook } from "./recognise";
import { evaluateForm } from "./find/evaluateForm";
import { RowJudgements } from "./find/rowJudgements";
import { FundJudgements } from "./find/fundJudgements";
import { getProfile, PROFILES } from "./score/profiles";
import { say } from "./messages";

export interface CheckOptions {
  /** A profile id (PROFILE_IDS); default mof-2020. */
  profile?: string;
  lang?: "zh" | "en";
  file?: string;
}

export interface CheckResult {
  report: Report;
  forms: Form[];
}

/** Recognise every form in the workbook, parse, score and judge it. Never throws on any cell content. */
export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? "zh";
  const notices: Report["notices"] = [];
  const notice = (sheet: string, messages: LocalText) => notices.push({ sheet, message: messages[lang], messages });

  let profile = PROFILES["mof-2020"];
  if (options.profile) {
    const p = getProfile(options.profile);
    if (p) profile = p;
    else notice("", say.unknownProfile(options.profile));
  }

  const forms = recogniseWorkbook(grid);
  // Only the Sichuan rule looks beyond the recognised cells; build the views it needs, and only then.
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const views = new Map<string, SheetView | null>();
  const viewOf = (name: string) => {
    if (profile.reasonBelowExecution === null) return null;
    if (!views.has(name)) {
      const sheet = sheets.get(name);
      views.set(name, sheet ? new SheetView(sheet) : null);
    }
    return views.get(name) ?? null;
  };
  const report: Report = { ...(options.file ? { file: options.file } : {}), profile: profile.id, lang, tables: [], issues: [], notices };
  const judgements = new RowJudgements(profile);
  const funds = new FundJudgements(profile);
  for (let i = 0; i < forms.length; i++) {
    const { table, findings } = evaluateForm(forms[i], i, profile, lang, viewOf(forms[i].sheet), judgements, funds);
    report.tables.push(table);
    for (let f = 0; f < findings.length; f++) report.issues.push(findings[f]);
  }
  if (forms.length === 0) notice("", say.noForm);
  return { report, forms };
}
