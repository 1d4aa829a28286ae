/** The state behind the fake WPS Application: workbooks, sheets, cells (1-based rows and columns, as ET has them). */

/** An inclusive 1-based rectangle. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeCell {
  /** What `Value2` gives: number, text, boolean, or an error literal kept as `{ error }`. null = empty. */
  value: number | string | boolean | { error: string } | null;
  formula: string | null;
  numberFormat: string;
  /** BGR fill colour, null = no fill. */
  color: number | null;
  comment: string | null;
}

export const GENERAL = "General";

export const emptyCell = (): FakeCell => ({ value: null, formula: null, numberFormat: GENERAL, color: null, comment: null });

export const isDefaultCell = (c: FakeCell) => c.value === null && c.formula === null && c.numberFormat === GENERAL && c.color === null && c.comment === null;

export class FakeSheetModel {
  readonly cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  visible = -1;
  protectedContents = false;
  readonly widths = new Map<number, number>();
  /** Formula results seen before, so that a formula written back shows its result again (as recalculation would). */
  readonly results = new Map<string, { formula: string; value: FakeCell["value"] }>();

  constructor(public name: string) {}

  static key = (r: number, c: number) => `${r},${c}`;

  cell(r: number, c: number): FakeCell {
    return this.cells.get(FakeSheetModel.key(r, c)) ?? emptyCell();
  }

  update(r: number, c: number, change: (cell: FakeCell) => void): void {
    const k = FakeSheetModel.key(r, c);
    const cell = { ...(this.cells.get(k) ?? emptyCell()) };
    change(cell);
    if (isDefaultCell(cell)) this.cells.delete(k);
    else this.cells.set(k, cell);
  }

  mergeAt(r: number, c: number): Area | null {
    return this.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2) ?? null;
  }

  /** Bounding box of every cell that holds anything, and of every merged area; A1 for an empty sheet. */
  usedArea(): Area {
    let area: Area | null = null;
    const grow = (r1: number, c1: number, r2: number, c2: number) => {
      area = area ? { r1: Math.min(area.r1, r1), c1: Math.min(area.c1, c1), r2: Math.max(area.r2, r2), c2: Math.max(area.c2, c2) } : { r1, c1, r2, c2 };
    };
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      grow(r, c, r, c);
    }
    for (const m of this.merges) grow(m.r1, m.c1, m.r2, m.c2);
    return area ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  }
}

export class FakeBookModel {
  sheets: FakeSheetModel[] = [];
  protectStructure = false;
  constructor(public name: string) {}

  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

/** Every call into the fake, by member ("Range.Value2", "Range.Value2=", "Worksheet.Range()"). */
export class CallCounter {
  total = 0;
  readonly byMember = new Map<string, number>();

  hit(member: string): void {
    this.total++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byMember.clear();
  }
}
