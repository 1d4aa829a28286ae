import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../xlsx/readBytes";

export const SAMPLE_XLSX = path.join(__dirname, "..", "..", "..", "..", "assets", "sample", "sample-changji-2021.xlsx");
export const SEED_TEXT = path.join(__dirname, "..", "..", "..", "..", "assets", "sample", "seed-changji-2021.txt");

/** The first form of the sample and the score cell emptied in it, so that 填充得分 has something to fill. */
export const BLANKED = { sheet: "回购统建房住宅经费", cell: "H14", row: 13, col: 7, expected: 10 };

export async function sampleBytes(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(SAMPLE_XLSX));
}

async function rewrite(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The sample with BLANKED's score cell emptied. */
export async function blankedSampleBytes(): Promise<Uint8Array> {
  return rewrite(await sampleBytes(), (wb) => {
    wb.getWorksheet(BLANKED.sheet)!.getCell(BLANKED.cell).value = null;
  });
}

/** Cell texts that would run script if a page put them into HTML. The payloads set window.__pwned. */
export const HOSTILE_TEXTS = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `"><svg onload="window.__pwned=3">`,
  `javascript:window.__pwned=4`,
];

/** A small workbook whose cells, sheet name and note hold HOSTILE_TEXTS, next to one real form (the sample's first). */
export async function hostileBytes(): Promise<Uint8Array> {
  return rewrite(await sampleBytes(), (wb) => {
    const ws = wb.addWorksheet("<img src=x onerror=1>");
    HOSTILE_TEXTS.forEach((text, i) => {
      ws.getCell(i + 1, 1).value = text;
      ws.getCell(i + 1, 2).value = text;
    });
    ws.getCell("A1").note = HOSTILE_TEXTS[0];
    const form = wb.getWorksheet(BLANKED.sheet)!;
    form.getCell("B3").value = HOSTILE_TEXTS[1];
    form.getCell("I14").value = HOSTILE_TEXTS[0];
  });
}

/** Every cell of every sheet as text, keyed "sheet!row,col" (1-based), for before/after comparisons. */
export async function cellTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const { grid } = await readWorkbookBytes(bytes);
  const out = new Map<string, string>();
  for (const s of grid.sheets) {
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        out.set(`${s.name}!${s.originRow + i + 1},${s.originCol + j + 1}`, JSON.stringify([v, s.formulas?.[i]?.[j] ?? null]));
      }),
    );
  }
  return out;
}

/** Keys whose text differs between two cellTexts maps. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** One sheet of `rows` rows (number, text, percent), with a merged title: the grid's virtualisation test. */
export async function tallSheetBytes(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("长表");
  ws.getCell("A1").value = "十万行";
  ws.mergeCells("A1:D1");
  for (let r = 2; r <= rows; r++) {
    const row = ws.getRow(r);
    row.getCell(1).value = r;
    row.getCell(2).value = `第${r}行`;
    row.getCell(3).value = (r % 100) / 100;
    row.getCell(3).numFmt = "0%";
    row.getCell(4).value = r % 7 === 0 ? `<b>${r}</b>` : null;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
