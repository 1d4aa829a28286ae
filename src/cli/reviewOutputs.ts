import type { LocalText } from "../engine";
import type { ReviewsNow } from "../app/review/decision";
import { NO_OPINION, opinionPages, type OpinionPage } from "../app/review/opinion";
import { opinionSheet } from "../app/review/opinionSheet";
import { fileNoteSummary, formSummaries, summaryCsv, summaryTable, unreadableSummary, type FormSummary } from "../app/review/summary";
import { isSameFile } from "../hosts/xlsx";
import { writeNewFile } from "../hosts/xlsx/reviewFiles";
import { writeOpinionXlsx } from "../hosts/xlsx/writeOpinion";
import { writeSummaryXlsx } from "../hosts/xlsx/writeSummary";
import type { CheckArgs } from "./args";
import { failureOf, type FileResult } from "./checkFile";

/**
 * What --summary and --opinion collect while the files are checked: a row per form (or per file that gave none) and a
 * page per form, written once every file has been seen.
 */
export class ReviewOutputs {
  private readonly rows: FormSummary[] = [];
  private readonly pages: OpinionPage[] = [];
  private readonly notes: FormSummary[] = [];

  constructor(
    private readonly args: CheckArgs,
    private readonly date: Date = new Date(),
  ) {}

  get wanted(): boolean {
    return this.args.summary !== null || this.args.opinion !== null;
  }

  /** One checked (or unreadable) file; `now`: its stored decisions matched to its report. */
  add(result: FileResult, file: string, now?: ReviewsNow): void {
    if (!this.wanted) return;
    const { report, facts, failure, reviews } = result;
    if (!report) {
      if (failure) this.rows.push(unreadableSummary(file, failure));
      return;
    }
    this.rows.push(...formSummaries(report, { file, facts, reviews, now }));
    if (this.args.opinion) this.pages.push(...opinionPages(report, { file, lang: this.args.lang, date: this.date, facts, reviews, now }));
  }

  /** An entry of a folder that was never opened (a broken link, a pipe): a row with what was said of it. */
  addProblem(path: string, messages: LocalText): void {
    this.notes.push(fileNoteSummary(path, messages));
  }

  /** Writes what was asked: a line saying where each output went, and the failures (one per output not written). */
  async write(inputs: readonly string[]): Promise<{ done: LocalText[]; failures: LocalText[] }> {
    const done: LocalText[] = [];
    const failures: LocalText[] = [];
    const { summary, opinion, lang } = this.args;
    const attempt = async (write: () => Promise<void>, said: LocalText) => {
      try {
        await write();
        done.push(said);
      } catch (e) {
        failures.push(failureOf(e));
      }
    };
    if (summary) {
      const rows = [...this.rows, ...this.notes];
      const forms = rows.filter((r) => r.sheet !== "").length;
      const said = {
        zh: `汇总表：${summary}（${forms} 张自评表，另有 ${rows.length - forms} 行为无自评表或无法读取的文件）`,
        en: `Summary: ${summary} (${forms} forms, and ${rows.length - forms} rows for files without a form or not read)`,
      };
      if (/\.csv$/i.test(summary)) await attempt(() => writeNewFile(summary, summaryCsv(rows, lang), inputs), said);
      else await attempt(() => writeSummaryXlsx(summary, summaryTable(rows, lang), inputs), said);
    }
    if (opinion) {
      const n = this.pages.length;
      const said = {
        zh: `审核意见：${opinion}（${n} 张自评表，每张另起一页）`,
        en: `Review opinions: ${opinion} (${n} forms, each from a new page)`,
      };
      await attempt(() => writeOpinionXlsx(opinion, opinionSheet(this.pages, NO_OPINION[lang]), inputs), said);
    }
    return { done, failures };
  }
}

/** Two outputs of one run named to the same file: the second would overwrite the first. */
export function clashingOutputs(outputs: readonly (string | null)[]): LocalText | null {
  const named = outputs.filter((p): p is string => p !== null && p !== "-");
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (isSameFile(named[i], named[j])) {
        return {
          zh: `“${named[j]}”被指定为两个输出，后写的会覆盖先写的；请为每个输出另选文件名。`,
          en: `"${named[j]}" is named for two outputs, and the second would overwrite the first; give each output its own file.`,
        };
      }
    }
  }
  return null;
}
