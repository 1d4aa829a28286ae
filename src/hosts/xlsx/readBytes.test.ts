import { sniffNotXlsx } from "./readBytes";

describe("sniffNotXlsx", () => {
  it.each([
    [[], "empty"],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "legacy-or-encrypted"],
    [[...Buffer.from("<html>")], "not-zip"],
    [[0xef, 0xbb, 0xbf, 0x61], "not-zip"],
    [[0x50, 0x4b], "not-zip"],
  ])("%p → %s", (bytes, code) => expect(sniffNotXlsx(Uint8Array.from(bytes))?.code).toBe(code));

  it.each([[[0x50, 0x4b, 0x03, 0x04]], [[0x50, 0x4b, 0x05, 0x06]]])("%p may be an .xlsx", (bytes) => {
    expect(sniffNotXlsx(Uint8Array.from(bytes))).toBeNull();
  });
});
