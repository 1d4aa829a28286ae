import { DRAWING_PREFIXES, VML_PREFIXES, withUsualPrefixes } from "./xmlPrefixes";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

describe("withUsualPrefixes", () => {
  it("gives a default-namespace drawing the xdr: prefix, keeps a:, text and attribute values", () => {
    const xml =
      `<wsDr xmlns="${XDR}"><oneCellAnchor><from><col>1</col></from>` +
      `<pic><a:blip xmlns:a="${A}" cstate="print"/></pic></oneCellAnchor></wsDr>`;
    const out = withUsualPrefixes(xml, DRAWING_PREFIXES)!;
    expect(out).toMatch(/^<xdr:wsDr xmlns:xdr="[^"]+spreadsheetDrawing" xmlns:a="[^"]+main"/);
    expect(out).toContain(
      "<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col></xdr:from>" +
        '<xdr:pic><a:blip cstate="print"/></xdr:pic></xdr:oneCellAnchor></xdr:wsDr>',
    );
  });

  it("renames prefixed VML elements and attributes by their namespace", () => {
    const xml =
      `<xml><ns0:shape xmlns:ns0="urn:schemas-microsoft-com:vml" xmlns:ns1="urn:schemas-microsoft-com:office:office"` +
      ` ns1:insetmode="auto" id="s">` +
      `<ns2:ClientData xmlns:ns2="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><ns2:Row>0</ns2:Row></ns2:ClientData>` +
      `</ns0:shape></xml>`;
    const out = withUsualPrefixes(xml, VML_PREFIXES)!;
    expect(out).toContain(
      '<v:shape o:insetmode="auto" id="s"><x:ClientData ObjectType="Note"><x:Row>0</x:Row></x:ClientData></v:shape></xml>',
    );
  });

  it.each([
    ["already usual", `<xdr:wsDr xmlns:xdr="${XDR}"><xdr:pic/></xdr:wsDr>`],
    ["a usual prefix bound to another namespace", `<wsDr xmlns="${XDR}" xmlns:a="urn:other"><a:x/></wsDr>`],
  ])("changes nothing when %s", (_label, xml) => expect(withUsualPrefixes(xml, DRAWING_PREFIXES)).toBeNull());
});
