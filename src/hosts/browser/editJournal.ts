import { isCellError, type Before, type Edit } from "../../engine";

type ValueEdit = Extract<Edit, { kind: "value" }>;

interface Entry {
  /** What the cell held when the file was opened, as far as this kind of edit touches it. */
  original: Before;
  last: Edit;
  /** For value edits: the last number format any edit set. */
  numberFormat?: string;
}

const keyOf = (e: Edit) => `${e.kind}\u0000${e.at.sheet}\u0000${e.at.row}\u0000${e.at.col}`;

const sameColor = (a: string | null, b: string | null) => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

function restoresValue(edit: ValueEdit, numberFormat: string | undefined, before: Extract<Before, { kind: "value" }>): boolean {
  if ((edit.formula ?? null) !== before.formula) return false;
  const was = isCellError(before.value) ? before.value.error : before.value;
  if (!edit.formula && edit.value !== was) return false;
  if (numberFormat === undefined) return true;
  return (numberFormat === "General" ? null : numberFormat) === before.numberFormat;
}

function restores(entry: Entry): boolean {
  const { last, original } = entry;
  if (last.kind === "fill" && original.kind === "fill") return sameColor(last.color, original.color);
  if (last.kind === "note" && original.kind === "note") return last.text === original.text;
  if (last.kind === "value" && original.kind === "value") return restoresValue(last, entry.numberFormat, original);
  return false;
}

/**
 * Every edit applied to an opened file, reduced to what the annotated copy must change: per cell and kind, the last edit,
 * dropped when it only puts back what the file held (marks cleared, fills undone), so the copy keeps the file's own look.
 */
export class EditJournal {
  private readonly entries = new Map<string, Entry>();
  /** Insertion order of first touch, so that the copy applies edits in a stable order. */
  private readonly order: string[] = [];

  record(edits: readonly Edit[], before: readonly Before[]): void {
    edits.forEach((edit, i) => {
      const key = keyOf(edit);
      const entry = this.entries.get(key);
      const numberFormat = edit.kind === "value" && edit.numberFormat !== undefined ? edit.numberFormat : entry?.numberFormat;
      if (entry) {
        entry.last = edit;
        entry.numberFormat = numberFormat;
      } else {
        this.entries.set(key, { original: before[i], last: edit, numberFormat });
        this.order.push(key);
      }
    });
  }

  /** The edits that turn the opened file into the current workbook. */
  netEdits(): Edit[] {
    const out: Edit[] = [];
    for (const key of this.order) {
      const entry = this.entries.get(key)!;
      if (restores(entry)) continue;
      const { last } = entry;
      out.push(last.kind === "value" && entry.numberFormat !== undefined ? { ...last, numberFormat: entry.numberFormat } : last);
    }
    return out;
  }
}
