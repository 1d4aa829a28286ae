import { checkWorkbook, type WorkbookGrid } from "../../engine";
import type { PaneSettings } from "../../app/host";
import { userSheets } from "../../app/ownership/writes";
import { hasReviews, type Reviews } from "../../app/review/decision";
import { formFacts } from "../../app/review/formFacts";
import { isOwnOpinionHead } from "../../app/review/opinion";
import { OPINION_SHEET, opinionCells, opinionSheetOf } from "../../app/review/opinionSheet";
import type { WrittenSheet } from "./protocol";

/**
 * The 审核意见 sheet an annotated copy gets when its workbook carries decisions, as the command line's copy does: the
 * forms checked now with the page's settings. None when there is no decision, or when the session wrote one already
 * (导出审核意见). It replaces only a 审核意见 sheet of ours; beside the user's own it takes the next free name.
 */
export function copyOpinion(
  grid: WorkbookGrid,
  file: string,
  settings: PaneSettings,
  reviews: Reviews,
  written: readonly WrittenSheet[],
): WrittenSheet | null {
  if (!hasReviews(reviews) || written.some((w) => w.requested === OPINION_SHEET)) return null;
  const { report, forms } = checkWorkbook(userSheets(grid), { profile: settings.profile, lang: settings.lang, file });
  const facts = formFacts(forms);
  const layout = opinionSheetOf(report, { file, lang: settings.lang, date: new Date(), facts, reviews });
  const own = grid.sheets.find((s) => s.name === OPINION_SHEET);
  const replace = !!own && own.originRow === 0 && own.originCol === 0 && isOwnOpinionHead(own.values[0]?.[0]);
  let name = OPINION_SHEET;
  for (let n = 2; !replace && grid.sheets.some((s) => s.name === name); n++) name = `${OPINION_SHEET} (${n})`;
  const content = { values: opinionCells(layout), merges: layout.merges, widths: layout.widths };
  return { requested: OPINION_SHEET, name, replace, content };
}
