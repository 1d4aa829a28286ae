import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") && !name.endsWith(".test.tsx") ? [path] : [];
  });
}

/** Cell text is data: the pane renders strings as text, never as markup. */
describe("src/ui renders no raw HTML", () => {
  const files = sources(__dirname);

  it("finds the pane's sources", () => {
    expect(files.some((f) => f.endsWith("App.tsx"))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(__dirname.length + 1), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/);
  });
});
