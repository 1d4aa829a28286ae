import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const REPO = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(REPO, "dist");
export const CONFIG = path.join(REPO, "webpack.workbench.config.js");
/** What the build writes; the page is stale when any is missing or older than a source. */
const SCRIPTS = ["workbench.js", "workbench.engine.js", "workbench.engine.page.js"].map((f) => path.join("workbench", f));
export const OUTPUTS = ["workbench.html", ...SCRIPTS].map((f) => path.join(DIST, f));
/** Written after each build: webpack leaves an output it would write unchanged untouched, so outputs' times say nothing. */
const STAMP = path.join(DIST, "workbench", ".built");
const SOURCES = [path.join(REPO, "src"), path.join(REPO, "assets", "sample"), CONFIG];

function newestSource(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestSource(path.join(p, name)));
  return newest;
}

/** Whether dist holds a workbench built from the current sources. */
export function isBuilt(): boolean {
  if (![...OUTPUTS, STAMP].every((f) => fs.existsSync(f))) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return SOURCES.every((s) => !fs.existsSync(s) || newestSource(s) <= built);
}

/** Builds the workbench with webpack unless it is up to date. Returns whether it built. */
export function ensureWorkbenchBuilt(log: (line: string) => void = () => undefined): boolean {
  if (isBuilt()) return false;
  log("building the workbench (webpack)…");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO] });
  const started = new Date();
  execFileSync(process.execPath, [cli, "-c", CONFIG], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  // Stamped with the build's start, so a source saved while webpack ran still counts as newer.
  fs.writeFileSync(STAMP, "");
  fs.utimesSync(STAMP, started, started);
  return true;
}
