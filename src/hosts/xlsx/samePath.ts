import * as fs from "fs";
import * as path from "path";

/** The real path of a file that may not exist yet: its folder's real path (when it exists) joined with its name. */
export function realPathOf(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    const dir = path.dirname(resolved);
    if (dir === resolved) return resolved;
    return path.join(realPathOf(dir), path.basename(resolved));
  }
}

function caseFold(p: string): string {
  return process.platform === "win32" || process.platform === "darwin" ? p.toLowerCase() : p;
}

function sameInode(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

/** True when the two paths name the same file: same real path (links and ".." resolved), or the same inode (hard links). */
export function isSameFile(a: string, b: string): boolean {
  return caseFold(realPathOf(a)) === caseFold(realPathOf(b)) || sameInode(a, b);
}
