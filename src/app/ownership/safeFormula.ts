/** Functions a score cell's formula may use for 撤销填充 to put it back; anything else stays unrestored. */
const ALLOWED_FUNCTIONS = new Set([
  "SUM",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "IF",
  "IFERROR",
  "MIN",
  "MAX",
  "AVERAGE",
  "SUMPRODUCT",
  "SUBTOTAL",
  "AND",
  "OR",
  "NOT",
  "ABS",
  "INT",
  "TRUNC",
  "MEDIAN",
  "COUNT",
  "COUNTA",
  "SUMIF",
  "ISBLANK",
  "ISNUMBER",
]);

/**
 * Whether a formula from a record read out of the workbook may be written back: plain arithmetic over cell references
 * and a few aggregate functions. A forged record must not be able to plant HYPERLINK, WEBSERVICE, DDE (`|`) or links
 * to other workbooks (`[`).
 */
export function isRestorableFormula(formula: string): boolean {
  if (!formula.startsWith("=") || formula.length > 1024) return false;
  const body = formula.slice(1).replace(/"[^"]*"/g, '""');
  if (/[|[\]{}@#\\`;]/.test(body)) return false;
  if (/[^\w\s$:.,+\-*/^()<>=&%!'"\u4e00-\u9fff]/.test(body)) return false;
  for (const m of body.matchAll(/([A-Za-z_][\w.]*)\s*\(/g)) if (!ALLOWED_FUNCTIONS.has(m[1].toUpperCase())) return false;
  return true;
}
