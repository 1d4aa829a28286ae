import { HostError } from "../../app/host";

type Code = HostError["code"];

const MESSAGES: Record<Code, { zh: string; en: string }> = {
  protected: {
    zh: "工作表或工作簿结构受保护，无法写入。请先撤销保护后重试。未写入任何内容。",
    en: "A worksheet or the workbook structure is protected. Unprotect it and try again. Nothing was written.",
  },
  "workbook-changed": {
    zh: "找不到要写入的工作表（可能已被重命名或删除）。请重新校验。",
    en: "A worksheet to write is gone (renamed or deleted?). Please check again.",
  },
  "too-large": { zh: "工作表过大，无法一次读取。", en: "A worksheet is too large to read at once." },
  unreadable: { zh: "没有打开的工作簿。请先打开或新建一个工作簿。", en: "No workbook is open. Open or create one first." },
  unsupported: { zh: "此版本的 WPS 表格不支持该功能。", en: "This version of WPS Spreadsheets does not support this feature." },
  failed: { zh: "WPS 表格未能完成操作。", en: "WPS Spreadsheets could not complete the operation." },
};

export function wpsError(code: Code, detail?: { zh: string; en: string }): HostError {
  const base = MESSAGES[code];
  return new HostError(code, detail ? { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } : base);
}

/** Anything the object model threw → a HostError; protection errors are recognised by their text (COM gives no code). */
export function toWpsError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/protect|保护/i.test(text)) return wpsError("protected", { zh: `（${text}）`, en: `(${text})` });
  return wpsError("failed", { zh: `（${text}）`, en: `(${text})` });
}

/** Runs `work`, turning whatever it throws into a HostError. */
export function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toWpsError(error);
  }
}
