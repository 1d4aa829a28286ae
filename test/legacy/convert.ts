import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";

/**
 * LibreOffice converts a workbook (`xls` → "MS Excel 97", `xlsx` → "Calc MS Excel 2007 XML"), with a throw-away profile so
 * that parallel runs do not share one; returns the new file's path, or throws with LibreOffice's output.
 */
export function convertWith(bin: string | null, file: string, outDir: string, target: "xls" | "xlsx"): string {
  if (!bin) throw new Error("soffice is not installed (CI requires it: apt-get install -y libreoffice-calc-nogui)");
  fs.mkdirSync(outDir, { recursive: true });
  const profile = path.join(outDir, "lo-profile");
  const run = spawnSync(
    bin,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", target, "--outdir", outDir, file],
    {
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${target}`);
  if (run.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice failed (status ${run.status}): ${run.stdout}\n${run.stderr}`);
  return out;
}
