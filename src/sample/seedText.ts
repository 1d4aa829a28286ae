/**
 * Reads the seed's text extraction of a document table: each line opened by a tab starts a cell, lines without a tab
 * continue the cell above (a label broken over lines), and a blank line followed by a tab-opened line starts a new row.
 */
export function seedRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let pendingBreak = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.startsWith("\t")) {
      if (!row || pendingBreak) {
        row = [];
        rows.push(row);
      }
      row.push(line.slice(1));
      pendingBreak = false;
    } else if (line === "") {
      pendingBreak = true;
    } else if (row && row.length > 0) {
      row[row.length - 1] += "\n" + line;
      pendingBreak = false;
    }
  }
  return rows;
}
