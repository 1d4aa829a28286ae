/** Where and when the page starts its engine: a Web Worker, started once the page has drawn its first screen. */
import { startWorker } from "../hosts/browser/engineClient";

/** Built by webpack.workbench.config.js next to the page's own script. */
export const ENGINE_SCRIPT = "workbench/workbench.engine.js";

export const servedOverHttp = () => location.protocol === "http:" || location.protocol === "https:";

/** The engine's worker starting (null when none can start). */
export function engineWorker(): Promise<Worker | null> {
  return startWorker(new URL(ENGINE_SCRIPT, document.baseURI).href);
}

/**
 * Resolves once the page's first screen is painted: the next frame's callback runs before that frame's paint, a task
 * queued from it runs after. Work started then (the worker loading and compiling the engine) does not compete with
 * the first screen for the processor.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
