/** One entry of a zip's central directory: what the archive declares about a file before anything is unpacked. */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** A zip whose central directory cannot be read; the message is the (English) detail. */
export class ZipDirectoryError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function need(b: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > b.length) throw new ZipDirectoryError("Corrupted zip: the central directory runs past the end of the file");
}

/** The end-of-central-directory record's offset, searched from the end (it may be followed by a comment). */
function findEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) if (u32(b, at) === EOCD) return at;
  throw new ZipDirectoryError("Corrupted zip: can't find end of central directory");
}

/** JSZip decodes every name as UTF-8 (flagged or not), and so does this. */
const nameOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The sizes a ZIP64 extra field (0x0001) gives for the 32-bit fields that hold 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, extraAt: number, extraEnd: number, sizes: { u: number; c: number }): void {
  for (let at = extraAt; at + 4 <= extraEnd;) {
    const id = u16(b, at);
    const length = u16(b, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const end = Math.min(field + length, extraEnd);
      if (sizes.u === MAX32 && field + 8 <= end) {
        sizes.u = u64(b, field);
        field += 8;
      }
      if (sizes.c === MAX32 && field + 8 <= end) sizes.c = u64(b, field);
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads a zip's central directory without unpacking anything: every entry's name and declared sizes, duplicates
 * included (JSZip keeps only the last of two equal names). Data before the archive (a self-extracting stub) is allowed.
 */
export function readZipDirectory(b: Uint8Array): ZipEntryInfo[] {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let size = u32(b, end + 12);
  let start = end - size;
  if (count === 0xffff || size === MAX32 || u32(b, end + 16) === MAX32) {
    const locator = end - 20;
    need(b, locator, 20);
    if (u32(b, locator) !== ZIP64_LOCATOR) throw new ZipDirectoryError("Corrupted zip: zip64 locator missing");
    const declared = u64(b, locator + 8);
    const record = u32(b, declared) === ZIP64_EOCD ? declared : locator - 56;
    need(b, record, 56);
    if (u32(b, record) !== ZIP64_EOCD) throw new ZipDirectoryError("Corrupted zip: zip64 end of central directory missing");
    count = u64(b, record + 32);
    size = u64(b, record + 40);
    start = record - size;
  }
  need(b, start, size);
  const entries: ZipEntryInfo[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    need(b, at, 46);
    if (u32(b, at) !== CENTRAL) throw new ZipDirectoryError("Corrupted zip: unexpected signature in the central directory");
    const sizes = { c: u32(b, at + 20), u: u32(b, at + 24) };
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    need(b, at + 46, nameLength + extraLength + commentLength);
    const name = nameOf(b.subarray(at + 46, at + 46 + nameLength));
    zip64Sizes(b, at + 46 + nameLength, at + 46 + nameLength + extraLength, sizes);
    entries.push({ name, compressedSize: sizes.c, uncompressedSize: sizes.u });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
