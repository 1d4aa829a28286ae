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
  /** The cell's own BGR fill colour, null = no fill. */
  color: number | null;
  /** The comment's text as stored (an author line included where the build adds one). */
  comment: string | null;
}

/** A conditional-format rule: its type (2 = xlExpression), formula, the areas it applies to, and its fill. */
export interface FakeRule {
  type: number;
  formula: string | null;
  areas: Area[];
  color: number | null;
}

/** A defined name: a reference to an area of a sheet (null sheet or area: #REF!), or a constant formula. */
export interface NameEntry {
  name: string;
  visible: boolean;
  target: { sheet: FakeSheetModel | null; area: Area | null } | { constant: string };
}

export const GENERAL = "General";
export const XL_EXPRESSION = 2;

export const emptyCell = (): FakeCell => ({ value: null, formula: null, numberFormat: GENERAL, color: null, comment: null });

export const isDefaultCell = (c: FakeCell) =>
  c.value === null && c.formula === null && c.numberFormat === GENERAL && c.color === null && c.comment === null;

const copyCell = (c: FakeCell): FakeCell => ({ ...c, value: typeof c.value === "object" && c.value !== null ? { ...c.value } : c.value });
const copyArea = (a: Area): Area => ({ ...a });

/** How rows move: the new row of an old one, or null when it is gone. */
export type RowMove = (row: number) => number | null;

/**
 * An area after rows were inserted (`at`, `count` > 0) or deleted (`count` < 0, rows at..at-count-1): shifted, grown
 * when rows go in inside it, shrunk when some of its rows go, null when all of them went. As Excel moves merged areas,
 * conditional-format ranges and defined names.
 */
export function moveArea(a: Area, at: number, count: number): Area | null {
  if (count > 0) {
    if (a.r1 >= at) return { ...a, r1: a.r1 + count, r2: a.r2 + count };
    if (a.r2 >= at) return { ...a, r2: a.r2 + count };
    return { ...a };
  }
  const last = at - count - 1;
  if (a.r2 < at) return { ...a };
  if (a.r1 > last) return { ...a, r1: a.r1 + count, r2: a.r2 + count };
  const r1 = a.r1 < at ? a.r1 : at;
  const r2 = a.r2 > last ? a.r2 + count : at - 1;
  return r2 < r1 ? null : { ...a, r1, r2 };
}

export class FakeSheetModel {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  rules: FakeRule[] = [];
  visible = -1;
  protectedContents = false;
  readonly widths = new Map<number, number>();
  /** Formula results seen before, so that a formula written back shows its result again (as recalculation would). */
  results = new Map<string, { formula: string; value: FakeCell["value"] }>();

  constructor(
    public name: string,
    /** What the VBA project calls the sheet; fixed when the sheet is made. */
    public codeName = "",
  ) {}

  static key = (r: number, c: number) => `${r},${c}`;

  cell(r: number, c: number): FakeCell {
    return this.cells.get(FakeSheetModel.key(r, c)) ?? emptyCell();
  }

  update(r: number, c: number, change: (cell: FakeCell) => void): void {
    const k = FakeSheetModel.key(r, c);
    const cell = copyCell(this.cells.get(k) ?? emptyCell());
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
      area = area
        ? { r1: Math.min(area.r1, r1), c1: Math.min(area.c1, c1), r2: Math.max(area.r2, r2), c2: Math.max(area.c2, c2) }
        : { r1, c1, r2, c2 };
    };
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      grow(r, c, r, c);
    }
    for (const m of this.merges) grow(m.r1, m.c1, m.r2, m.c2);
    return area ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  }

  /** Re-keys every cell (and remembered formula result) by `move`. */
  moveCells(move: RowMove): void {
    const rekey = <T>(map: Map<string, T>) => {
      const out = new Map<string, T>();
      for (const [k, v] of map) {
        const [r, c] = k.split(",").map(Number);
        const to = move(r);
        if (to !== null) out.set(FakeSheetModel.key(to, c), v);
      }
      return out;
    };
    this.cells = rekey(this.cells);
    this.results = rekey(this.results);
  }

  clone(): FakeSheetModel {
    const s = new FakeSheetModel(this.name, this.codeName);
    for (const [k, c] of this.cells) s.cells.set(k, copyCell(c));
    s.merges = this.merges.map(copyArea);
    s.rules = this.rules.map((r) => ({ ...r, areas: r.areas.map(copyArea) }));
    s.visible = this.visible;
    s.protectedContents = this.protectedContents;
    for (const [c, w] of this.widths) s.widths.set(c, w);
    for (const [k, v] of this.results) s.results.set(k, { ...v });
    return s;
  }
}

export class FakeBookModel {
  sheets: FakeSheetModel[] = [];
  names: NameEntry[] = [];
  protectStructure = false;
  /** The sheet the user is looking at. */
  active: FakeSheetModel | null = null;
  private nextCode = 1;
  constructor(public name: string) {}

  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A new sheet model with the next free code name (Sheet1, Sheet2…, never reused, as Excel's VBA project does). */
  newSheet(name: string): FakeSheetModel {
    while (this.sheets.some((s) => s.codeName === `Sheet${this.nextCode}`)) this.nextCode++;
    return new FakeSheetModel(name, `Sheet${this.nextCode++}`);
  }

  /** Inserts (`count` > 0) or deletes (`count` < 0) rows of a sheet, moving everything that moves with rows. */
  moveRows(sheet: FakeSheetModel, at: number, count: number): void {
    const move: RowMove = count > 0 ? (r) => (r >= at ? r + count : r) : (r) => (r < at ? r : r < at - count ? null : r + count);
    sheet.moveCells(move);
    sheet.merges = sheet.merges.map((m) => moveArea(m, at, count)).filter((m): m is Area => m !== null && (m.r1 !== m.r2 || m.c1 !== m.c2));
    sheet.rules = sheet.rules
      .map((rule) => ({ ...rule, areas: rule.areas.map((a) => moveArea(a, at, count)).filter((a): a is Area => a !== null) }))
      .filter((rule) => rule.areas.length > 0);
    for (const n of this.names)
      if ("sheet" in n.target && n.target.sheet === sheet && n.target.area) n.target.area = moveArea(n.target.area, at, count);
  }

  /** Removes a sheet: names that point at it become #REF!. */
  removeSheet(sheet: FakeSheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const n of this.names) if ("sheet" in n.target && n.target.sheet === sheet) n.target = { sheet: null, area: n.target.area };
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visible === -1) ?? null;
  }

  /** A deep copy: what a saved file holds, or the state an undo step goes back to. */
  clone(): FakeBookModel {
    const b = new FakeBookModel(this.name);
    const map = new Map(this.sheets.map((s) => [s, s.clone()]));
    b.sheets = this.sheets.map((s) => map.get(s)!);
    b.names = this.names.map((n) => ({
      ...n,
      target:
        "sheet" in n.target
          ? { sheet: n.target.sheet ? (map.get(n.target.sheet) ?? null) : null, area: n.target.area && copyArea(n.target.area) }
          : { ...n.target },
    }));
    b.protectStructure = this.protectStructure;
    b.active = this.active ? (map.get(this.active) ?? null) : null;
    b.nextCode = this.nextCode;
    return b;
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
