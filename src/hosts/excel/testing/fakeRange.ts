import { a1, rangeA1, type CellRange } from "../../../engine";
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatRule,
  XlCustomConditionalFormat,
  XlRange,
  XlRangeAreas,
} from "../api";
import { parseInput, valueOut, valueTypeOf } from "./fakeInput";
import { getCell, setCell, type FakeConditionalFormat, type FakeSheet } from "./fakeModel";
import { address, cellsOf, FakeObject, FakeOfficeError, intersects, matrix, type CellWrite, type FakeCtx } from "./fakeProxy";

type RangeTarget = { sheet: FakeSheet; r: CellRange };

/** Documented: a range is limited to five million cells for get operations; over 512 merged areas getMergedAreas fails. */
export const CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;
type AreasTarget = { sheet: FakeSheet; areas: CellRange[] };

export class FakeRange extends FakeObject implements XlRange {
  constructor(
    ctx: FakeCtx,
    private readonly target: () => RangeTarget | null,
    version?: string,
  ) {
    super(ctx);
    this.needs = version;
  }
  at(): RangeTarget {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    if (!t.sheet.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return t;
  }
  protected override isNull() {
    return this.target() === null;
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return new FakeConditionalFormats(this.ctx, () => ({ sheet: this.at().sheet, areas: [this.at().r] }), "1.6");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v, "value");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, "formula");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v, "numberFormat");
  }

  private write(prop: "values" | "formulas" | "numberFormat", v: unknown[][], what: CellWrite["what"]) {
    this.ctx.push({
      base: 60,
      payload: v,
      write: true,
      exec: () => {
        const { sheet, r } = this.at();
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols))
          throw new FakeOfficeError("InvalidArgument", `The ${prop} array does not match the range ${rows}×${cols}.`);
        this.ctx.fake.logWrite(sheet, r, what);
        const results = this.ctx.fake.formulaResults;
        for (const [row, col, i, j] of cellsOf(r)) {
          const input = v[i][j];
          const cell = getCell(sheet, row, col);
          if (cell.formula) results.set(`${sheet.id}|${row},${col}|${cell.formula}`, cell.value);
          if (prop === "numberFormat") {
            if (input !== null && input !== undefined) setCell(sheet, row, col, { numberFormat: String(input) });
            continue;
          }
          const patch = parseInput(
            input,
            cell,
            (formula) => {
              const seen = results.get(`${sheet.id}|${row},${col}|${formula}`);
              return seen === undefined ? 0 : seen;
            },
            this.ctx.fake.semantics.apostropheInTextCell,
          );
          if (patch) setCell(sheet, row, col, patch);
        }
        return 0;
      },
    });
  }

  protected scalar(name: string): unknown {
    const { sheet, r } = this.at();
    const cell = (row: number, col: number) => getCell(sheet, row, col);
    const grid = name === "values" || name === "valueTypes" || name === "formulas" || name === "numberFormat";
    if (grid && (r.bottom - r.top + 1) * (r.right - r.left + 1) > CELL_LIMIT) {
      if (this.ctx.fake.semantics.overCellLimit === "throws")
        throw new FakeOfficeError("RangeExceedsLimit", "The range has more than five million cells.");
      return null;
    }
    switch (name) {
      case "address":
        return address(sheet, r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "values":
        return matrix(r, (row, col) => valueOut(cell(row, col)));
      case "valueTypes":
        return matrix(r, (row, col) => valueTypeOf(cell(row, col)));
      case "formulas":
        return matrix(r, (row, col) => cell(row, col).formula ?? valueOut(cell(row, col)));
      case "numberFormat":
        return matrix(r, (row, col) => cell(row, col).numberFormat);
    }
    throw new FakeOfficeError("InvalidArgument", `Range has no ${name}`);
  }

  select(): void {
    this.ctx.push({
      base: 50,
      exec: () => {
        const { sheet, r } = this.at();
        if (this.ctx.book.active !== sheet) throw new FakeOfficeError("InvalidSelection", "Select works on the active sheet only.");
        this.ctx.book.selection = { sheet: sheet.name, address: r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r) };
        return 0;
      },
    });
  }

  merge(across?: boolean): void {
    this.ctx.push({
      base: 60,
      needs: "1.2",
      write: true,
      exec: () => {
        const { sheet, r } = this.at();
        if (across) throw new FakeOfficeError("InvalidArgument", "merge across is not modelled");
        if (sheet.merges.some((m) => intersects(m, r))) throw new FakeOfficeError("InvalidOperation", "Cannot merge over a merged area.");
        this.ctx.fake.logWrite(sheet, r, "merge");
        for (const [row, col] of cellsOf(r)) if (row !== r.top || col !== r.left) setCell(sheet, row, col, { value: null, formula: null });
        sheet.merges.push({ ...r });
        return 0;
      },
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    let found: AreasTarget | null | undefined;
    return new FakeRangeAreas(
      this.ctx,
      () => {
        if (found === undefined) {
          const { sheet, r } = this.at();
          const inside = (m: CellRange) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right;
          const edge = this.ctx.fake.semantics.mergedAreaAtEdge;
          const areas = sheet.merges.flatMap((m): CellRange[] => {
            if (inside(m)) return [m];
            if (!intersects(m, r) || edge === "omitted") return [];
            return [
              edge === "whole"
                ? m
                : {
                    top: Math.max(m.top, r.top),
                    bottom: Math.min(m.bottom, r.bottom),
                    left: Math.max(m.left, r.left),
                    right: Math.min(m.right, r.right),
                  },
            ];
          });
          if (areas.length > MERGED_AREAS_LIMIT)
            throw new FakeOfficeError("GeneralException", `More than ${MERGED_AREAS_LIMIT} merged areas.`);
          found = areas.length ? { sheet, areas } : null;
        }
        return found;
      },
      "1.13",
    );
  }
}

export class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  constructor(
    ctx: FakeCtx,
    private readonly target: () => AreasTarget | null,
    version: string,
  ) {
    super(ctx);
    this.needs = version;
  }
  private at() {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range areas do not exist.");
    return t;
  }
  protected override isNull() {
    return this.target() === null;
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return new FakeConditionalFormats(this.ctx, () => this.at(), "1.9");
  }
  get address(): string {
    return this.read("address");
  }
  protected scalar(name: string): unknown {
    if (name !== "address") throw new FakeOfficeError("InvalidArgument", name);
    const { sheet, areas } = this.at();
    return areas.map((r) => address(sheet, r)).join(",");
  }
}

