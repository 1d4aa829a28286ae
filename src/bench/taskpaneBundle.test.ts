import { mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { taskpaneGzipKb, taskpaneScripts } from "./taskpaneBundle";

describe("taskpaneScripts", () => {
  it.each([
    [
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
        '<script defer src="vendor.js"></script><script defer="defer" src="taskpane.js"></script>',
      ["vendor.js", "taskpane.js"],
    ],
    [
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=vendor.js></script>",
      ["vendor.js"],
    ],
    ["<div></div>", []],
  ])("lists the build's scripts of %s", (html, scripts) => expect(taskpaneScripts(html)).toEqual(scripts));
});

it("sums the gzipped size of what the page loads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dist-"));
  const js = "console.log('x');".repeat(3000);
  writeFileSync(path.join(dir, "a.js"), js);
  writeFileSync(path.join(dir, "lazy.js"), js + js);
  writeFileSync(path.join(dir, "taskpane.html"), '<script src="a.js"></script>');
  expect(taskpaneGzipKb(dir)).toBe(Math.round((gzipSync(js, { level: 9 }).length / 1024) * 10) / 10);
});
