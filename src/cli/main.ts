import { promises as fs } from "fs";
import * as path from "path";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type LocalText, type Report } from "../engine";
import { isSameFile, isXlsxError, lostPartsText, readWorkbook, writeAnnotatedCopy, xlsxErrors } from "../hosts/xlsx";
import { parseArgs, type CheckArgs, type Lang } from "./args";
import { countBySeverity, countsText, formatReport, formatSummary, type SummaryRow } from "./format";
import { expandInputs } from "./inputs";
import { jsonReport, type JsonFailure } from "./jsonReport";
import { planOutputPaths } from "./outPaths";
import { bundledSamplePath } from "./samplePath";
import { usage } from "./usage";

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

const pick = (t: LocalText, lang: Lang) => (lang === "en" ? t.en : t.zh);

/** How a file is named in messages and in --json: as typed, or the sample relative to the working folder. */
function displayNameOf(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

function failureText(e: unknown): LocalText & { code: string } {
  if (isXlsxError(e)) return { code: e.code, ...e.messages };
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return { code: "internal", zh: `内部错误：${detail}（请报告此问题）`, en: `Internal error: ${detail} (please report it)` };
}

interface FileOutcome {
  report: Report | null;
  failure: (LocalText & { code: string }) | null;
}

async function checkOne(file: string, args: CheckArgs, allInputs: readonly string[], outPath: string | undefined, io: Io): Promise<FileOutcome> {
  const name = displayNameOf(file);
  const { lang } = args;
  let report: Report;
  try {
    const { grid, notices } = await readWorkbook(file, { file: name, lang });
    const checked = checkWorkbook(grid, { profile: args.profile, lang, file: name });
    report = { ...checked.report, file: name, notices: [...notices, ...checked.report.notices] };
  } catch (e) {
    return { report: null, failure: failureText(e) };
  }
  if (args.json !== "-") io.stdout.write(`${formatReport(report, name, lang)}\n`);
  if (outPath) {
    try {
      const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: args.fill, lang });
      const copy = await writeAnnotatedCopy(file, plan.edits, outPath, { inputs: allInputs, file: name });
      const marks = plan.edits.filter((e) => e.kind === "mark").length;
      const fills = plan.edits.filter((e) => e.kind === "value").length;
      const line =
        lang === "en"
          ? `  annotated copy: ${outPath} (${marks} cells marked, ${fills} values filled${plan.skipped.length ? `, ${plan.skipped.length} cells already filled left alone` : ""})`
          : `  标注副本：${outPath}（标记 ${marks} 个单元格，填写 ${fills} 个值${plan.skipped.length ? `，${plan.skipped.length} 个已有内容的单元格未覆盖` : ""}）`;
      (args.json === "-" ? io.stderr : io.stdout).write(`${line}\n`);
      const lost = lostPartsText(copy.lost);
      if (lost) (args.json === "-" ? io.stderr : io.stdout).write(`  ${pick(lost, lang)}\n`);
    } catch (e) {
      return { report, failure: failureText(e) };
    }
  }
  return { report, failure: null };
}

function doneLine(row: SummaryRow, lang: Lang): string {
  const c = row.counts!;
  return lang === "en"
    ? `Check complete: ${row.forms} forms, ${countsText(c, lang)}.`
    : `校验完成：${row.forms} 张自评表，${countsText(c, lang)}。`;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const { lang } = args;
  const usingSample = args.inputs.length === 0;
  const { files, problems, many } = await expandInputs(usingSample ? [bundledSamplePath()] : args.inputs);
  for (const p of problems) io.stderr.write(`selfeval: ${pick(p.messages, lang)}\n`);

  let outputs = new Map<string, string>();
  if (args.out && files.length > 0) {
    const planned = planOutputPaths(files, args.out);
    outputs = planned.paths;
    if (planned.folder) await fs.mkdir(planned.folder, { recursive: true }).catch(() => undefined);
  }
  if (args.fill && !args.out) io.stderr.write(lang === "en" ? "selfeval: --fill acts only with --out; nothing is written.\n" : "selfeval：--fill 只在与 --out 同用时生效，本次不写任何文件。\n");

  const summary: SummaryRow[] = [];
  const jsonItems: (Record<string, unknown> | JsonFailure)[] = [];
  let unreadable = problems.length > 0;
  let errorsFound = false;
  for (const [i, file] of files.entries()) {
    const name = displayNameOf(file);
    if (many) io.stderr.write(lang === "en" ? `[${i + 1}/${files.length}] checking ${name}\n` : `[${i + 1}/${files.length}] 正在校验 ${name}\n`);
    const outcome = await checkOne(file, args, files, outputs.get(file), io);
    if (outcome.failure) {
      unreadable = true;
      io.stderr.write(`selfeval: ${pick(outcome.failure, lang)}\n`);
    }
    if (outcome.report) {
      const counts = countBySeverity(outcome.report.issues);
      errorsFound ||= counts.error > 0;
      summary.push({ file: name, forms: outcome.report.tables.length, counts, failure: null });
      jsonItems.push(jsonReport(outcome.report, name));
    } else {
      summary.push({ file: name, forms: null, counts: null, failure: pick(outcome.failure!, lang) });
      jsonItems.push({ file: name, error: { code: outcome.failure!.code, message: pick(outcome.failure!, lang), messages: { zh: outcome.failure!.zh, en: outcome.failure!.en } } });
    }
    if (args.json !== "-" && i < files.length - 1) io.stdout.write("\n");
  }

  if (many && args.json !== "-") io.stdout.write(`\n${formatSummary(summary, lang)}\n`);
  else if (args.json !== "-" && summary.length === 1 && !summary[0].failure) io.stdout.write(`\n${doneLine(summary[0], lang)}\n`);
  if (args.json) {
    const body = `${JSON.stringify(many ? jsonItems : jsonItems[0] ?? null, null, 2)}\n`;
    if (args.json === "-") io.stdout.write(body);
    else if (files.some((f) => isSameFile(f, args.json!))) {
      unreadable = true;
      io.stderr.write(`selfeval: ${pick(xlsxErrors.writeRefused(args.json).messages, lang)}\n`);
    } else {
      try {
        await fs.writeFile(args.json, body);
      } catch (e) {
        unreadable = true;
        io.stderr.write(`selfeval: ${lang === "en" ? `cannot write ${args.json}` : `无法写入 ${args.json}`} (${e instanceof Error ? e.message : String(e)})\n`);
      }
    }
  }
  if (unreadable) return EXIT_UNREADABLE;
  if (args.strict && errorsFound) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** The command line: `selfeval check …`. Resolves to the exit status; never throws. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case "help":
      io.stdout.write(usage(parsed.lang));
      return EXIT_OK;
    case "version":
      io.stdout.write(`${await readVersion()}\n`);
      return EXIT_OK;
    case "error":
      io.stderr.write(`selfeval: ${pick(parsed.message, parsed.lang)}\n\n${usage(parsed.lang)}`);
      return EXIT_UNREADABLE;
    case "check":
      try {
        return await runCheck(parsed.args, io);
      } catch (e) {
        io.stderr.write(`selfeval: ${pick(failureText(e), parsed.args.lang)}\n`);
        return EXIT_UNREADABLE;
      }
  }
}

async function readVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}
