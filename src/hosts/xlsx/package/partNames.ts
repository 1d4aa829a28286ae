/** Part names inside a package, as exceljs sees them: no leading slash ("xl/workbook.xml"). */

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; "_rels/.rels" → "" (the package itself). */
export function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsOfSource(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string[] {
  const segments = part.split("/");
  segments.pop();
  return segments.filter((s) => s !== "");
}

/** The part a relationship's target names, resolved against its source part (absolute targets start with "/"). */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split("#")[0];
  const segments = clean.startsWith("/") ? [] : folderOf(source);
  for (const s of clean.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}

/** The relative target that names `part` from `source` ("xl/worksheets/sheet1.xml", "xl/comments1.xml" → "../comments1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
