import { promises as fs } from "fs";
import type { LocalText } from "../engine";
import { workbooksInFolder, type SkippedEntry } from "./folderEntries";

export interface InputProblem {
  path: string;
  messages: LocalText;
}

export interface ExpandedInputs {
  files: string[];
  /** Folders that held no .xlsx, or could not be listed. */
  problems: InputProblem[];
  /** Folder entries named like workbooks but not checked, each with its reason. */
  skipped: SkippedEntry[];
  /** True when a folder was given or several files: the run prints progress and a summary. */
  many: boolean;
}

/** Files a folder scan takes: .xlsx, not Excel's lock files (~$…) nor our own annotated copies. */
export function isWorkbookToCheck(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".xlsx") && !name.startsWith("~$") && !lower.endsWith(".checked.xlsx");
}

/** Folders become the .xlsx files directly inside them (sorted); anything else stays as given, for the reader to judge. */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const skipped: SkippedEntry[] = [];
  let sawFolder = false;
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    sawFolder = true;
    const listed = await workbooksInFolder(input, isWorkbookToCheck).catch((e: unknown) => {
      const code = (e as { code?: string }).code ?? "?";
      problems.push({ path: input, messages: { zh: `无法列出文件夹“${input}”（${code}）。`, en: `Cannot list folder "${input}" (${code}).` } });
      return null;
    });
    if (!listed) continue;
    skipped.push(...listed.skipped);
    if (listed.files.length === 0) {
      problems.push({ path: input, messages: { zh: `文件夹“${input}”中没有 .xlsx 文件。`, en: `Folder "${input}" holds no .xlsx file.` } });
    }
    files.push(...listed.files);
  }
  return { files, problems, skipped, many: sawFolder || files.length > 1 };
}
