import type { SheetRef } from "./record";

/**
 * Finds the sheets a record points at in the workbook as it is now: by identity first (it survives a rename); by the
 * recorded name only when no sheet has that identity and the sheet of that name is not claimed by another entry (hosts
 * whose identities do not survive save and reopen). Returns the current name per recorded id, or nothing when gone.
 */
export function resolveSheets(recorded: SheetRef[], now: SheetRef[]): Map<string, string> {
  const out = new Map<string, string>();
  const byId = new Map(now.map((s) => [s.id, s.name]));
  const claimed = new Set(recorded.map((r) => r.id).filter((id) => byId.has(id)));
  for (const r of recorded) {
    const name = byId.get(r.id);
    if (name !== undefined) {
      out.set(r.id, name);
      continue;
    }
    const sameName = now.find((s) => s.name === r.name && !claimed.has(s.id));
    if (sameName) {
      out.set(r.id, sameName.name);
      claimed.add(sameName.id);
    }
  }
  return out;
}

/** The record's sheet table for the sheets its entries use, with the names they have now. */
export function sheetTable(ids: Iterable<string>, now: SheetRef[], previous: SheetRef[]): SheetRef[] {
  const names = new Map([...previous, ...now].map((s) => [s.id, s.name]));
  return [...new Set(ids)].map((id) => ({ id, name: names.get(id) ?? "" }));
}
