import type { Finding, FindingCode, LocalText, Severity } from "./types";
import { a1 } from "../grid/address";

/** Collects one form's findings with their sheet, cell and language settled. */
export class FindingList {
  readonly items: Finding[] = [];

  constructor(
    private readonly sheet: string,
    private readonly table: number,
    private readonly lang: "zh" | "en",
  ) {}

  /** row and col are 0-based, absolute. */
  add(code: FindingCode, severity: Severity, row: number, col: number, messages: LocalText): void {
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
