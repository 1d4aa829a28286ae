import type { LocalText } from "../../engine";

export type XlsxErrorCode =
  | "missing"
  | "not-a-file"
  | "empty"
  | "legacy-or-encrypted"
  | "not-zip"
  | "corrupt"
  | "unreadable"
  | "write-refused"
  | "write-failed"
  // Raised by the .xls/.et reader (hosts/legacy) and by its look at what a file really is.
  | "encrypted"
  | "truncated"
  | "not-a-workbook"
  | "too-large";

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

export const xlsxErrors = {
  missing: (file: string) =>
    new XlsxError("missing", { zh: `找不到文件${label(file)}。`, en: `File ${labelEn(file)}not found.` }, file),
  notAFile: (file: string) =>
    new XlsxError("not-a-file", { zh: `${label(file)}不是一个文件。`, en: `${labelEn(file)}is not a file.` }, file),
  empty: (file?: string) =>
    new XlsxError("empty", { zh: `文件${label(file)}是空的（0 字节），不是 .xlsx 工作簿。`, en: `${labelEn(file)}is empty (0 bytes); it is not an .xlsx workbook.` }, file),
  legacyOrEncrypted: (file?: string) =>
    new XlsxError(
      "legacy-or-encrypted",
      {
        zh: `文件${label(file)}不是 .xlsx 格式：它要么是旧版 Excel 97-2003 工作簿（.xls），要么是设置了打开密码的 .xlsx。请在 Excel 或 WPS 中打开，去掉密码后另存为 .xlsx 再校验。`,
        en: `${labelEn(file)}is not in .xlsx format: it is either a legacy Excel 97-2003 workbook (.xls) or a password-protected .xlsx. Open it in Excel or WPS, remove the password and save it as .xlsx, then check it again.`,
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
  corrupt: (file: string | undefined, detail: string) =>
    new XlsxError(
      "corrupt",
      {
        zh: `文件${label(file)}已损坏，无法作为 .xlsx 读取（${detail}）。请在 Excel 或 WPS 中打开并另存后再试。`,
        en: `${labelEn(file)}is damaged and cannot be read as .xlsx (${detail}). Open it in Excel or WPS, save it again and retry.`,
      },
      file,
    ),
  unreadable: (file: string, detail: string) =>
    new XlsxError("unreadable", { zh: `无法读取“${file}”（${detail}）。`, en: `Cannot read "${file}" (${detail}).` }, file),
  writeRefused: (out: string) =>
    new XlsxError(
      "write-refused",
      {
        zh: `拒绝写入“${out}”：它是本次校验的输入文件。输出绝不覆盖输入文件，请另选输出路径。`,
        en: `Refusing to write "${out}": it is an input of this run. Output never overwrites an input; choose another output path.`,
      },
      out,
    ),
  writeFailed: (out: string, detail: string) =>
    new XlsxError("write-failed", { zh: `无法写入“${out}”（${detail}）。`, en: `Cannot write "${out}" (${detail}).` }, out),
};
