import { readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";
import { messageUrl } from "../hosts/excel/officeEnv";

/** message.html as a webview opens it: its own script run, office.js (external) not loaded. */
function open(text: { zh: string; en: string }, withOffice = false) {
  const html = readFileSync(join(__dirname, "message.html"), "utf8");
  const sent: string[] = [];
  const dom = new JSDOM(html, {
    url: messageUrl("https://addin.example.com/selfeval/commands.html", text),
    runScripts: "dangerously",
    beforeParse: (window) => {
      if (withOffice)
        Object.assign(window, {
          Office: { onReady: () => undefined, context: { ui: { messageParent: (m: string) => void sent.push(m) } } },
        });
    },
  });
  const doc = dom.window.document;
  return { doc, sent, text: (id: string) => doc.getElementById(id)!.textContent };
}

describe("the ribbon's message page", () => {
  it.each([
    ["plain text", { zh: "校验未完成：工作表受保护", en: "The check did not finish: a sheet is protected" }],
    [
      "markup, shown as text and never run",
      { zh: '<img src=x onerror="window.hit=1">“表1”', en: "<script>window.hit=2</script> & 100% + #1" },
    ],
    ["line breaks and quotes", { zh: "第一行\n第二行 'x' \"y\"", en: "a=b&c=d" }],
  ])("shows %s exactly", (_, text) => {
    const page = open(text);
    expect([page.text("zh"), page.text("en")]).toEqual([text.zh, text.en]);
    expect(page.doc.querySelectorAll("img, #zh script, #en script")).toHaveLength(0);
    expect((page.doc.defaultView as unknown as { hit?: number }).hit).toBeUndefined();
  });

  it("asks the function file to close it when 关闭 is clicked", () => {
    const page = open({ zh: "出错", en: "failed" }, true);
    page.doc.getElementById("close")!.click();
    expect(page.sent).toEqual(["close"]);
  });

  it("shows nothing, and does not fail, without a query", () => {
    const html = readFileSync(join(__dirname, "message.html"), "utf8");
    const dom = new JSDOM(html, { url: "https://addin.example.com/selfeval/message.html", runScripts: "dangerously" });
    expect(dom.window.document.getElementById("zh")!.textContent).toBe("");
    dom.window.document.getElementById("close")!.click();
  });
});
