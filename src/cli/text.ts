import { formatScore } from "../engine";
import { displayWidth } from "../app/review/textWidth";

export { displayWidth };

export function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** A score for people: up to 2 decimals, no trailing zeros; "—" when unknown. */
export function scoreText(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return formatScore(n);
}

/** Rows of cells as an aligned table; numeric columns (right) aligned right. */
export function table(rows: readonly string[][], right: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right.has(i) ? padStart(cell, widths[i]) : i === row.length - 1 ? cell : padEnd(cell, widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
