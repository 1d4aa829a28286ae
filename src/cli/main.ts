import { promises as fs } from "fs";
import * as path from "path";
import type { LocalText } from "../engine";
import { EMPTY_REVIEWS, isOpen, reviewsNow } from "../app/review/decision";
import { isSameFile, xlsxErrors } from "../hosts/xlsx";
import { parseArgs, type CheckArgs, type Lang } from "./args";
import { checkFile, failureOf, type Failure, type FileJob, type FileResult } from "./checkFile";
import { containedChecker, DEFAULT_CONTAINMENT, type Containment } from "./containedChecker";
import { countBySeverity, countsText, formatReport, formatSummary, type SummaryRow } from "./format";
import { expandInputs } from "./inputs";
import { isLegacyName, legacyCopyNotice } from "../hosts/legacy/formats";
import { jsonReport, type JsonFailure } from "./jsonReport";
import { planOutputPaths } from "./outPaths";
import { clashingOutputs, ReviewOutputs } from "./reviewOutputs";
import { bundledSamplePath } from "./samplePath";
import { jsonText, safeWriter } from "./terminalText";
import { usage } from "./usage";

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface RunOptions {
  /** What one file may cost when several are checked (each then runs in a worker). */
  containment?: Containment;
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

function copyLine(copy: NonNullable<FileResult["copy"]>, lang: Lang): string {
  const { outPath, marks, fills, skipped } = copy;
  if (lang === "en") {
    const leftAlone = skipped ? `, ${skipped} cells already filled left alone` : "";
    return `  annotated copy: ${outPath} (${marks} cells marked, ${fills} values filled${leftAlone})`;
  }
  const leftAlone = skipped ? `，${skipped} 个已有内容的单元格未覆盖` : "";
  return `  标注副本：${outPath}（标记 ${marks} 个单元格，填写 ${fills} 个值${leftAlone}）`;
}

function doneLine(row: SummaryRow, lang: Lang): string {
  const c = row.counts!;
  return lang === "en"
    ? `Check complete: ${row.forms} forms, ${countsText(c, lang)}.`
    : `校验完成：${row.forms} 张自评表，${countsText(c, lang)}。`;
}

/**
 * One file is checked here, in this process (quick to start); several are checked one by one in a worker with a heap and
 * a time limit, so that a file that would exhaust memory or never finish costs only its own row.
 */
async function checkEach(
  jobs: readonly FileJob[],
  many: boolean,
  options: RunOptions,
  each: (job: FileJob, i: number) => void,
  done: (result: FileResult, job: FileJob) => void,
): Promise<void> {
  const contained = many ? containedChecker(options.containment ?? DEFAULT_CONTAINMENT) : null;
  try {
    for (const [i, job] of jobs.entries()) {
      each(job, i);
      const result = contained
        ? await contained.check(job).catch((e: unknown) => ({ report: null, copy: null, failure: failureOf(e) }))
        : await checkFile(job);
      done(result, job);
    }
  } finally {
    await contained?.close();
  }
}

async function runCheck(args: CheckArgs, io: Io, options: RunOptions): Promise<number> {
  const { lang } = args;
  const usingSample = args.inputs.length === 0;
  const { files, problems, skipped, many } = await expandInputs(usingSample ? [bundledSamplePath()] : args.inputs, {
    recursive: args.recursive,
  });
  for (const p of [...skipped, ...problems]) io.stderr.write(`selfeval: ${pick(p.messages, lang)}\n`);

  let outputs = new Map<string, string>();
  let outFolder: string | null = null;
  if (args.out && files.length > 0) {
    const planned = planOutputPaths(files, args.out);
    outputs = planned.paths;
    outFolder = planned.folder;
  }
  const clash = clashingOutputs([args.json, args.summary, args.opinion, ...outputs.values()]);
  if (clash) {
    io.stderr.write(`selfeval: ${pick(clash, lang)}\n`);
    return EXIT_UNREADABLE;
  }
  const review = new ReviewOutputs(args);
  for (const p of problems) review.addProblem(p.path, p.messages);
  if (args.fill && !args.out)
    io.stderr.write(
      lang === "en"
        ? "selfeval: --fill acts only with --out; nothing is written.\n"
        : "selfeval：--fill 只在与 --out 同用时生效，本次不写任何文件。\n",
    );

  const summary: SummaryRow[] = [];
  const jsonItems: (Record<string, unknown> | JsonFailure)[] = [];
  let unreadable = problems.length > 0;
  let errorsFound = false;
  const jobs: FileJob[] = files.map((file) => ({
    file,
    name: displayNameOf(file),
    args,
    inputs: files,
    outPath: outputs.get(file) ?? null,
    outFolder,
  }));
  await checkEach(
    jobs,
    many,
    options,
    (job, i) => {
      if (many)
        io.stderr.write(
          lang === "en" ? `[${i + 1}/${files.length}] checking ${job.name}\n` : `[${i + 1}/${files.length}] 正在校验 ${job.name}\n`,
        );
    },
    (result, { name, file }) => {
      const { report, copy, failure } = result;
      // The stored decisions matched to the report once, for every output that gives them.
      const now = report ? reviewsNow(report, result.reviews ?? EMPTY_REVIEWS) : undefined;
      review.add(result, name, now);
      if (report && args.json !== "-") io.stdout.write(`${formatReport(report, name, lang, now)}\n`);
      if (copy) {
        const out = args.json === "-" ? io.stderr : io.stdout;
        out.write(`${copyLine(copy, lang)}\n`);
        if (copy.lost) out.write(`  ${pick(copy.lost, lang)}\n`);
        if (isLegacyName(file)) out.write(`  ${pick(legacyCopyNotice(file), lang)}\n`);
      }
      if (failure) {
        unreadable = true;
        io.stderr.write(`selfeval: ${pick(failure, lang)}\n`);
      }
      if (report) {
        const counts = countBySeverity(report.issues);
        errorsFound ||= report.issues.some((f, i) => f.severity === "error" && isOpen(now?.findings[i]));
        summary.push({ file: name, forms: report.tables.length, counts, failure: null });
        jsonItems.push(jsonReport(report, name, now));
      } else {
        const f = failure as Failure;
        summary.push({ file: name, forms: null, counts: null, failure: pick(f, lang) });
        jsonItems.push({ file: name, error: { code: f.code, message: pick(f, lang), messages: { zh: f.zh, en: f.en } } });
      }
      if (args.json !== "-" && summary.length < files.length) io.stdout.write("\n");
    },
  );

  if (many && args.json !== "-") io.stdout.write(`\n${formatSummary(summary, lang)}\n`);
  else if (args.json !== "-" && summary.length === 1 && !summary[0].failure) io.stdout.write(`\n${doneLine(summary[0], lang)}\n`);
  if (args.json) {
    const body = jsonText(many ? jsonItems : (jsonItems[0] ?? null));
    if (args.json === "-") io.stdout.write(body);
    else if (files.some((f) => isSameFile(f, args.json!))) {
      unreadable = true;
      io.stderr.write(`selfeval: ${pick(xlsxErrors.writeRefused(args.json).messages, lang)}\n`);
    } else {
      try {
        await fs.writeFile(args.json, body);
      } catch (e) {
        unreadable = true;
        io.stderr.write(
          `selfeval: ${pick(xlsxErrors.writeFailed(args.json, e instanceof Error ? e.message : String(e)).messages, lang)}\n`,
        );
      }
    }
  }
  if (review.wanted) {
    const { done, failures } = await review.write(files);
    const out = args.json === "-" ? io.stderr : io.stdout;
    for (const line of done) out.write(`${pick(line, lang)}\n`);
    for (const f of failures) io.stderr.write(`selfeval: ${pick(f, lang)}\n`);
    unreadable ||= failures.length > 0;
  }
  if (unreadable) return EXIT_UNREADABLE;
  if (args.strict && errorsFound) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** The command line: `selfeval check …`. Resolves to the exit status; never throws. */
export async function main(
  argv: string[],
  rawIo: Io = { stdout: process.stdout, stderr: process.stderr },
  options: RunOptions = {},
): Promise<number> {
  const io: Io = { stdout: safeWriter(rawIo.stdout), stderr: safeWriter(rawIo.stderr) };
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
        return await runCheck(parsed.args, io, options);
      } catch (e) {
        io.stderr.write(`selfeval: ${pick(failureOf(e), parsed.args.lang)}\n`);
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
