import type { LocalText } from "../../engine";
import { libraryDetail, systemDetail } from "./errorDetail";

export type XlsxErrorCode =
  | "missing"
  | "link-loop"
  | "not-a-file"
  | "empty"
  | "legacy-or-encrypted"
  | "not-zip"
  | "corrupt"
  | "duplicate-parts"
  | "too-large"
  | "too-many-merges"
  | "out-of-memory"
  | "timeout"
  | "crashed"
  | "unreadable"
  | "write-refused"
  | "write-failed"
  // Raised by the .xls/.et reader (hosts/legacy) and by its look at what a file really is.
  | "encrypted"
  | "truncated"
  // Something else under a workbook's name: a .docx, a CSV, a PDF, a zip with no workbook part.
  | "not-a-workbook";

/** A workbook that cannot be read or written, with a message fit for a user (no stack trace). */
export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  readonly messages: LocalText;
  readonly file: string | undefined;

  constructor(code: XlsxErrorCode, messages: LocalText, file?: string) {
    super(messages.en);
    this.name = "XlsxError";
    this.code = code;
    this.messages = messages;
    this.file = file;
  }

  localized(lang: "zh" | "en"): string {
    return lang === "en" ? this.messages.en : this.messages.zh;
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}

const label = (file: string | undefined) => (file ? `“${file}”` : "");
const labelEn = (file: string | undefined) => (file ? `"${file}" ` : "the file ");
const count = (n: number) => n.toLocaleString("en-US");

const RESAVE = { zh: "请在 Excel 或 WPS 中打开并另存后再试。", en: "Open it in Excel or WPS, save it again and retry." };
const UNMERGE = { zh: "请取消不需要的合并后再试。", en: "Unmerge what is not needed and retry." };

/** Where the merges are: `sheet` null, the sheets together. */
const mergesWhere = (sheet: string | null): LocalText =>
  sheet === null ? { zh: "各工作表", en: "over its sheets" } : { zh: `的工作表“${sheet}”`, en: `on sheet "${sheet}"` };

