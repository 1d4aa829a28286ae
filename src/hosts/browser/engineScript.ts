import type { EngineHandler } from "./engineHandler";

/** Must match ENGINE_GLOBAL in engineEntry.ts (not imported: that would pull the engine into the page's bundle). */
const ENGINE_GLOBAL = "SelfEvalEngine";

/** Loads the engine's bundle as a page script and returns its handler (the fallback when no worker can start). */
export function loadEngineScript(url: string): Promise<EngineHandler> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = () => {
      const engine = (window as unknown as Record<string, { createHandler(): EngineHandler } | undefined>)[ENGINE_GLOBAL];
      if (engine) resolve(engine.createHandler());
      else reject(new Error("the engine script did not start"));
    };
    script.onerror = () => reject(new Error(`cannot load ${url}`));
    document.head.appendChild(script);
  });
}
