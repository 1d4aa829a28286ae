import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { defaultJsaddonsDir, installWps } from "./installWps";

describe("installWps", () => {
  it.each([
    ["win32", { APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, path.join("C:\\Users\\u\\AppData\\Roaming", "kingsoft", "wps", "jsaddons")],
    ["linux", {}, path.join("/home/u", ".local", "share", "Kingsoft", "wps", "jsaddons")],
  ])("finds the jsaddons folder on %s", (platform, env, expected) => {
    expect(defaultJsaddonsDir(platform as NodeJS.Platform, env, "/home/u")).toBe(expected);
  });

  it("copies the package and merges publish.xml, keeping another add-in", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-root-"));
    const jsaddons = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-jsaddons-"));
    try {
      fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ version: "9.9.9" }));
      fs.mkdirSync(path.join(root, "dist", "wps", "selfeval_9.9.9"), { recursive: true });
      fs.writeFileSync(path.join(root, "dist", "wps", "selfeval_9.9.9", "ribbon.xml"), "<customUI/>");
      fs.writeFileSync(
        path.join(jsaddons, "publish.xml"),
        `<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n</jsplugins>\n`,
      );
      installWps(root, jsaddons);
      installWps(root, jsaddons);
      expect(fs.readFileSync(path.join(jsaddons, "selfeval_9.9.9", "ribbon.xml"), "utf8")).toBe("<customUI/>");
      const publish = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
      expect(publish.match(/name="(\w+)"/g)).toEqual(['name="other"', 'name="selfeval"']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(jsaddons, { recursive: true, force: true });
    }
  });

  it("refuses when the package is not built", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-root-"));
    fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ version: "1.0.0" }));
    expect(() => installWps(root, path.join(root, "jsaddons"))).toThrow(/npm run build:wps/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
