import type {
  XlAnnotation,
  XlAnnotationCollection,
  XlClientResult,
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlLoadable,
  XlRange,
} from "../api";
import { parseQualified } from "../../common/addresses";
import type { FakeAnnotation, FakeSheet, FakeXmlPart } from "./fakeModel";
import { FakeClientResult, FakeObject, FakeOfficeError, findSheet, responseBytes, type FakeCtx } from "./fakeProxy";
import { FakeRange } from "./fakeRange";

/** Notes (ExcelApi 1.18) and threaded comments (1.10), and the workbook's custom XML parts (1.5). */

class FakeAnnotationProxy extends FakeObject implements XlAnnotation {
  constructor(
    ctx: FakeCtx,
    private readonly model: FakeAnnotation,
    version: string,
  ) {
    super(ctx);
    this.needs = version;
  }
  private live() {
    if (!this.model.alive || !this.model.sheet.alive) throw new FakeOfficeError("ItemNotFound", "The note or comment no longer exists.");
    return this.model;
  }
  get content(): string {
    return this.read("content");
  }
  protected scalar(name: string): unknown {
    if (name !== "content") throw new FakeOfficeError("InvalidArgument", name);
    return this.live().content;
  }
  getLocation(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const m = this.live();
        return { sheet: m.sheet, r: { top: m.row, left: m.col, bottom: m.row, right: m.col } };
      },
      this.needs,
    );
  }
  delete(): void {
    this.ctx.push({
      base: 50,
      needs: this.needs,
      write: true,
      exec: () => {
        const m = this.live();
        this.ctx.fake.logWrite(m.sheet, { top: m.row, left: m.col, bottom: m.row, right: m.col }, m.kind);
        m.alive = false;
        return 0;
      },
    });
  }
}

export class FakeAnnotations extends FakeObject implements XlAnnotationCollection<XlAnnotation> {
  private proxies = new Map<string, FakeAnnotationProxy>();
  constructor(
    ctx: FakeCtx,
    private readonly kind: "note" | "comment",
  ) {
    super(ctx);
    this.needs = kind === "note" ? "1.18" : "1.10";
  }
  get items(): XlAnnotation[] {
    return this.read("items");
  }
  protected scalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `Collection has no ${name}`);
  }
  protected override loadPath(path: string[]): number {
    if (path[0] !== "items") return super.loadPath(path);
    let size = 2;
    const models = this.ctx.book.annotations.filter((a) => a.kind === this.kind && a.alive && a.sheet.alive);
    this.loaded.set(
      "items",
      models.map((m) => {
        const p = this.proxies.get(m.id) ?? new FakeAnnotationProxy(this.ctx, m, this.needs!);
        this.proxies.set(m.id, p);
        if (path.length > 1) size += p.loadNow([path.slice(1)]);
        return p;
      }),
    );
    return size;
  }
  /** Where the new note goes: a Range proxy, or a sheet-qualified address. */
  private cellOf(cellAddress: XlRange | string): { sheet: FakeSheet; row: number; col: number } {
    if (cellAddress instanceof FakeRange) {
      const { sheet, r } = cellAddress.at();
      return { sheet, row: r.top, col: r.left };
    }
    const q = typeof cellAddress === "string" ? parseQualified(cellAddress) : null;
    const sheet = q && findSheet(this.ctx.book, q.sheet);
    if (!q || !sheet) throw new FakeOfficeError("InvalidArgument", `Bad cell address ${String(cellAddress)}`);
    return { sheet, row: q.range.top, col: q.range.left };
  }
  add(cellAddress: XlRange | string, content: string): XlAnnotation {
    const book = this.ctx.book;
    const holder: { model: FakeAnnotation | null } = { model: null };
    this.ctx.push({
      base: 60,
      payload: [typeof cellAddress === "string" ? cellAddress : "range", content],
      needs: this.needs,
      write: true,
      exec: () => {
        const { sheet, row, col } = this.cellOf(cellAddress);
        const there = book.annotations.filter((a) => a.alive && a.sheet === sheet && a.row === row && a.col === col);
        // A note below ExcelApi 1.18 cannot be seen; whether a comment can go on top of it is an open question.
        const invisibleNote = (a: FakeAnnotation) => a.kind === "note" && !this.ctx.fake.supports("1.18");
        const tolerated = this.kind === "comment" && this.ctx.fake.semantics.commentOverNote === "succeeds" && there.every(invisibleNote);
        if (there.length > 0 && !tolerated) throw new FakeOfficeError("InvalidArgument", `The cell already has a note or comment.`);
        this.ctx.fake.logWrite(sheet, { top: row, left: col, bottom: row, right: col }, this.kind);
        holder.model = { id: `${this.kind}-${book.nextId++}`, kind: this.kind, sheet, row, col, content, alive: true };
        book.annotations.push(holder.model);
        return 0;
      },
    });
    const placeholder: FakeAnnotation = {
      id: "",
      kind: this.kind,
      sheet: null as unknown as FakeSheet,
      row: 0,
      col: 0,
      content,
      alive: false,
    };
    return new FakeAnnotationProxy(this.ctx, new Proxy(placeholder, { get: (t, p) => Reflect.get(holder.model ?? t, p) }), this.needs!);
  }
}

