import type { Finding, FindingCode, LocalText, Severity } from "./types";
import { a1 } from "../grid/address";

/**
 * Collects one form's findings with their sheet, cell and language settled. The same finding on the same cell is kept
 * once: a cell merged over several rows (a 分值 per 二级 group) is read by each of them.
 */
export class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly sheet: string,
    private readonly table: number,
    private readonly lang: "zh" | "en",
  ) {}

  /** row and col are 0-based, absolute. */
  add(code: FindingCode, severity: Severity, row: number, col: number, messages: LocalText): void {
    const key = `${code}\u0000${row}\u0000${col}\u0000${messages.zh}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({
      code,
      severity,
      sheet: this.sheet,
      row: row + 1,
      col: col + 1,
      cell: a1(row, col),
      message: messages[this.lang],
      messages,
      table: this.table,
    });
  }
}
