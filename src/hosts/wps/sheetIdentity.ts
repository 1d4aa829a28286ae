import type { SheetRef } from "../../app/ownership/record";
import { quoteSheet } from "../common/addresses";
import type { EtName, EtWorkbook } from "./etTypes";
import { ID_NAME_PREFIX } from "./ownNames";

/**
 * A sheet's identity in WPS: a hidden workbook-level defined name `_selfeval_sheet_<id>` referring to the sheet's A1.
 * A name's reference follows the sheet through renames, is saved in the file (.xlsx and .et) and so reaches another
 * machine, is not copied with a copied sheet, and turns into #REF! when the sheet is deleted. Worksheet.CodeName would
 * survive a rename too, but the add-in cannot set it, and a workbook that never had a VBA project may give it empty.
 */

const ID = /^[0-9a-z]{8,32}$/;

/** Our identity names as they are now: each id with the sheet its name refers to (null when that sheet is gone). */
export interface Identity {
  id: string;
  sheet: string | null;
  entry: EtName;
}

/** The sheet a reference names: "='Sheet 1'!$A$1" → "Sheet 1", "=表1!$A$1" → "表1"; null for "=#REF!$A$1" and the like. */
export function sheetOfReference(refersTo: unknown): string | null {
  if (typeof refersTo !== "string") return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(refersTo.trim());
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return name.startsWith("#") ? null : name;
}

/** Every name of ours in the book (2 calls per name, 1 more per name of ours). */
export function readIdentities(book: EtWorkbook): Identity[] {
  const names = book.Names;
  const out: Identity[] = [];
  for (let i = 1, n = names.Count; i <= n; i++) {
    const entry = names.Item(i);
    const name = entry.Name;
    if (typeof name !== "string" || !name.startsWith(ID_NAME_PREFIX)) continue;
    const id = name.slice(ID_NAME_PREFIX.length);
    if (ID.test(id)) out.push({ id, sheet: sheetOfReference(entry.RefersTo), entry });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A fresh id: 16 base-36 characters, random (two machines must not make the same one). */
export function newSheetId(random: () => number = Math.random): string {
  let id = "";
  while (id.length < 16) id += Math.floor(random() * 36).toString(36);
  return id;
}

/**
 * The sheets with their identities: each sheet's named ids first (the smallest first), then, for a sheet with none, the
 * id it will get when a record first refers to it (`pending`, kept for the session).
 */
export function sheetRefsOf(sheets: string[], identities: Identity[], pending: Map<string, string>): SheetRef[] {
  const refs: SheetRef[] = [];
  for (const name of sheets) {
    const named = identities.filter((x) => x.sheet === name);
    if (named.length > 0) {
      for (const x of named) refs.push({ id: x.id, name });
      pending.delete(name);
      continue;
    }
    if (!pending.has(name)) pending.set(name, newSheetId());
    refs.push({ id: pending.get(name)!, name });
  }
  return refs;
}

/**
 * Makes the names match a record about to be stored: a name for each recorded sheet that has none yet (an id from
 * `pending`, for a sheet still there), and none for ids the record no longer mentions. Names of ids whose sheet is
 * gone but whose entries the record keeps stay, so that the record still reads the same.
 */
export function syncIdentities(book: EtWorkbook, wanted: SheetRef[], pending: Map<string, string>, sheets: Set<string>): void {
  const identities = readIdentities(book);
  const have = new Set(identities.map((x) => x.id));
  const ids = new Set(wanted.map((s) => s.id));
  for (const x of identities) if (!ids.has(x.id)) x.entry.Delete();
  for (const ref of wanted) {
    if (have.has(ref.id) || pending.get(ref.name) !== ref.id || !sheets.has(ref.name) || !ID.test(ref.id)) continue;
    try {
      book.Names.Add(ID_NAME_PREFIX + ref.id, `=${quoteSheet(ref.name)}!$A$1`, false);
      pending.delete(ref.name);
    } catch {
      // A build without defined names: the record still finds the sheet by the name it had (sheets.ts), until a rename.
    }
  }
}

/** Deletes every name of ours (the record is gone: nothing refers to a sheet any more). */
export function removeIdentities(book: EtWorkbook): void {
  for (const x of readIdentities(book)) x.entry.Delete();
}
