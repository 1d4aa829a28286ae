import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * The sample workbook as a person's real file would be: a note and a fill of their own on a cell the checker marks, a
 * rule of their own, a picture — and, added to the package the way Excel writes them, a chart, a custom XML part, custom
 * document properties, a VBA project, a constant name, a sheet-scoped name and print titles.
 */
export const RICH = {
  sheet: "回购统建房住宅经费",
  /** Marked by a check (total-mismatch), with the user's own note and fill. */
  userNoted: "H22",
  userNote: "用户自己的批注：总分请复核",
  userFill: "FFC6EFCE",
  /** A rule of the user's own on the form's score column. */
  userRuleRef: "H14:H21",
};

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWINGML_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWINGML_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const CHART = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
  `<c:chartSpace xmlns:c="${DRAWINGML_CHART}" xmlns:a="${DRAWINGML_MAIN}" xmlns:r="${OD}">`,
  `<c:chart><c:plotArea><c:layout/>`,
  `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>`,
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'回购统建房住宅经费'!$H$14:$H$16</c:f></c:numRef></c:val></c:ser>`,
  `<c:axId val="1"/><c:axId val="2"/></c:barChart>`,
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>`,
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>`,
  `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
].join("\n");

const DRAWING = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
  `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING}" xmlns:a="${DRAWINGML_MAIN}" xmlns:r="${OD}" xmlns:c="${DRAWINGML_CHART}">`,
  `<xdr:twoCellAnchor>` +
    `<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`,
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
  `<a:graphic><a:graphicData uri="${DRAWINGML_CHART}"><c:chart r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  `</xdr:wsDr>`,
].join("\n");

const REL = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const RELS = (...rels: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;

function addToRels(xml: string, ...rels: string[]): string {
  return xml.replace("</Relationships>", `${rels.join("")}</Relationships>`);
}

function addContentTypes(xml: string, ...entries: string[]): string {
  return xml.replace("</Types>", `${entries.join("")}</Types>`);
}

/** Builds the rich workbook from the sample's bytes. */
export async function richWorkbookBytes(sample: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(sample) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(RICH.sheet)!;
  const cell = ws.getCell(RICH.userNoted);
  cell.note = RICH.userNote;
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: RICH.userFill } } };
  ws.addConditionalFormatting({
    ref: RICH.userRuleRef,
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], priority: 1, style: { font: { color: { argb: "FF9C0006" } } } }],
  });
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "K2:L3");
  const base = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  const zip = await JSZip.loadAsync(base);
  const text = async (name: string) => (await zip.file(name)!.async("string")) as string;
  // The chart on the first sheet, which has no drawing of its own.
  const sheetPart = "xl/worksheets/sheet1.xml";
  const sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
  zip.file(sheetPart, (await text(sheetPart)).replace("</worksheet>", `<drawing r:id="rIdChart"/></worksheet>`));
  const rels = zip.file(sheetRels) ? await text(sheetRels) : RELS();
  zip.file(sheetRels, addToRels(rels, REL("rIdChart", `${OD}/drawing`, "../drawings/drawing9.xml")));
  zip.file("xl/drawings/drawing9.xml", DRAWING);
  zip.file("xl/drawings/_rels/drawing9.xml.rels", RELS(REL("rId1", `${OD}/chart`, "../charts/chart1.xml")));
  zip.file("xl/charts/chart1.xml", CHART);
  // A custom XML part (where the Excel add-in keeps its record) and custom document properties.
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><record xmlns="urn:example:user-data"><note>用户的数据</note></record>`,
  );
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6E1E5B5C-1111-4A5B-9C9D-000000000001}"` +
      ` xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file("customXml/_rels/item1.xml.rels", RELS(REL("rId1", `${OD}/customXmlProps`, "itemProps1.xml")));
  zip.file(
    "docProps/custom.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"` +
      ` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>张三</vt:lpwstr></property></Properties>`,
  );
  zip.file("_rels/.rels", addToRels(await text("_rels/.rels"), REL("rIdCustom", `${OD}/custom-properties`, "docProps/custom.xml")));
  zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  zip.file(
    "xl/_rels/workbook.xml.rels",
    addToRels(
      await text("xl/_rels/workbook.xml.rels"),
      REL("rIdCustomXml", `${OD}/customXml`, "../customXml/item1.xml"),
      REL("rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
    ),
  );
  zip.file(
    "[Content_Types].xml",
    addContentTypes(
      await text("[Content_Types].xml"),
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      `<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      `<Override PartName="/customXml/itemProps1.xml"` +
        ` ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
      `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`,
    ),
  );
  // Names: a constant, one scoped to the form's sheet, and the form's print titles.
  const sheetIndex = wb.worksheets.findIndex((s) => s.name === RICH.sheet);
  const names =
    `<definedNames><definedName name="Constant">0.95</definedName>` +
    `<definedName name="LocalName" localSheetId="${sheetIndex}">'${RICH.sheet}'!$H$22</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">'${RICH.sheet}'!$1:$3</definedName></definedNames>`;
  const workbookXml = (await text("xl/workbook.xml")).replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  zip.file("xl/workbook.xml", workbookXml.replace("</sheets>", `</sheets>${names}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
