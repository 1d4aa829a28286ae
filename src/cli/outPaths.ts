import * as fs from "fs";
import * as path from "path";

/** "预算/表一.xlsx" → "表一.checked.xlsx". */
export function checkedName(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return `${ext ? base.slice(0, -ext.length) : base}.checked.xlsx`;
}

function isExistingFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where each input's annotated copy goes. One input and an --out ending in .xlsx (not an existing folder): that file.
 * Otherwise --out is a folder receiving NAME.checked.xlsx per input; equal names get " (2)", " (3)"….
 */
export function planOutputPaths(files: readonly string[], out: string): { folder: string | null; paths: Map<string, string> } {
  const paths = new Map<string, string>();
  if (files.length === 1 && out.toLowerCase().endsWith(".xlsx") && !isExistingFolder(out)) {
    paths.set(files[0], out);
    return { folder: null, paths };
  }
  const taken = new Set<string>();
  for (const file of files) {
    const name = checkedName(file);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/\.checked\.xlsx$/, ` (${n}).checked.xlsx`);
    taken.add(candidate.toLowerCase());
    paths.set(file, path.join(out, candidate));
  }
  return { folder: out, paths };
}
