/** A worksheet name Excel accepts: no []:*?/\, not blank, at most 31 characters, unique (case-insensitive) among `taken`. */
export function worksheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, "")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
