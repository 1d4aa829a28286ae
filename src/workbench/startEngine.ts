/**
 * workbench/workbench.start.js: a few lines the page runs from its <head>, before its own script has arrived, so that the
 * engine's worker starts while the page's script downloads and runs. The page takes the started worker from here.
 */
import { startWorker } from "../hosts/browser/engineClient";

/** Built by webpack.workbench.config.js next to this script. */
export const ENGINE_SCRIPT = "workbench/workbench.engine.js";
export const STARTED = "selfevalEngineStarting";

export const servedOverHttp = () => location.protocol === "http:" || location.protocol === "https:";

/** The worker starting (null when none can start): the one the head started, or one started now. */
export function engineWorker(): Promise<Worker | null> {
  const started = (window as unknown as Record<string, Promise<Worker | null> | undefined>)[STARTED];
  return started ?? startWorker(new URL(ENGINE_SCRIPT, document.baseURI).href);
}

if (typeof window !== "undefined" && servedOverHttp() && !(STARTED in window))
  (window as unknown as Record<string, Promise<Worker | null>>)[STARTED] = startWorker(new URL(ENGINE_SCRIPT, document.baseURI).href);