class FakeXmlPartProxy extends FakeObject implements XlCustomXmlPart {
  constructor(
    ctx: FakeCtx,
    private readonly model: FakeXmlPart,
  ) {
    super(ctx);
    this.needs = "1.5";
  }
  get id(): string {
    return this.read("id");
  }
  protected scalar(name: string): unknown {
    if (name !== "id") throw new FakeOfficeError("InvalidArgument", name);
    return this.model.id;
  }
  getXml(): XlClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.push({
      base: 50,
      needs: "1.5",
      exec: () => {
        if (!this.model.alive) throw new FakeOfficeError("ItemNotFound", "The custom XML part no longer exists.");
        result.resolve(this.model.xml);
        return responseBytes(this.model.xml);
      },
    });
    return result;
  }
  delete(): void {
    this.ctx.push({
      base: 50,
      needs: "1.5",
      write: true,
      exec: () => {
        if (!this.model.alive) throw new FakeOfficeError("ItemNotFound", "The custom XML part no longer exists.");
        this.model.alive = false;
        return 0;
      },
    });
  }
}

/** The namespace of a part's root element: its default namespace, or the one its prefix is bound to. */
export function rootNamespace(xml: string): string | null {
  const root = /^\s*(?:<\?xml[^?]*\?>\s*)?<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)\b([^>]*)>/.exec(xml);
  if (!root) return null;
  const attr = root[1] ? `xmlns:${root[1]}` : "xmlns";
  return (
    new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
      .exec(root[3])
      ?.slice(1)
      .find((x) => x !== undefined) ?? ""
  );
}

export class FakeXmlParts implements XlCustomXmlPartCollection {
  private proxies = new Map<FakeXmlPart, FakeXmlPartProxy>();
  constructor(private readonly ctx: FakeCtx) {}
  private proxy(m: FakeXmlPart) {
    const p = this.proxies.get(m) ?? new FakeXmlPartProxy(this.ctx, m);
    this.proxies.set(m, p);
    return p;
  }
  add(xml: string): XlCustomXmlPart {
    const book = this.ctx.book;
    const model: FakeXmlPart = { id: "", namespace: "", xml, alive: false };
    this.ctx.push({
      base: 50,
      payload: xml,
      needs: "1.5",
      write: true,
      exec: () => {
        const namespace = rootNamespace(xml);
        if (namespace === null || !/<\/([A-Za-z_][\w.:-]*)\s*>\s*$|\/>\s*$/.test(xml))
          throw new FakeOfficeError("InvalidArgument", "The XML is not well-formed.");
        Object.assign(model, { id: `{part-${book.nextId++}}`, namespace, alive: true, xml: this.ctx.fake.storePart?.(xml) ?? xml });
        book.parts.push(model);
        return 40;
      },
    });
    return this.proxy(model);
  }
  getByNamespace(namespaceUri: string): XlLoadable & { readonly items: XlCustomXmlPart[] } {
    const ctx = this.ctx;
    const proxy = (m: FakeXmlPart) => this.proxy(m);
    return new (class extends FakeObject {
      get items(): XlCustomXmlPart[] {
        return this.read("items");
      }
      protected scalar(name: string): unknown {
        throw new FakeOfficeError("InvalidArgument", name);
      }
      protected override loadPath(path: string[]): number {
        if (path[0] !== "items") return super.loadPath(path);
        let size = 2;
        const items = ctx.book.parts
          .filter((p) => p.alive && p.namespace === namespaceUri)
          .map((m) => {
            const p = proxy(m);
            if (path.length > 1) size += p.loadNow([path.slice(1)]);
            return p;
          });
        this.loaded.set("items", items);
        return size;
      }
    })(ctx);
  }
}
