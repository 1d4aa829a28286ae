import { HostError } from "../../app/host";

type Code = HostError["code"];

const MESSAGES: Record<Code, { zh: string; en: string }> = {
  protected: {
    zh: "工作表受保护，无法写入。请先撤消工作表保护后重试。",
    en: "A worksheet is protected and cannot be written. Unprotect it and try again.",
  },
  "workbook-changed": {
    zh: "运行期间工作簿或工作表已变化（切换了工作簿，或工作表被重命名、删除）。未写入任何内容，请重试。",
    en:
      "The workbook or a worksheet changed during the run (another workbook was activated, or a sheet was renamed or deleted). " +
      "Nothing was written; please try again.",
  },
  "too-large": { zh: "数据量超过 Excel 单次请求上限（5 MB）。", en: "The data exceeds Excel's 5 MB request limit." },
  unreadable: { zh: "无法读取工作簿内容。", en: "The workbook could not be read." },
  unsupported: { zh: "此版本的 Excel 不支持该功能。", en: "This version of Excel does not support this feature." },
  failed: { zh: "Excel 未能完成操作。", en: "Excel could not complete the operation." },
};

const BY_OFFICE_CODE: Record<string, Code> = {
  AccessDenied: "protected",
  ItemNotFound: "workbook-changed",
  InvalidReference: "workbook-changed",
  InvalidSelection: "workbook-changed",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  PayloadTooLarge: "too-large",
  RangeExceedsLimit: "too-large",
  ApiNotFound: "unsupported",
  ApiNotAvailable: "unsupported",
  UnsupportedOperation: "unsupported",
};

export function hostError(code: Code, detail?: { zh: string; en: string }): HostError {
  const base = MESSAGES[code];
  return new HostError(code, detail ? { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } : base);
}

/** Any failure of an Excel.run → a HostError with zh/en messages; an OfficeExtension.Error's `code` picks the kind. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "UndoNotSupported")
    return new HostError("failed", {
      zh: "Excel 无法把这次操作合并为一步撤销，操作未完成。请重试。",
      en: "Excel could not group this operation into one undo step; it was not completed. Please try again.",
    });
  if (code === "InvalidOperationInCellEditMode")
    return new HostError("failed", {
      zh: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
      en: "Excel is in cell-edit mode. Press Enter or Esc to finish editing, then try again.",
    });
  const kind = typeof code === "string" ? BY_OFFICE_CODE[code] : undefined;
  if (kind) return hostError(kind);
  const text = error instanceof Error ? error.message : String(error);
  return hostError("failed", { zh: `（${text}）`, en: `(${text})` });
}

/** A finding on a hidden sheet was clicked: Excel cannot select a cell there. */
export function hiddenSheet(sheet: string): HostError {
  return new HostError("failed", {
    zh: `工作表“${sheet}”已隐藏，无法定位到其中的单元格。请先取消隐藏（右键单击工作表标签 › 取消隐藏）。`,
    en: `Sheet "${sheet}" is hidden, so its cells cannot be selected. Unhide it first (right-click a sheet tab › Unhide).`,
  });
}

/** A write batch failed and putting the cells back failed too: the record still lists every change. */
export function rollbackFailed(cause: HostError): HostError {
  return new HostError(cause.code, {
    zh: `${cause.messages.zh}部分修改未能自动撤回，请使用“清除标记”或“撤销填充”还原。`,
    en: `${cause.messages.en} Some changes could not be rolled back automatically; use Clear marks or Undo fill to restore them.`,
  });
}

/** The record read back differently from what was stored: nothing may rely on it. */
export function recordNotStored(cellsChanged: boolean): HostError {
  return new HostError("failed", {
    zh: cellsChanged
      ? "无法把校验记录完整保存到工作簿（读回的内容不一致）。单元格已还原，但记录可能不可用。"
      : "无法把校验记录完整保存到工作簿（读回的内容不一致），为保证以后能撤销，本次没有修改单元格。",
    en: cellsChanged
      ? "The record could not be stored whole in the workbook (it read back differently). " +
        "The cells were put back, but the record may be unusable."
      : "The record could not be stored whole in the workbook (it read back differently); " +
        "to keep every change undoable, no cell was changed.",
  });
}
