/**
 * After `webpack --config webpack.wps.config.js` has built dist/wps/<name>_<version>/: writes the offline package's
 * publish.xml beside it, and the online variant (dist/wps/online/: the same files under <name>/, publish.xml and
 * publish.html). The URL of the online variant comes from WPS_ADDIN_URL (default http://127.0.0.1:8080/<name>/).
 */
import * as fs from "fs";
import * as path from "path";
import { offlineEntry, offlineFolder, onlineEntry, publishHtml, publishXml, type AddinInfo } from "./publishFiles";

export const ADDIN_NAME = "selfeval";

export function packageWps(root: string, url?: string): { offline: string; online: string } {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const addin: AddinInfo = { name: ADDIN_NAME, version };
  const dist = path.join(root, "dist", "wps");
  const offline = path.join(dist, offlineFolder(addin));
  for (const required of ["ribbon.xml", "index.html", "index.js", "taskpane.html", "taskpane.js"])
    if (!fs.existsSync(path.join(offline, required))) throw new Error(`${path.relative(root, offline)}/${required} is missing: run webpack --config webpack.wps.config.js first`);
  fs.writeFileSync(path.join(dist, "publish.xml"), publishXml([offlineEntry(addin)]));

  const onlineUrl = url ?? `http://127.0.0.1:8080/${ADDIN_NAME}/`;
  const online = path.join(dist, "online");
  fs.rmSync(online, { recursive: true, force: true });
  fs.cpSync(offline, path.join(online, ADDIN_NAME), { recursive: true });
  fs.writeFileSync(path.join(online, "publish.xml"), publishXml([onlineEntry(addin, onlineUrl)]));
  fs.writeFileSync(path.join(online, "publish.html"), publishHtml(addin, onlineUrl));
  return { offline, online };
}

if (require.main === module) {
  const root = path.join(__dirname, "..", "..", "..");
  const { offline, online } = packageWps(root, process.env.WPS_ADDIN_URL);
  process.stdout.write(`WPS offline package: ${path.relative(root, offline)} (+ dist/wps/publish.xml)\nWPS online files: ${path.relative(root, online)}\n`);
}
