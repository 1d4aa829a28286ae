/** What every host's probes share: the scratch sheet's name and the record-sized text. */

/** Characters of a stored record (a checksum header, then base64). */
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The length of the long-text probe: a large record, above every limit in question (8,203; 32,767). */
export const LONG_STRING_LENGTH = 40_000;

/** A record-sized text in the record's alphabet, varied so that a cut or a mangled run shows. */
export function longText(length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += B64[(i * 7 + (i >> 6)) % 64];
  return s;
}

/** A sheet name no sheet has: "自检_<time>_<random>" (≤ 31 characters, none that Excel or WPS refuse). */
export function scratchName(taken: string[], random: () => number = Math.random, now: () => number = Date.now): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  for (;;) {
    const name = `自检_${now().toString(36)}_${Math.floor(random() * 36 ** 4).toString(36)}`;
    if (!names.has(name.toLowerCase())) return name;
  }
}

/** The size of the timing block: one bulk write and one bulk read of it. */
export const TIMING_ROWS = 1000;
export const TIMING_COLS = 10;

/** The timing block's content: numbers and short Chinese texts, as a form has. */
export function timingRows(): (number | string)[][] {
  return Array.from({ length: TIMING_ROWS }, (_, i) =>
    Array.from({ length: TIMING_COLS }, (_, j) => (j % 2 === 0 ? i * TIMING_COLS + j : `指标${i}-${j}`)),
  );
}
