import { bytesOfDataUrl } from "./dataUrl";

describe("bytesOfDataUrl", () => {
  it.each<[string, number[]]>([
    ["data:application/octet-stream;base64,UEsDBA==", [0x50, 0x4b, 3, 4]],
    ["data:;base64,", []],
  ])("%s", (url, bytes) => {
    expect([...bytesOfDataUrl(url)]).toEqual(bytes);
  });

  it.each(["https://example.com/a.xlsx", "data:text/plain,hello", "nothing"])("refuses %s", (url) => {
    expect(() => bytesOfDataUrl(url)).toThrow("data: URL");
  });
});
