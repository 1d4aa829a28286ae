import { download } from "../ui/export/download";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes (an annotated workbook unless MIME says else) as a download under `name`. */
export function saveBytes(bytes: ArrayBuffer, name: string, mime = XLSX_MIME): void {
  download(bytes, name, mime);
}
