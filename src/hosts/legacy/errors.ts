import { XlsxError } from "../xlsx/errors";

const zhName = (file: string | undefined) => (file ? `“${file}”` : "");
const enName = (file: string | undefined) => (file ? `"${file}"` : "The file");

const SAVE_AS_ZH = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再校验。";
const SAVE_AS_EN = "Open it in Excel or WPS, save it as .xlsx and check that copy.";

/** What a file that is not a workbook turns out to be, in both languages. */
const NOT_A_WORKBOOK: Record<string, { zh: string; en: string }> = {
  text: { zh: "一个文本文件（可能是改了扩展名的 .csv）", en: "a text file (perhaps a .csv renamed)" },
  html: { zh: "一个网页（HTML）文件，常见于网上系统导出的“.xls”", en: "a web page (HTML), as some online systems export under .xls" },
  xml: { zh: "一个 XML 文件（可能是 Excel 2003 XML 表格）", en: "an XML file (perhaps an Excel 2003 XML spreadsheet)" },
  pdf: { zh: "一个 PDF 文件", en: "a PDF file" },
  "word-zip": { zh: "一个 Word 文档（.docx）", en: "a Word document (.docx)" },
  "powerpoint-zip": { zh: "一个 PowerPoint 演示文稿（.pptx）", en: "a PowerPoint presentation (.pptx)" },
  word: { zh: "一个 Word 97-2003 文档（.doc）", en: "a Word 97-2003 document (.doc)" },
  powerpoint: { zh: "一个 PowerPoint 97-2003 演示文稿（.ppt）", en: "a PowerPoint 97-2003 presentation (.ppt)" },
  compound: { zh: "一个不含工作簿的 OLE 复合文档", en: "an OLE compound file holding no workbook" },
  unknown: { zh: "一个无法识别格式的文件", en: "a file of a format the checker does not know" },
};

export const legacyErrors = {
  encrypted: (file?: string) =>
    new XlsxError(
      "encrypted",
      {
        zh:
          `文件${zhName(file)}设置了打开密码（已加密），无法读取。` +
          "请在 Excel 或 WPS 中输入密码打开，去掉密码（文件→信息→保护工作簿/文档加密）并另存后再校验。",
        en:
          `${enName(file)} is password-protected (encrypted) and cannot be read. ` +
          "Open it in Excel or WPS with its password, remove the password and save it, then check it again.",
      },
      file,
    ),
  truncated: (file: string | undefined, detail: string | { zh: string; en: string }) => {
    const why = typeof detail === "string" ? { zh: detail, en: detail } : detail;
    return new XlsxError(
      "truncated",
      {
        zh: `文件${zhName(file)}不完整或已损坏（${why.zh}），可能下载或拷贝时被截断。请取得完整的原文件后再试。`,
        en:
          `${enName(file)} is incomplete or damaged (${why.en}); it may have been cut short while downloading or copying. ` +
          "Get the whole file and try again.",
      },
      file,
    );
  },
  notAWorkbook: (file: string | undefined, kind: string) => {
    const what = NOT_A_WORKBOOK[kind] ?? NOT_A_WORKBOOK.unknown;
    return new XlsxError(
      "not-a-workbook",
      {
        zh: `文件${zhName(file)}不是 Excel 或 WPS 工作簿，而是${what.zh}。${SAVE_AS_ZH}`,
        en: `${enName(file)} is not an Excel or WPS workbook but ${what.en}. ${SAVE_AS_EN}`,
      },
      file,
    );
  },
  tooLarge: (file: string | undefined, what: { zh: string; en: string }) =>
    new XlsxError(
      "too-large",
      {
        zh: `文件${zhName(file)}超出 .xls 读取的上限：${what.zh}。${SAVE_AS_ZH}`,
        en: `${enName(file)} is beyond what the .xls reader takes: ${what.en}. ${SAVE_AS_EN}`,
      },
      file,
    ),
};
