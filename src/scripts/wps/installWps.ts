/**
 * Installs the built offline package into a WPS jsaddons folder: copies dist/wps/<name>_<version>/ there and adds
 * (or replaces) the add-in's line in its publish.xml, keeping other add-ins. Usage: tsx src/scripts/wps/installWps.ts [jsaddonsDir]
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ADDIN_NAME } from "./packageWps";
import { mergePublishXml, offlineEntry, offlineFolder, type AddinInfo } from "./publishFiles";

/** The per-user jsaddons folder of personal WPS builds. */
export function defaultJsaddonsDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === "win32") return path.join(env.APPDATA ?? path.join(home, "AppData", "Roaming"), "kingsoft", "wps", "jsaddons");
  return path.join(home, ".local", "share", "Kingsoft", "wps", "jsaddons");
}

export function installWps(root: string, jsaddons: string): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const addin: AddinInfo = { name: ADDIN_NAME, version };
  const built = path.join(root, "dist", "wps", offlineFolder(addin));
  if (!fs.existsSync(path.join(built, "ribbon.xml"))) throw new Error(`${built} is not built: run npm run build:wps first`);
  fs.mkdirSync(jsaddons, { recursive: true });
  const target = path.join(jsaddons, offlineFolder(addin));
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(built, target, { recursive: true });
  const publish = path.join(jsaddons, "publish.xml");
  const existing = fs.existsSync(publish) ? fs.readFileSync(publish, "utf8") : null;
  fs.writeFileSync(publish, mergePublishXml(existing, ADDIN_NAME, offlineEntry(addin)));
  return target;
}

if (require.main === module) {
  const root = path.join(__dirname, "..", "..", "..");
  const target = installWps(root, process.argv[2] ?? defaultJsaddonsDir());
  process.stdout.write(`Installed ${target}. Restart WPS 表格 to load it.\n`);
}
