import * as XLSX from "@e965/xlsx/dist/xlsx.full.min.js";

/** Hand-made files for the reader's refusals: .xls written by SheetJS, compound files and zips built from parts. */

/** Sheets by name, or as [name, rows] pairs (for names such as "__proto__" that an object literal cannot hold). */
export function xlsOf(sheets: Record<string, unknown[][]> | [string, unknown[][]][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Array.isArray(sheets) ? sheets : Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xls" }) as ArrayBuffer);
}

type Container = { FileIndex: { name: string; content: ArrayLike<number> }[] };

export function compoundOf(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, content);
  return Uint8Array.from(XLSX.CFB.write(cfb, { type: "array" }) as ArrayLike<number>);
}

export function zipOf(files: Record<string, string>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(files)) XLSX.CFB.utils.cfb_add(cfb, name, Buffer.from(text, "utf8"));
  return Uint8Array.from(XLSX.CFB.write(cfb, { type: "array", fileType: "zip" }) as ArrayLike<number>);
}

export function workbookStreamOf(xls: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xls, { type: "array" }) as Container;
  return Uint8Array.from(cfb.FileIndex.find((e) => e.name === "Workbook")!.content);
}

/** The same .xls with its workbook stream replaced. */
export function withWorkbookStream(xls: Uint8Array, change: (stream: Uint8Array) => Uint8Array): Uint8Array {
  return compoundOf({ Workbook: change(workbookStreamOf(xls)) });
}

export function record(type: number, data: number[] = []): number[] {
  return [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
}

/** The stream with records inserted right after the globals' BOF. */
export function insertAfterBof(stream: Uint8Array, records: number[]): Uint8Array {
  const bofEnd = 4 + (stream[2] | (stream[3] << 8));
  return Uint8Array.from([...stream.subarray(0, bofEnd), ...records, ...stream.subarray(bofEnd)]);
}

/** The stream with records inserted before its last EOF: inside the last sheet, moving no other sheet's offset. */
export function insertInLastSheet(stream: Uint8Array, records: number[]): Uint8Array {
  let at = stream.length - 4;
  while (at >= 0 && !(stream[at] === 0x0a && stream[at + 1] === 0 && stream[at + 2] === 0 && stream[at + 3] === 0)) at--;
  return Uint8Array.from([...stream.subarray(0, at), ...records, ...stream.subarray(at)]);
}

/** A FILEPASS record (RC4 encryption header) right after the globals' BOF, as Excel writes for a password to open. */
export function encryptStream(stream: Uint8Array): Uint8Array {
  return insertAfterBof(stream, record(0x002f, [0x01, 0x00, 0x01, 0x00, 0x01, 0x00, ...new Array<number>(48).fill(0x11)]));
}

/** The bundled sample as SheetJS writes it to .xls (BIFF8): a real workbook for tests that run without LibreOffice. */
export function xlsFromXlsx(xlsx: Uint8Array): Uint8Array {
  const wb = XLSX.read(xlsx, { type: "array", cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xls" }) as ArrayBuffer);
}