export const xlsxErrors = {
  missing: (file: string) => new XlsxError("missing", { zh: `找不到文件${label(file)}。`, en: `File ${labelEn(file)}not found.` }, file),
  linkLoop: (file: string) =>
    new XlsxError(
      "link-loop",
      {
        zh: `无法打开${label(file)}：符号链接形成了循环（链接最终指向自己）。`,
        en: `Cannot open ${labelEn(file)}: its symbolic links form a loop.`,
      },
      file,
    ),
  notAFile: (file: string) =>
    new XlsxError("not-a-file", { zh: `${label(file)}不是一个文件。`, en: `${labelEn(file)}is not a file.` }, file),
  empty: (file?: string) =>
    new XlsxError(
      "empty",
      {
        zh: `文件${label(file)}是空的（0 字节），不是 .xlsx 工作簿。`,
        en: `${labelEn(file)}is empty (0 bytes); it is not an .xlsx workbook.`,
      },
      file,
    ),
  legacyOrEncrypted: (file?: string) =>
    new XlsxError(
      "legacy-or-encrypted",
      {
        zh:
          `文件${label(file)}不是 .xlsx 格式：它要么是旧版 Excel 97-2003 工作簿（.xls），要么是设置了打开密码的 .xlsx。` +
          "请在 Excel 或 WPS 中打开，去掉密码后另存为 .xlsx 再校验。",
        en:
          `${labelEn(file)}is not in .xlsx format: it is either a legacy Excel 97-2003 workbook (.xls) or a password-protected .xlsx. ` +
          "Open it in Excel or WPS, remove the password and save it as .xlsx, then check it again.",
      },
      file,
    ),
  notZip: (file?: string) =>
    new XlsxError(
      "not-zip",
      {
        zh: `文件${label(file)}不是 .xlsx 工作簿（内容不是 zip 压缩包，可能是改了扩展名的文本或其他文件）。`,
        en: `${labelEn(file)}is not an .xlsx workbook (its content is not a zip archive; perhaps a text or other file renamed to .xlsx).`,
      },
      file,
    ),
  notWorkbook: (file?: string) =>
    new XlsxError(
      "not-a-workbook",
      {
        zh: `文件${label(file)}不是 Excel 工作簿（可能是改了扩展名的 .docx/.pptx）：压缩包中没有工作簿部件 xl/workbook.xml。`,
        en:
          `${labelEn(file)}is not an Excel workbook (perhaps a .docx/.pptx renamed to .xlsx): ` +
          "the package holds no workbook part xl/workbook.xml.",
      },
      file,
    ),
  /** `detail` is the library's own (English) words: the Chinese message says the same in Chinese. */
  corrupt: (file: string | undefined, detail: string) => {
    const zh = libraryDetail(detail);
    return new XlsxError(
      "corrupt",
      {
        zh: `文件${label(file)}已损坏，无法作为 .xlsx 读取（${zh}）。${RESAVE.zh}`,
        en: `${labelEn(file)}is damaged and cannot be read as .xlsx (${detail}). ${RESAVE.en}`,
      },
      file,
    );
  },
  duplicateParts: (file: string | undefined, part: string) =>
    new XlsxError(
      "duplicate-parts",
      {
        zh: `文件${label(file)}的压缩包中有重名的部件“${part}”：不同程序可能读到不同的内容，拒绝校验。${RESAVE.zh}`,
        en:
          `${labelEn(file)}holds two parts named "${part}": different programs may read different content, so it is not checked. ` +
          RESAVE.en,
      },
      file,
    ),
  tooLarge: (file: string | undefined, what: LocalText) =>
    new XlsxError(
      "too-large",
      {
        zh: `文件${label(file)}解压后过大（${what.zh}），为避免耗尽内存，拒绝读取。`,
        en: `${labelEn(file)}is too large once unpacked (${what.en}); it is not read, so as not to exhaust memory.`,
      },
      file,
    ),
  /** `sheet` null: the sheets together. */
  tooManyMergeAreas: (file: string | undefined, sheet: string | null, areas: number, limit: number) => {
    const where = mergesWhere(sheet);
    const cap =
      sheet === null
        ? { zh: "读取代价超出上限", en: "more than can be read at a bounded cost" }
        : { zh: `上限 ${count(limit)}`, en: `the limit is ${count(limit)}` };
    return new XlsxError(
      "too-many-merges",
      {
        zh: `文件${label(file)}${where.zh}合并单元格过多（${count(areas)} 个合并区域，${cap.zh}），拒绝读取。${UNMERGE.zh}`,
        en: `${labelEn(file)}has too many merged areas ${where.en} (${count(areas)}, ${cap.en}); it is not read. ${UNMERGE.en}`,
      },
      file,
    );
  },
  /** `sheet` null: the sheets together. */
  mergesTooLarge: (file: string | undefined, sheet: string | null, cells: number, limit: number) => {
    const where = mergesWhere(sheet);
    return new XlsxError(
      "too-many-merges",
      {
        zh: `文件${label(file)}${where.zh}合并单元格过大（合并区域共覆盖 ${count(cells)} 个单元格，上限 ${count(limit)}），拒绝读取。${UNMERGE.zh}`,
        en:
          `${labelEn(file)}has merged areas too large ${where.en} (they cover ${count(cells)} cells, the limit is ${count(limit)}); ` +
          `it is not read. ${UNMERGE.en}`,
      },
      file,
    );
  },
  outOfMemory: (file: string, limitMb: number) =>
    new XlsxError(
      "out-of-memory",
      {
        zh: `读取文件${label(file)}时内存用量超过上限（${limitMb} MB），已停止读取此文件。`,
        en: `Reading ${labelEn(file)}took more memory than allowed (${limitMb} MB); this file was abandoned.`,
      },
      file,
    ),
  timedOut: (file: string, seconds: number) =>
    new XlsxError(
      "timeout",
      {
        zh: `校验文件${label(file)}超过 ${seconds} 秒仍未完成，已停止校验此文件。`,
        en: `Checking ${labelEn(file)}did not finish within ${seconds} seconds; this file was abandoned.`,
      },
      file,
    ),
  crashed: (file: string, detail: LocalText) =>
    new XlsxError(
      "crashed",
      {
        zh: `校验文件${label(file)}时处理进程意外退出（${detail.zh}），已跳过此文件。`,
        en: `The process checking ${labelEn(file)}stopped unexpectedly (${detail.en}); this file was skipped.`,
      },
      file,
    ),
  unreadable: (file: string, detail: string) =>
    new XlsxError("unreadable", { zh: `无法读取“${file}”（${systemDetail(detail)}）。`, en: `Cannot read "${file}" (${detail}).` }, file),
  writeRefused: (out: string) =>
    new XlsxError(
      "write-refused",
      {
        zh: `拒绝写入“${out}”：它是本次校验的输入文件。输出绝不覆盖输入文件，请另选输出路径。`,
        en: `Refusing to write "${out}": it is an input of this run. Output never overwrites an input; choose another output path.`,
      },
      out,
    ),
  notARegularTarget: (out: string) =>
    new XlsxError(
      "write-refused",
      {
        zh: `拒绝写入“${out}”：它已存在，但不是普通文件（可能是管道、设备或文件夹）。请另选输出路径。`,
        en:
          `Refusing to write "${out}": it exists but is not a regular file (perhaps a pipe, a device or a folder). ` +
          "Choose another output path.",
      },
      out,
    ),
  writeFailed: (out: string, detail: string) =>
    new XlsxError("write-failed", { zh: `无法写入“${out}”（${systemDetail(detail)}）。`, en: `Cannot write "${out}" (${detail}).` }, out),
};
