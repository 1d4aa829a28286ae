import JSZip from "jszip";
import type { RecordRead } from "../../../app/ownership/record";
import { RECORD_NAMESPACE, recordReadOfParts } from "../../common/recordXml";
import { inflateBounded } from "./boundedInflate";

/** Custom XML parts as Excel names them; exceljs drops them, so the record the Excel add-in keeps is read here. */
const CUSTOM_PART = /^\/?customXml\/item\d*\.xml$/i;
/** A part larger than this is not a record of ours (records are bounded far below). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

function textOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * The record the Excel add-in stored in the package's custom XML parts ("none" when no part is of our namespace).
 * Call on a package preparePackage has accepted: its size and entries are bounded already.
 */
export async function recordOfCustomParts(bytes: Uint8Array): Promise<RecordRead & { parts?: number }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { status: "none" };
  }
  const xmls: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !CUSTOM_PART.test(entry.name)) continue;
    const chunks: Uint8Array[] = [];
    try {
      await inflateBounded(entry, MAX_PART_BYTES, (c) => chunks.push(c));
    } catch {
      continue;
    }
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (all.set(c, at), at + c.length), 0);
    const xml = textOf(all);
    if (xml.includes(RECORD_NAMESPACE)) xmls.push(xml);
  }
  return { ...recordReadOfParts(xmls), parts: xmls.length };
}
