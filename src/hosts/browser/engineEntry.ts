/**
 * The engine's bundle (the checker, the sessions; exceljs and the readers come as a chunk at the first file read, see
 * xlsxSide.ts). Started as a Web Worker it serves the page's requests; built as one page script — where no worker can
 * start, as from disk — it hands the page a handler to call directly.
 */
import seedText from "../../../assets/sample/seed-changji-2021.txt";
import { createEngineHandler, type EngineHandler } from "./engineHandler";
import { serveWorker } from "./serveWorker";

export const ENGINE_GLOBAL = "SelfEvalEngine";

export interface EngineGlobal {
  createHandler(): EngineHandler;
}

const createHandler = () => createEngineHandler({ sampleText: () => seedText });

if (typeof window === "undefined") serveWorker(self as unknown as Parameters<typeof serveWorker>[0], createHandler());
else (window as unknown as Record<string, EngineGlobal>)[ENGINE_GLOBAL] = { createHandler };
