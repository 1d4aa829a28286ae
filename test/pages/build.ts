import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");

/** Runs one of the repository's webpack configs in production mode into a fresh temporary folder, and returns it. */
export function buildInto(config: string, options: { env?: Record<string, string>; variables?: Record<string, string> } = {}): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-pages-"));
  const envArgs = Object.entries({ ...options.env, outDir }).flatMap(([k, v]) => ["--env", `${k}=${v}`]);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config",
      path.join(ROOT, config),
      "--mode",
      "production",
      ...envArgs,
    ],
    {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, ...options.variables },
    },
  );
  return outDir;
}
