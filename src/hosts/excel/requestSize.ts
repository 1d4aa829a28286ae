/**
 * What one `context.sync()` request costs, estimated from above: Excel on the web refuses a request over 5 MB, and
 * counts it in UTF-8 bytes (a Chinese character is 3), each operation carrying its own action and object-path JSON.
 * Writes are split so that no request passes WRITE_BUDGET, well under the cap.
 */

/** Bytes an operation's own JSON takes in a request (action, object path, method name), on top of its arguments. */
export const OP_OVERHEAD = 300;
/** Excel on the web's cap on one request. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** The most one write request may carry by this estimate: the cap with room for the estimate's error. */
export const WRITE_BUDGET = 3 * 1024 * 1024;
/** The record goes in one request (one custom XML part): it may use more of the cap than other writes. */
export const RECORD_LIMIT = 4.5 * 1024 * 1024;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** One operation with these arguments (none: a load, a delete, a navigation). */
export function opBytes(args?: unknown): number {
  return OP_OVERHEAD + (args === undefined ? 0 : utf8Bytes(JSON.stringify(args)));
}

/**
 * Consecutive groups of `items`, each costing at most `budget` (an item costing more goes alone). `first` bytes are
 * already spent in the first request: when the first item does not fit beside them, the first group is empty.
 */
export function splitByBytes<T>(items: T[], bytesOf: (item: T) => number, budget = WRITE_BUDGET, first = 0): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = first;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (used > 0 && used + bytes > budget) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
