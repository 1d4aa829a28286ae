import type { Finding, FindingCode, LocalText, Severity } from "./types";
import { cellAddress } from "./cellAddress";

/**
 * Collects one form's findings with their sheet, cell and language settled. The same finding on the same cell is kept
 * once: a cell merged over several rows (a 分值 per 二级 group) is read by each of them.
 */
export class FindingList {
  readonly items: Finding[] = [];
  /** Findings so far by cell (row × 65536 + col): most cells have one, so the duplicate check is a short scan. */
  private readonly byCell = new Map<number, Finding[]>();

  constructor(
    private readonly sheet: string,
    private readonly table: number,
    private readonly lang: "zh" | "en",
  ) {}

  /** row and col are 0-based, absolute. */
  add(code: FindingCode, severity: Severity, row: number, col: number, messages: LocalText): void {
    const key = row * 65536 + col;
    const here = this.byCell.get(key);
    if (here !== undefined) for (let i = 0; i < here.length; i++) if (here[i].code === code && here[i].messages.zh === messages.zh) return;
    const finding: Finding = {
      code,
      severity,
      sheet: this.sheet,
      row: row + 1,
      col: col + 1,
      cell: cellAddress(row, col),
      message: messages[this.lang],
      messages,
      table: this.table,
    };
    this.items.push(finding);
    if (here) here.push(finding);
    else this.byCell.set(key, [finding]);
  }
}
