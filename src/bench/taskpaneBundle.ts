import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

/** The scripts taskpane.html loads from the build (not Office.js from the CDN), in page order. */
export function taskpaneScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:\/\//.test(src));
}

/**
 * taskpane_js_gzip_kb: the gzipped (level 9) JavaScript the pane must load before its first render, from a production
 * build in `distDir`: the scripts taskpane.html names (office.js from Microsoft's CDN aside). Chunks the pane imports
 * later (the engine at the first 校验, the report, settings, bars, dialog, 自检, themes, the sample) are not counted,
 * prefetched or not.
 */
export function taskpaneGzipKb(distDir: string): number {
  const html = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const bytes = taskpaneScripts(html).reduce((n, src) => n + gzipSync(readFileSync(path.join(distDir, src)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * Builds the add-in for production (webpack, into dist/) unless told not to, then measures. A production build needs
 * the address it will be served from; the size does not depend on it, so an address that cannot resolve will do.
 */
export function buildAndMeasureTaskpane(root: string, build = true): number {
  if (build || !existsSync(path.join(root, "dist", "taskpane.html")))
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [root] }), "--mode", "production"], {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? "https://selfeval.invalid/" },
    });
  return taskpaneGzipKb(path.join(root, "dist"));
}

if (require.main === module) {
  const root = path.join(__dirname, "..", "..");
  process.stdout.write(`taskpane_js_gzip_kb: ${buildAndMeasureTaskpane(root, process.argv.includes("--build"))}\n`);
}
