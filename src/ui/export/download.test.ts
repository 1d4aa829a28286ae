/** @jest-environment jsdom */
import { download, REVOKE_DELAY_MS } from "./download";

describe("download", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ["text", "a,b\r\n", "r.csv", "text/csv;charset=utf-8"],
    ["bytes", new Uint8Array([80, 75, 3, 4]).buffer, "x.checked.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ])("offers %s through a blob: link, and revokes the link only later", (_kind, content, name, mime) => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:x"), revokeObjectURL: revoke });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      expect(download(content, name, mime)).toBe(true);
      expect(clicked).toEqual([name]);
      expect(blobs[0].type).toBe(mime);
      expect(document.querySelectorAll("a")).toHaveLength(0);
      jest.advanceTimersByTime(REVOKE_DELAY_MS - 1);
      expect(revoke).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(revoke).toHaveBeenCalledWith("blob:x");
    } finally {
      click.mockRestore();
    }
  });

  it("says so where there are no blob: URLs", () => {
    const saved = URL.createObjectURL;
    Object.assign(URL, { createObjectURL: undefined });
    try {
      expect(download("x", "x.csv", "text/csv")).toBe(false);
    } finally {
      Object.assign(URL, { createObjectURL: saved });
    }
  });
});
