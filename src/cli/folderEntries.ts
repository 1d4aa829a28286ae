import type { Dirent } from "fs";
import { promises as fs } from "fs";
import * as path from "path";
import type { LocalText } from "../engine";

/** A folder entry named like a workbook that the run does not check, and why. */
export interface SkippedEntry {
  path: string;
  messages: LocalText;
  /** True when the user may have meant it to be checked (a broken link, a pipe): the run then exits 2. */
  unreadable: boolean;
}

const skip = (p: string, unreadable: boolean, zh: string, en: string): SkippedEntry => ({
  path: p,
  unreadable,
  messages: { zh: `跳过“${p}”：${zh}。`, en: `Skipped "${p}": ${en}.` },
});

async function ofLink(full: string): Promise<string | SkippedEntry> {
  try {
    const target = await fs.stat(full);
    if (target.isFile()) return full;
    if (target.isDirectory()) return skip(full, false, "这是指向文件夹的链接（不查看子文件夹）", "a link to a folder (sub-folders are not checked)");
    return skip(full, true, "链接指向的不是普通文件（可能是管道或设备）", "the link points to something other than a regular file (a pipe or a device)");
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ELOOP") return skip(full, true, "符号链接形成了循环", "its symbolic links form a loop");
    if (code === "ENOENT") return skip(full, true, "链接指向的文件不存在", "the link points to a file that does not exist");
    return skip(full, true, `无法读取（${code ?? "?"}）`, `cannot be read (${code ?? "?"})`);
  }
}

/**
 * The workbooks directly in a folder (sorted), following symbolic links, and every entry named like one that is not
 * checked, with the reason: Excel's lock files, this tool's own copies, folders, pipes, broken or looping links.
 * `isWorkbook` says which names are workbooks to check.
 */
export async function workbooksInFolder(folder: string, isWorkbook: (name: string) => boolean): Promise<{ files: string[]; skipped: SkippedEntry[] }> {
  const entries: Dirent[] = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  for (const d of entries) {
    const full = path.join(folder, d.name);
    if (d.name.startsWith("~$") && isWorkbook(d.name.slice(2))) skipped.push(skip(full, false, "这是 Excel/WPS 打开工作簿时生成的锁文件", "a lock file Excel/WPS keeps while the workbook is open"));
    else if (d.name.toLowerCase().endsWith(".checked.xlsx")) skipped.push(skip(full, false, "这是本工具写出的标注副本", "an annotated copy this tool wrote"));
    else if (!isWorkbook(d.name)) continue;
    else if (d.isFile()) files.push(full);
    else if (d.isSymbolicLink()) {
      const found = await ofLink(full);
      if (typeof found === "string") files.push(found);
      else skipped.push(found);
    } else if (d.isDirectory()) skipped.push(skip(full, false, "这是文件夹（不查看子文件夹）", "a folder (sub-folders are not checked)"));
    else skipped.push(skip(full, true, "不是普通文件（可能是管道、设备或套接字）", "not a regular file (a pipe, a device or a socket)"));
  }
  return { files, skipped };
}
