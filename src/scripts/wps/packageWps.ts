/**
 * After `webpack --config webpack.wps.config.js` has built dist/wps/<name>_<version>/: draws the ribbon's PNG icons into
 * it, writes the offline package's publish.xml beside it, the online variant (dist/wps/online/: the same files under
 * <name>/, publish.xml and publish.html), and the administrator's files (dist/wps/admin/: jsplugins.xml, oem.ini lines,
 * and <name>.7z where a 7z command is installed). The URL of the online variant comes from WPS_ADDIN_URL (default
 * http://127.0.0.1:8080/<name>/), the .7z's from WPS_PACKAGE_URL. WPS_DEV=1 makes a developer package (enable_dev).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  jspluginsXml,
  offlineEntry,
  offlineFolder,
  oemIniSnippet,
  onlineEntry,
  publishHtml,
  publishXml,
  type AddinInfo,
} from "./publishFiles";
import { drawRibbonIcons } from "./ribbonIcons";

export const ADDIN_NAME = "selfeval";

export interface PackageOptions {
  /** The online variant's URL. */
  url?: string;
  /** Where administrators put <name>.7z (what jsplugins.xml points to). */
  packageUrl?: string;
  dev?: boolean;
  /** The 7z command (null: none; the .7z is then not made). Default: the first of 7z, 7za, 7zr on PATH. */
  sevenZip?: string | null;
}

function findSevenZip(): string | null {
  for (const cmd of ["7z", "7za", "7zr"]) if (spawnSync(cmd, ["i"], { stdio: "ignore" }).status === 0) return cmd;
  return null;
}

export function packageWps(
  root: string,
  options: PackageOptions = {},
): { offline: string; online: string; admin: string; sevenZip: string | null } {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const addin: AddinInfo = { name: ADDIN_NAME, version, dev: options.dev ?? false };
  const dist = path.join(root, "dist", "wps");
  const offline = path.join(dist, offlineFolder(addin));
  for (const required of ["ribbon.xml", "manifest.xml", "index.html", "index.js", "taskpane.html", "taskpane.js"])
    if (!fs.existsSync(path.join(offline, required)))
      throw new Error(`${path.relative(root, offline)}/${required} is missing: run webpack --config webpack.wps.config.js first`);
  drawRibbonIcons(offline);
  fs.writeFileSync(path.join(dist, "publish.xml"), publishXml([offlineEntry(addin)]));

  const onlineUrl = options.url ?? `http://127.0.0.1:8080/${ADDIN_NAME}/`;
  const online = path.join(dist, "online");
  fs.rmSync(online, { recursive: true, force: true });
  fs.cpSync(offline, path.join(online, ADDIN_NAME), { recursive: true });
  fs.writeFileSync(path.join(online, "publish.xml"), publishXml([onlineEntry(addin, onlineUrl)]));
  fs.writeFileSync(path.join(online, "publish.html"), publishHtml(addin, onlineUrl));

  const admin = path.join(dist, "admin");
  fs.rmSync(admin, { recursive: true, force: true });
  fs.mkdirSync(admin, { recursive: true });
  const packageUrl = options.packageUrl ?? `file:///opt/${ADDIN_NAME}/${ADDIN_NAME}.7z`;
  fs.writeFileSync(path.join(admin, "jsplugins.xml"), jspluginsXml(addin, packageUrl));
  fs.writeFileSync(path.join(admin, "oem.ini.txt"), oemIniSnippet(new URL("jsplugins.xml", packageUrl).href));
  const sevenZip = options.sevenZip === undefined ? findSevenZip() : options.sevenZip;
  let archive: string | null = null;
  if (sevenZip) {
    archive = path.join(admin, `${ADDIN_NAME}.7z`);
    // The package's files at the archive's root, as in the folder WPS loads.
    const made = spawnSync(sevenZip, ["a", "-t7z", "-bd", archive, "."], { cwd: offline, stdio: "ignore" });
    if (made.status !== 0) throw new Error(`${sevenZip} failed to write ${archive}`);
  }
  return { offline, online, admin, sevenZip: archive };
}

if (require.main === module) {
  const root = path.join(__dirname, "..", "..", "..");
  const done = packageWps(root, {
    url: process.env.WPS_ADDIN_URL,
    packageUrl: process.env.WPS_PACKAGE_URL,
    dev: process.env.WPS_DEV === "1",
  });
  const rel = (p: string) => path.relative(root, p);
  const no7z = done.sevenZip ? "" : " (no 7z command found: the .7z was not made; install p7zip and run again)";
  process.stdout.write(
    `WPS offline package: ${rel(done.offline)} (+ dist/wps/publish.xml)\nWPS online files: ${rel(done.online)}\n` +
      `Administrator files: ${rel(done.admin)}${no7z}\n`,
  );
}
