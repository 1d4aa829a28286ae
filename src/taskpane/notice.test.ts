/** @jest-environment jsdom */
import { NOTICES, showNotice, WORKBENCH_PAGE } from "./notice";

describe("showNotice", () => {
  it.each(Object.entries(NOTICES))("shows %s in Chinese, then English, with the workbench beside it", (_, notice) => {
    const root = document.createElement("div");
    root.innerHTML = "<span>old</span>";
    showNotice(root, notice);
    const paragraphs = [...root.querySelectorAll("p")].map((p) => [p.lang, p.textContent]);
    expect(paragraphs).toEqual([
      ["zh-CN", notice.zh],
      ["en", notice.en],
    ]);
    expect(notice.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(root.querySelector("a")?.getAttribute("href")).toBe(WORKBENCH_PAGE);
    expect(root.textContent).not.toContain("old");
    expect(root.firstElementChild?.getAttribute("role")).toBe("status");
  });
});
