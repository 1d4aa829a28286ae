/**
 * A comment's text may be one plain <t> (openpyxl writes that) or rich-text runs <r><t>; exceljs reads only runs, so the
 * plain text would come back empty — and a copy written from it would lose the note. This puts each plain <t> in a run.
 * Null when there is none.
 */
export function commentsWithRuns(xml: string): string | null {
  const out = xml.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?text\b[^>]*>\s*)<((?:[A-Za-z_][\w.-]*:)?)t(\s[^>]*)?>([\s\S]*?)<\/\2t\s*>/g,
    (_all, open: string, prefix: string, attributes: string | undefined, text: string) =>
      `${open}<${prefix}r><${prefix}t${attributes ?? ""}>${text}</${prefix}t></${prefix}r>`,
  );
  return out === xml ? null : out;
}
