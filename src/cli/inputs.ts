import { promises as fs } from "fs";
import * as path from "path";
import type { LocalText } from "../engine";
import { isLegacyName } from "../hosts/legacy/formats";

export interface InputProblem {
  path: string;
  messages: LocalText;
}

export type SkipReason = "lock-file" | "own-copy" | "not-a-workbook" | "sub-folder" | "linked-folder";

/** A file or folder a folder scan passed over, and why: said on stderr, never silently. */
export interface SkippedInput {
  path: string;
  reason: SkipReason;
  messages: LocalText;
}

export interface ExpandedInputs {
  files: string[];
  /** Folders that held no workbook, and files or folders that could not be read: the run exits 2. */
  problems: InputProblem[];
  skipped: SkippedInput[];
  /** True when a folder was given or several files: the run prints progress and a summary. */
  many: boolean;
}

export interface ExpandOptions {
  /** Also the workbooks in sub-folders, at any depth (links to folders are not followed). */
  recursive?: boolean;
}

export type NameKind = "workbook" | "lock-file" | "own-copy" | "other";

/**
 * What a folder scan makes of a file name: a workbook to check (.xlsx, .xls/.xlt, WPS .et/.ett), a lock file (Excel and
 * WPS "~$…", LibreOffice ".~lock.…#"), one of our own annotated copies (*.checked.xlsx), or something else.
 */
export function nameKindOf(name: string): NameKind {
  const lower = name.toLowerCase();
  if (name.startsWith("~$") || lower.startsWith(".~lock.")) return "lock-file";
  if (lower.endsWith(".checked.xlsx")) return "own-copy";
  return lower.endsWith(".xlsx") || isLegacyName(lower) ? "workbook" : "other";
}

export function isWorkbookToCheck(name: string): boolean {
  return nameKindOf(name) === "workbook";
}

function skip(p: string, reason: SkipReason): SkippedInput {
  const texts: Record<SkipReason, LocalText> = {
    "lock-file": {
      zh: `跳过“${p}”：Excel、WPS 或 LibreOffice 的锁文件（该工作簿正被打开）。`,
      en: `Skipped "${p}": a lock file of Excel, WPS or LibreOffice (the workbook is open somewhere).`,
    },
    "own-copy": { zh: `跳过“${p}”：本工具生成的标注副本。`, en: `Skipped "${p}": an annotated copy this tool made.` },
    "not-a-workbook": {
      zh: `跳过“${p}”：不是工作簿（只校验 .xlsx、.xls 和 WPS 的 .et 文件）。`,
      en: `Skipped "${p}": not a workbook (only .xlsx, .xls and WPS .et files are checked).`,
    },
    "sub-folder": {
      zh: `跳过“${p}”：这是子文件夹（加 --recursive 可一并校验）。`,
      en: `Skipped "${p}": a sub-folder (add --recursive to check it too).`,
    },
    "linked-folder": {
      zh: `跳过“${p}”：指向文件夹的链接不会进入（以免重复或循环）。`,
      en: `Skipped "${p}": links to folders are not followed (to avoid repeats and loops).`,
    },
  };
  return { path: p, reason, messages: texts[reason] };
}

/** A folder entry named like a workbook that cannot be checked: the run says why and exits 2. */
function unreadable(p: string, e: unknown): InputProblem {
  // Errors from Node's fs may come from another realm (as under jest): read their fields, not their class.
  const o = e as { code?: unknown; message?: unknown } | null;
  const code = typeof o?.code === "string" ? o.code : null;
  const because: Record<string, LocalText> = {
    ELOOP: { zh: "符号链接形成了循环", en: "its symbolic links form a loop" },
    ENOENT: { zh: "链接指向的文件不存在", en: "the link points to a file that does not exist" },
    NOT_REGULAR: { zh: "不是普通文件（可能是管道、设备或套接字）", en: "not a regular file (a pipe, a device or a socket)" },
  };
  const detail = code ?? (typeof o?.message === "string" ? o.message.split("\n")[0] : String(e));
  const text = (code && because[code]) || { zh: `无法读取（${detail}）`, en: `cannot be read (${detail})` };
  return { path: p, messages: { zh: `跳过“${p}”：${text.zh}。`, en: `Skipped "${p}": ${text.en}.` } };
}

const byName = (a: string, b: string) => a.localeCompare(b);

/** The workbooks of one folder (and, recursively, of its sub-folders), in name order, files before sub-folders. */
async function scanFolder(folder: string, options: ExpandOptions, out: ExpandedInputs): Promise<number> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (e) {
    out.problems.push(unreadable(folder, e));
    return 0;
  }
  let found = 0;
  const folders: string[] = [];
  for (const entry of [...entries].sort((a, b) => byName(a.name, b.name))) {
    const full = path.join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const followed = await fs.stat(full).then(
        (stat) => ({ stat, error: null }),
        (error: unknown) => ({ stat: null, error }),
      );
      const target = followed.stat;
      if (!target) {
        if (nameKindOf(entry.name) === "workbook") out.problems.push(unreadable(full, followed.error));
        else out.skipped.push(skip(full, "not-a-workbook"));
        continue;
      }
      if (target.isDirectory()) {
        out.skipped.push(skip(full, options.recursive ? "linked-folder" : "sub-folder"));
        continue;
      }
      isFile = target.isFile();
      isDir = false;
    }
    if (isDir) {
      if (options.recursive) folders.push(full);
      else out.skipped.push(skip(full, "sub-folder"));
      continue;
    }
    if (!isFile) {
      if (nameKindOf(entry.name) === "workbook") out.problems.push(unreadable(full, { code: "NOT_REGULAR" }));
      else out.skipped.push(skip(full, "not-a-workbook"));
      continue;
    }
    const kind = nameKindOf(entry.name);
    if (kind === "workbook") {
      out.files.push(full);
      found++;
    } else out.skipped.push(skip(full, kind === "other" ? "not-a-workbook" : kind));
  }
  for (const sub of folders) found += await scanFolder(sub, options, out);
  return found;
}

/** Folders become the workbooks inside them (sorted); anything else stays as given, for the reader to judge. */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], problems: [], skipped: [], many: false };
  let sawFolder = false;
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      out.files.push(input);
      continue;
    }
    sawFolder = true;
    const skippedBefore = out.skipped.length;
    const found = await scanFolder(input, options, out);
    if (found === 0 && !out.problems.some((p) => p.path === input)) {
      const hasSubFolders = out.skipped.slice(skippedBefore).some((s) => s.reason === "sub-folder");
      const recurse = hasSubFolders
        ? { zh: "；子文件夹需加 --recursive", en: "; add --recursive for its sub-folders" }
        : { zh: "", en: "" };
      out.problems.push({
        path: input,
        messages: {
          zh: `文件夹“${input}”中没有可校验的工作簿（.xlsx、.xls 或 .et）${recurse.zh}。`,
          en: `Folder "${input}" holds no workbook to check (.xlsx, .xls or .et)${recurse.en}.`,
        },
      });
    }
  }
  out.many = sawFolder || out.files.length > 1;
  return out;
}
