import type { LocalText } from "../../engine";
import type { ExcelEnv } from "./api";

/** The outcome of the last ribbon command on a workbook, kept on this machine so the pane can show it when opened. */
export interface LastRun {
  action: "check" | "fill" | "clear" | "undo";
  at: string;
  /** check: forms found and findings by severity. */
  forms?: number;
  counts?: { error: number; warning: number; info: number };
  /** fill / clear / undo: cells written, unmarked or put back (notes removed included); fill: cells left for the pane to confirm. */
  cells?: number;
  skipped?: number;
  /** clear / undo: cells and notes left as they are because they changed since (the pane lists them after its own run). */
  leftAlone?: number;
  /** clear / undo: the stored record was refused, and why. */
  recordProblem?: LocalText;
  error?: LocalText;
}

/**
 * One localStorage entry holds the last outcome of each workbook, keyed by the workbook's URL or path, the most recent
 * KEEP of them: the ribbon's function file writes it, the pane (another runtime) reads it whenever it asks, so it is
 * never stale, and the workbook itself is never marked as changed. Where localStorage is refused, nothing is kept.
 */
export const LAST_RUNS_KEY = "selfeval.lastRuns";
export const KEEP = 50;

type Env = Pick<ExcelEnv, "storage" | "documentKey">;

function isLastRun(v: unknown): v is LastRun {
  return typeof v === "object" && v !== null && typeof (v as LastRun).action === "string" && typeof (v as LastRun).at === "string";
}

function all(env: Env): Record<string, LastRun> {
  try {
    const v = JSON.parse(env.storage?.getItem(LAST_RUNS_KEY) ?? "{}") as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, LastRun>) : {};
  } catch {
    return {};
  }
}

export function readLastRun(env: Env): LastRun | null {
  const v = all(env)[env.documentKey()];
  return isLastRun(v) ? v : null;
}

export function writeLastRun(env: Env, run: LastRun): void {
  if (!env.storage) return;
  const runs = { ...all(env), [env.documentKey()]: run };
  const kept = Object.entries(runs)
    .filter(([, v]) => isLastRun(v))
    .sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, KEEP);
  env.storage.setItem(LAST_RUNS_KEY, JSON.stringify(Object.fromEntries(kept)));
}
