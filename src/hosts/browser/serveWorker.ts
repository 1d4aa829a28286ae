import type { EngineHandler } from "./engineHandler";
import { toFailure } from "./failure";
import type { FromEngine, ToEngine } from "./protocol";

interface WorkerScope {
  postMessage(message: FromEngine, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToEngine>) => void): void;
}

/** Answers the page's requests inside a Web Worker, one at a time and in order (each works on the state the last left). */
export function serveWorker(scope: WorkerScope, handle: EngineHandler): void {
  let queue: Promise<void> = Promise.resolve();
  scope.addEventListener("message", (event) => {
    const { id, request } = event.data;
    queue = queue.then(async () => {
      try {
        const { response, transfer } = await handle(request, (progress) => scope.postMessage({ id, kind: "progress", progress }));
        scope.postMessage({ id, kind: "done", response }, transfer);
      } catch (e) {
        scope.postMessage({ id, kind: "failed", failure: toFailure(e) });
      }
    });
  });
  scope.postMessage({ id: 0, kind: "ready" });
}
