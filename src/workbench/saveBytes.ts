import { download } from "../ui/export/download";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers an annotated workbook as a download under `name`. */
export function saveBytes(bytes: ArrayBuffer, name: string): void {
  download(bytes, name, XLSX_MIME);
}
