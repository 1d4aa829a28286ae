import type { CellRange } from "../../engine";

/** What a `Range.Value(11)` read (SpreadsheetML 2003) tells beyond values: formats and merged areas, range-relative, 0-based. */
export interface XmlLayout {
  /** Number formats by "row,col" (0-based within the range); General is left out. */
  formats: Map<string, string>;
  merges: CellRange[];
  /** The cells that carry a Data element ("row,col"), to compare with Value2 before the layout is believed. */
  dataCells: Set<string>;
}

/** SpreadsheetML's named formats → the format codes they stand for. */
const NAMED_FORMATS: Record<string, string | null> = {
  General: null,
  "General Number": null,
  "General Date": "yyyy/m/d h:mm",
  "Short Date": "yyyy/m/d",
  "Medium Date": "dd-mmm-yy",
  "Long Date": 'yyyy"年"m"月"d"日"',
  "Short Time": "h:mm",
  "Medium Time": "h:mm AM/PM",
  "Long Time": "h:mm:ss",
  Percent: "0.00%",
  Fixed: "0.00",
  Standard: "#,##0.00",
  Scientific: "0.00E+00",
};

const TAG = /<(\/?)(?:[\w.-]+:)?(Style|NumberFormat|Row|Cell|Table|Data|Comment)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], decode(m[2] ?? m[3] ?? ""));
  return out;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as "amp"];
  });
}

const positive = (text: string | undefined, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

/** Parses SpreadsheetML 2003 text; null when it is not a workbook with a table (the read is not supported). */
export function parseSpreadsheetXml(xml: unknown): XmlLayout | null {
  if (typeof xml !== "string" || !/<(?:[\w.-]+:)?Workbook\b/.test(xml) || !/<(?:[\w.-]+:)?Table\b/.test(xml)) return null;
  const styleFormats = new Map<string, string | null>();
  const styleParents = new Map<string, string>();
  const cellStyles: { key: string; style: string }[] = [];
  const merges: CellRange[] = [];
  const dataCells = new Set<string>();
  /** Columns taken in later rows by a MergeDown: "row,col". */
  const covered = new Set<string>();
  let style: string | null = null;
  let row = -1;
  let col = -1;
  let tableStyle: string | null = null;
  let rowStyle: string | null = null;
  /** The cell a Data element belongs to (the last one opened), and whether we are inside its comment (whose text is Data too). */
  let lastCell = "";
  let inComment = false;
  let span = 0;

  for (const m of xml.matchAll(TAG)) {
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      if (name === "Style") style = null;
      if (name === "Comment") inComment = false;
      continue;
    }
    const attrs = attributes(attrText);
    if (name === "Style") {
      style = attrs.get("ID") ?? null;
      const parent = attrs.get("Parent");
      if (style && parent) styleParents.set(style, parent);
      if (selfClosing) style = null;
    } else if (name === "NumberFormat" && style) {
      const format = attrs.get("Format") ?? "General";
      styleFormats.set(style, format in NAMED_FORMATS ? NAMED_FORMATS[format] : format);
    } else if (name === "Table") {
      tableStyle = attrs.get("StyleID") ?? null;
    } else if (name === "Row") {
      row = attrs.has("Index") ? positive(attrs.get("Index"), row + 2 + span) - 1 : row + 1 + span;
      // A Row with Span stands for itself and that many identical rows after it.
      span = positive(attrs.get("Span"), 0);
      rowStyle = attrs.get("StyleID") ?? null;
      col = -1;
    } else if (name === "Cell" && row >= 0) {
      if (attrs.has("Index")) col = positive(attrs.get("Index"), col + 2) - 1;
      else
        do col++;
        while (covered.has(`${row},${col}`));
      lastCell = `${row},${col}`;
      const across = positive(attrs.get("MergeAcross"), 0);
      const down = positive(attrs.get("MergeDown"), 0);
      const cellStyle = attrs.get("StyleID") ?? rowStyle ?? tableStyle;
      if (cellStyle) cellStyles.push({ key: `${row},${col}`, style: cellStyle });
      if (across > 0 || down > 0) {
        merges.push({ top: row, left: col, bottom: row + down, right: col + across });
        for (let r = row + 1; r <= row + down; r++) for (let c = col; c <= col + across; c++) covered.add(`${r},${c}`);
      }
      col += across;
    } else if (name === "Comment") {
      inComment = !selfClosing;
    } else if (name === "Data" && lastCell && !inComment) {
      dataCells.add(lastCell);
    }
  }

  const formatOf = (id: string, depth = 0): string | null => {
    if (styleFormats.has(id)) return styleFormats.get(id)!;
    const parent = styleParents.get(id);
    return parent && depth < 8 ? formatOf(parent, depth + 1) : null;
  };
  const formats = new Map<string, string>();
  for (const { key, style: id } of cellStyles) {
    const format = formatOf(id);
    if (format) formats.set(key, format);
  }
  return { formats, merges, dataCells };
}
