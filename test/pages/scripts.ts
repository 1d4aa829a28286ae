import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";

export interface ShippedScript {
  /** The file, and for an inline script its position in the page: `taskpane.html <script #2>`. */
  name: string;
  source: string;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every script a built folder ships: each .js file, and each inline <script> of each .html page. */
export function shippedScripts(dir: string): ShippedScript[] {
  return filesUnder(dir).flatMap((file): ShippedScript[] => {
    const name = path.relative(dir, file);
    if (file.endsWith(".js")) return [{ name, source: fs.readFileSync(file, "utf8") }];
    if (!file.endsWith(".html")) return [];
    const inline = [...fs.readFileSync(file, "utf8").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/\bsrc=/.test(m[1]),
    );
    return inline.map((m, i) => ({ name: `${name} <script #${i + 1}>`, source: m[2] }));
  });
}

/** Why `source` does not parse as a classic script of that ECMAScript edition, or null when it does. */
export function parseError(source: string, ecmaVersion: number): string | null {
  try {
    acorn.parse(source, { ecmaVersion: ecmaVersion as acorn.ecmaVersion, sourceType: "script" });
    return null;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 40), pos + 40))}`;
  }
}

/** The scripts in `dir` that do not parse as `ecmaVersion`, each with the reason. */
export function unparsable(dir: string, ecmaVersion: number): string[] {
  return shippedScripts(dir).flatMap((s) => {
    const error = parseError(s.source, ecmaVersion);
    return error ? [`${s.name}: ${error}`] : [];
  });
}
