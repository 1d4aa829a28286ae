import { promises as fs } from "fs";
import * as path from "path";
import type { LocalText } from "../engine";

export interface InputProblem {
  path: string;
  messages: LocalText;
}

export interface ExpandedInputs {
  files: string[];
  /** Folders that held no .xlsx. */
  problems: InputProblem[];
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
  let sawFolder = false;
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    sawFolder = true;
    const names = (await fs.readdir(input, { withFileTypes: true }))
      .filter((d) => d.isFile() && isWorkbookToCheck(d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b));
    if (names.length === 0) {
      problems.push({ path: input, messages: { zh: `文件夹“${input}”中没有 .xlsx 文件。`, en: `Folder "${input}" holds no .xlsx file.` } });
    }
    for (const name of names) files.push(path.join(input, name));
  }
  return { files, problems, many: sawFolder || files.length > 1 };
}
