import { HostError } from "../host";
import { isEmptyRecord, type OwnRecord, type RecordRead } from "../ownership/record";
import { decodeRecord, encodeRecord } from "../ownership/recordCodec";
import type { SyncSpreadsheet } from "./syncSpreadsheet";

export function readStoredRecord(sheet: SyncSpreadsheet): RecordRead {
  return decodeRecord(sheet.readRecordText());
}

/**
 * Stores the record and reads it back: a host that truncates or alters long text must fail here, before any cell is
 * written on the record's account, not later when the record is needed.
 */
export function storeRecord(sheet: SyncSpreadsheet, record: OwnRecord): void {
  const text = isEmptyRecord(record) ? null : encodeRecord(record);
  sheet.writeRecordText(text);
  const back = readStoredRecord(sheet);
  const same = text === null ? back.status === "none" : back.status === "ok" && JSON.stringify(back.record) === JSON.stringify(record);
  if (!same)
    throw new HostError("failed", {
      zh: "无法把校验记录完整保存到工作簿（读回的内容不一致），为保证以后能撤销，本次没有修改单元格。",
      en:
        "The record could not be stored whole in the workbook (it read back differently); " +
        "to keep every change undoable, no cell was changed.",
    });
}
