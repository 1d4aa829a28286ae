import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ADDIN_NAME, packageWps } from "./packageWps";
import { RIBBON_ICON_SIZE, RIBBON_ICONS } from "./ribbonIcons";

/** A root whose webpack output is stand-in files (packageWps only copies them). */
function builtRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "wps-package-"));
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ version: "1.2.3" }));
  const folder = path.join(root, "dist", "wps", `${ADDIN_NAME}_1.2.3`);
  fs.mkdirSync(folder, { recursive: true });
  for (const f of ["ribbon.xml", "manifest.xml", "index.html", "index.js", "taskpane.html", "taskpane.js"])
    fs.writeFileSync(path.join(folder, f), f);
  return root;
}

describe("packageWps", () => {
  let root = "";
  beforeEach(() => (root = builtRoot()));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("draws a 32 × 32 PNG for every ribbon button, in the offline and the online package", () => {
    const { offline, online } = packageWps(root, { sevenZip: null });
    for (const folder of [offline, path.join(online, ADDIN_NAME)])
      for (const id of Object.keys(RIBBON_ICONS)) {
        const png = fs.readFileSync(path.join(folder, "images", `${id}.png`));
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([RIBBON_ICON_SIZE, RIBBON_ICON_SIZE]);
      }
  });

  it.each<[string, boolean | undefined, string]>([
    ["a release package", undefined, 'enable="enable"'],
    ["a developer package (WPS_DEV=1)", true, 'enable="enable_dev"'],
  ])("writes %s's publish.xml files with %s", (_, dev, enable) => {
    packageWps(root, { dev, sevenZip: null });
    for (const file of ["publish.xml", "online/publish.xml"]) {
      const text = fs.readFileSync(path.join(root, "dist", "wps", file), "utf8");
      expect(text).toContain(enable);
      if (!dev) expect(text).not.toContain("enable_dev");
    }
  });

  it("writes the administrator's jsplugins.xml and oem.ini lines pointing at the .7z", () => {
    const { admin, sevenZip } = packageWps(root, { packageUrl: "http://intranet/wps/selfeval.7z", sevenZip: null });
    expect(sevenZip).toBeNull();
    expect(fs.readFileSync(path.join(admin, "jsplugins.xml"), "utf8")).toContain(
      '<jsplugin name="selfeval" type="et" url="http://intranet/wps/selfeval.7z" version="1.2.3"/>',
    );
    expect(fs.readFileSync(path.join(admin, "oem.ini.txt"), "utf8")).toBe(
      "[Support]\nJsApiPlugin=true\n\n[Server]\nJSPluginsServer=http://intranet/wps/jsplugins.xml\n",
    );
  });

  it("refuses a build without manifest.xml", () => {
    fs.rmSync(path.join(root, "dist", "wps", `${ADDIN_NAME}_1.2.3`, "manifest.xml"));
    expect(() => packageWps(root, { sevenZip: null })).toThrow(/manifest\.xml is missing/);
  });
});