/** The rules that intersect a range or range areas, top priority first; `add` puts a new rule on top. */
class FakeConditionalFormats extends FakeObject implements XlConditionalFormatCollection {
  private readonly proxies = new Map<FakeConditionalFormat, FakeConditionalFormatProxy>();
  constructor(
    ctx: FakeCtx,
    private readonly target: () => AreasTarget,
    version: string,
  ) {
    super(ctx);
    this.needs = version;
  }
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  protected scalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `ConditionalFormatCollection has no ${name}`);
  }
  protected override loadPath(path: string[]): number {
    if (path[0] !== "items") return super.loadPath(path);
    const { sheet, areas } = this.target();
    if (!sheet.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    let size = 2;
    const models = sheet.cfs.filter((c) => c.alive && c.areas.some((a) => areas.some((b) => intersects(a, b))));
    this.loaded.set(
      "items",
      models.map((m) => {
        const p = this.proxies.get(m) ?? new FakeConditionalFormatProxy(this.ctx, () => ({ sheet, model: m }));
        this.proxies.set(m, p);
        if (path.length > 1) size += p.loadNow([path.slice(1)]);
        return p;
      }),
    );
    return size;
  }
  add(type: "Custom"): XlConditionalFormat {
    const holder: { sheet: FakeSheet; model: FakeConditionalFormat } | { sheet: null; model: null } = { sheet: null, model: null };
    this.ctx.push({
      base: 60,
      payload: type,
      needs: this.needs,
      write: true,
      exec: () => {
        const { sheet, areas } = this.target();
        if (!sheet.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
        if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", `Only custom rules are modelled (${String(type)}).`);
        // Reading (f): a rule added over several areas may keep only the first.
        const kept = this.ctx.fake.semantics.multiAreaRule === "first-area" ? areas.slice(0, 1) : areas;
        for (const a of kept) this.ctx.fake.logWrite(sheet, a, "mark");
        const model: FakeConditionalFormat = {
          id: `{cf-${this.ctx.book.nextId++}}`,
          type,
          formula: null,
          fill: null,
          areas: kept.map((a) => ({ ...a })),
          alive: true,
        };
        sheet.cfs.unshift(model);
        Object.assign(holder, { sheet, model });
        return 40;
      },
    });
    return new FakeConditionalFormatProxy(this.ctx, () => (holder.model ? holder : null));
  }
}

type CfTarget = { sheet: FakeSheet; model: FakeConditionalFormat };

class FakeConditionalFormatProxy extends FakeObject implements XlConditionalFormat {
  private readonly customProxy: FakeCustomConditionalFormat;
  private readonly customOrNull: FakeCustomConditionalFormat;
  constructor(
    ctx: FakeCtx,
    private readonly target: () => CfTarget | null,
  ) {
    super(ctx);
    this.needs = "1.6";
    // Loading `custom` of a rule of another type: the docs are silent; the fake refuses it (the pessimistic reading).
    this.customProxy = new FakeCustomConditionalFormat(ctx, () => {
      const t = this.at();
      if (t.model.type !== "Custom")
        throw new FakeOfficeError("InvalidArgument", `The conditional format is of type ${t.model.type}, not Custom.`);
      return t;
    });
    this.customOrNull = new FakeCustomConditionalFormat(ctx, () => (this.at().model.type === "Custom" ? this.at() : null));
  }
  private at(): CfTarget {
    const t = this.target();
    if (!t || !t.model.alive || !t.sheet.alive) throw new FakeOfficeError("ItemNotFound", "The conditional format no longer exists.");
    return t;
  }
  get type(): string {
    return this.read("type");
  }
  get custom(): XlCustomConditionalFormat {
    return this.customProxy;
  }
  get customOrNullObject(): XlCustomConditionalFormat {
    return this.customOrNull;
  }
  protected scalar(name: string): unknown {
    if (name === "type") return this.at().model.type;
    if (name === "id") return this.at().model.id;
    throw new FakeOfficeError("InvalidArgument", `ConditionalFormat has no ${name}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "custom") return this.customProxy;
    if (name === "customOrNullObject") return this.customOrNull;
    return super.child(name);
  }
  getRangeOrNullObject(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, model } = this.at();
        return model.areas.length === 1 ? { sheet, r: model.areas[0] } : null;
      },
      "1.6",
    );
  }
  getRanges(): XlRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, model } = this.at();
        return { sheet, areas: model.areas };
      },
      "1.9",
    );
  }
  delete(): void {
    this.ctx.push({
      base: 50,
      needs: "1.6",
      write: true,
      exec: () => {
        const { sheet, model } = this.at();
        for (const a of model.areas) this.ctx.fake.logWrite(sheet, a, "mark");
        model.alive = false;
        return 0;
      },
    });
  }
}

class FakeCustomConditionalFormat extends FakeObject implements XlCustomConditionalFormat {
  readonly rule: XlConditionalFormatRule;
  readonly format: { readonly fill: { color: string } };
  constructor(
    ctx: FakeCtx,
    private readonly target: () => CfTarget | null,
  ) {
    super(ctx);
    this.needs = "1.6";
    const at = () => this.at();
    const set = (field: "formula" | "fill", value: string) =>
      ctx.push({
        base: 60,
        payload: value,
        needs: "1.6",
        write: true,
        exec: () => {
          const { sheet, model } = at();
          if (field === "formula" && !value.startsWith("=")) throw new FakeOfficeError("InvalidArgument", `Not a formula: ${value}`);
          for (const a of model.areas) ctx.fake.logWrite(sheet, a, "mark");
          model[field] = field === "fill" ? value.toUpperCase() : value;
          return 0;
        },
      });
    this.rule = new (class extends FakeObject implements XlConditionalFormatRule {
      get formula(): string {
        return this.read("formula");
      }
      set formula(f: string) {
        set("formula", f);
      }
      protected scalar(name: string) {
        if (name !== "formula") throw new FakeOfficeError("InvalidArgument", `ConditionalFormatRule has no ${name}`);
        return at().model.formula;
      }
    })(ctx);
    this.format = {
      fill: {
        get color(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "The fill's color is not modelled for reading.");
        },
        set color(c: string) {
          set("fill", c);
        },
      },
    };
  }
  at(): CfTarget {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The custom conditional format does not exist.");
    return t;
  }
  protected override isNull() {
    return this.target() === null;
  }
  protected scalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `CustomConditionalFormat has no ${name}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "rule") return this.rule as unknown as FakeObject;
    return super.child(name);
  }
}
