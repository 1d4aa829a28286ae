import JSZip from "jszip";
import { compareCensus, definedNames, lostParts, lostPartsText, type PackageCensus } from "./lostParts";

const FRAME = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
];
const census = (parts: string[], names: PackageCensus["names"] = []): PackageCensus => ({ parts: [...FRAME, ...parts], names });

describe("compareCensus", () => {
  it.each<[string, string[], string[], [string, number, string[]?][]]>([
    ["nothing lost", ["xl/media/image1.png"], ["xl/media/image1.png"], []],
    ["renamed parts of a kind are kept", ["xl/comments/comment1.xml", "xl/media/a.jpeg"], ["xl/comments1.xml", "xl/media/image1.jpeg"], []],
    [
      "charts counted",
      ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/style1.xml", "xl/drawings/drawing1.xml"],
      [],
      [
        ["chart", 2],
        ["drawing", 1],
      ],
    ],
    [
      "VBA, custom XML and properties",
      ["xl/vbaProject.bin", "customXml/item1.xml", "customXml/itemProps1.xml", "docProps/custom.xml"],
      [],
      [
        ["vba", 1],
        ["customXml", 1],
        ["customProperties", 1],
      ],
    ],
    [
      "pivot tables without their caches",
      ["xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml"],
      [],
      [["pivot", 1]],
    ],
    ["fewer pictures", ["xl/media/image1.png", "xl/media/image2.png"], ["xl/media/image1.png"], [["image", 1]]],
    [
      "caches and frame lost quietly",
      ["xl/calcChain.xml", "xl/drawings/vmlDrawing1.vml", "xl/printerSettings/printerSettings1.bin"],
      [],
      [["printerSettings", 1]],
    ],
    [
      "an unknown part by name",
      ["xl/metadata.xml", "docProps/thumbnail.jpeg"],
      [],
      [["other", 2, ["xl/metadata.xml", "docProps/thumbnail.jpeg"]]],
    ],
    ["an unknown part kept", ["xl/metadata.xml"], ["xl/metadata.xml"], []],
  ])("%s", (_label, input, output, lost) => {
    const found = compareCensus(census(input), census(output)).map((p) => (p.names ? [p.kind, p.count, p.names] : [p.kind, p.count]));
    expect(found).toEqual(lost);
  });

  it.each<[string, PackageCensus["names"], PackageCensus["names"], [string, number, string[]][]]>([
    ["names kept", [{ name: "Rate", scope: null }], [{ name: "RATE", scope: null }], []],
    ["a constant lost", [{ name: "Constant", scope: null }], [], [["name", 1, ["Constant"]]]],
    ["a sheet scope lost", [{ name: "Local", scope: "表1" }], [{ name: "Local", scope: null }], [["nameScope", 1, ["Local"]]]],
    [
      "print titles and area",
      [
        { name: "_xlnm.Print_Titles", scope: "表1" },
        { name: "_xlnm.Print_Area", scope: "表2" },
      ],
      [],
      [
        ["printTitles", 1, ["表1"]],
        ["printArea", 1, ["表2"]],
      ],
    ],
    ["the filter range Excel rebuilds", [{ name: "_xlnm._FilterDatabase", scope: "表1" }], [], []],
  ])("defined names: %s", (_label, input, output, lost) => {
    expect(compareCensus(census([], input), census([], output)).map((p) => [p.kind, p.count, p.names])).toEqual(lost);
  });
});

describe("definedNames", () => {
  it("reads names with their sheet scope, entities decoded, prefixed or not", () => {
    const xml = [
      `<x:workbook xmlns:x="urn:x"><x:sheets><x:sheet name="A&amp;B" sheetId="1"/><x:sheet name="表二" sheetId="2"/></x:sheets>`,
      `<x:definedNames><x:definedName name="全局">1</x:definedName>` +
        `<x:definedName localSheetId="1" name="_xlnm.Print_Titles">'表二'!$1:$2</x:definedName>`,
      `<x:definedName name="Odd" localSheetId="7">1</x:definedName></x:definedNames></x:workbook>`,
    ].join("\n      ");
    expect(definedNames(xml)).toEqual([
      { name: "全局", scope: null },
      { name: "_xlnm.Print_Titles", scope: "表二" },
      { name: "Odd", scope: "#7" },
    ]);
  });
});

describe("lostPartsText", () => {
  it("is null when nothing is lost", () => expect(lostPartsText([])).toBeNull());

  it.each([
    [
      [
        { kind: "chart" as const, count: 2 },
        { kind: "vba" as const, count: 1 },
      ],
      "副本未保留：图表 2 个、宏 (VBA)。",
      "The copy lacks: 2 charts, macros (VBA).",
    ],
    [
      [{ kind: "name" as const, count: 7, names: ["a", "b", "c", "d", "e", "f", "g"] }],
      "名称 7 个（a、b、c、d、e、…）",
      "7 defined names (a, b, c, d, e, …)",
    ],
  ])("names %j", (lost, zh, en) => {
    const text = lostPartsText(lost)!;
    expect(text.zh).toContain(zh);
    expect(text.en).toContain(en);
  });
});

describe("lostParts", () => {
  it("reads both packages: parts, and names from the workbook part the package points at (moved: not a loss)", async () => {
    const pack = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: "uint8array" });
    };
    const officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    const rels = (target: string) => `<Relationships><Relationship Id="r1" Type="${officeDocument}" Target="${target}"/></Relationships>`;
    const book = (names: string) => `<workbook><sheets><sheet name="S"/></sheets><definedNames>${names}</definedNames></workbook>`;
    const input = await pack({
      "_rels/.rels": rels("/xl/book.xml"),
      "xl/book.xml": book(`<definedName name="K">1</definedName>`),
      "xl/charts/chart1.xml": "<c/>",
    });
    const output = await pack({ "_rels/.rels": rels("xl/workbook.xml"), "xl/workbook.xml": book("") });
    expect(await lostParts(input, output)).toEqual([
      { kind: "chart", count: 1 },
      { kind: "name", count: 1, names: ["K"] },
    ]);
  });
});
