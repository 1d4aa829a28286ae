import { promises as fs } from "fs";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type LocalText, type Report } from "../engine";
import { isXlsxError, lostPartsText, readWorkbook, writeAnnotatedCopy, xlsxErrors } from "../hosts/xlsx";
import { fillDecor } from "../app/ownership/fillDecor";
import { formFacts, type FormFacts } from "../app/review/formFacts";
import type { CheckArgs } from "./args";
import { usableRecord } from "../app/ownership/record";
import { hasReviews, type Reviews } from "../app/review/decision";
import { NO_OPINION, opinionPages } from "../app/review/opinion";
import { opinionSheet } from "../app/review/opinionSheet";

/** One file to check: plain data, so that it can be posted to a worker. */
export interface FileJob {
  file: string;
  /** How the file is named in messages and in --json. */
  name: string;
  args: CheckArgs;
  /** Every input of the run: the copy may land on none of them. */
  inputs: readonly string[];
  /** Where the annotated copy goes, and the folder to create for it (only once the file has been read). */
  outPath: string | null;
  outFolder: string | null;
}

export type Failure = LocalText & { code: string };

/** What checking one file gave: plain data, posted back from a worker. */
export interface FileResult {
  report: Report | null;
  /** Index-aligned with report.tables: what each form says of its unit and grade (the summary and 审核意见 print it). */
  facts?: FormFacts[];
  /** The decisions the workbook carries (its record: WPS's, or an annotated copy's); none when it has none or it was refused. */
  reviews?: Reviews;
  /** `lost`: what the copy could not carry over from the input (charts, macros …), or null when nothing. */
  copy: { outPath: string; marks: number; fills: number; skipped: number; lost: LocalText | null } | null;
  failure: Failure | null;
}

export function failureOf(e: unknown): Failure {
  if (isXlsxError(e)) return { code: e.code, ...e.messages };
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return { code: "internal", zh: `内部错误：${detail}（请报告此问题）`, en: `Internal error: ${detail} (please report it)` };
}

/** The workbook's record was refused: its decisions are not used (and the copy carries none). */
function refusedNotice(reason: LocalText, lang: "zh" | "en") {
  const messages = {
    zh: `工作簿中的校验记录未被采用（${reason.zh}），其中的审核结论不予采用`,
    en: `the workbook's record was refused (${reason.en}); its decisions are not used`,
  };
  return { sheet: "", message: messages[lang], messages };
}

/** An --out path that exists as something other than a regular file (a FIFO would block the write forever). */
async function refuseOddTarget(outPath: string): Promise<void> {
  const stat = await fs.stat(outPath).catch(() => null);
  if (stat && !stat.isFile()) throw xlsxErrors.notARegularTarget(outPath);
}

/** Reads, checks and (with --out) writes the annotated copy of one file. Never throws. */
export async function checkFile(job: FileJob): Promise<FileResult> {
  const { args, name } = job;
  const { lang } = args;
  let report: Report;
  let facts: FormFacts[];
  let reviews: Reviews;
  try {
    const { grid, notices, record } = await readWorkbook(job.file, { file: name, lang });
    const checked = checkWorkbook(grid, { profile: args.profile, lang, file: name });
    const refused = record?.status === "invalid" ? [refusedNotice(record.reason, lang)] : [];
    report = { ...checked.report, file: name, notices: [...notices, ...refused, ...checked.report.notices] };
    facts = formFacts(checked.forms);
    reviews = usableRecord(record ?? { status: "none" }).reviews;
  } catch (e) {
    return { report: null, copy: null, failure: failureOf(e) };
  }
  if (!job.outPath) return { report, facts, reviews, copy: null, failure: null };
  try {
    await refuseOddTarget(job.outPath);
    const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: args.fill, lang });
    // Each score filled is marked as ours and noted with its arithmetic (only where the cell has no note: applyEdits).
    const edits = [...plan.edits, ...fillDecor(report, plan.edits, lang, () => false)];
    if (job.outFolder) await fs.mkdir(job.outFolder, { recursive: true }).catch(() => undefined);
    // The copy gets a 审核意见 sheet when the workbook carries decisions, or when --opinion asks for the opinions.
    const wanted = hasReviews(reviews) || args.opinion !== null;
    const pages = wanted ? opinionPages(report, { file: name, lang, date: new Date(), facts, reviews }) : null;
    const opinion = pages ? opinionSheet(pages, NO_OPINION[lang]) : undefined;
    const written = await writeAnnotatedCopy(job.file, edits, job.outPath, { inputs: job.inputs, file: name, opinion });
    const marks = plan.edits.filter((e) => e.kind === "mark").length;
    const fills = plan.edits.filter((e) => e.kind === "value").length;
    const copy = { outPath: job.outPath, marks, fills, skipped: plan.skipped.length, lost: lostPartsText(written.lost) };
    return { report, facts, reviews, copy, failure: null };
  } catch (e) {
    return { report, facts, reviews, copy: null, failure: failureOf(e) };
  }
}
