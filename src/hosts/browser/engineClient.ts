import type { EngineHandler } from "./engineHandler";
import { toFailure } from "./failure";
import type { EngineFailure, EngineRequest, EngineResponse, FromEngine, Progress, ReadFile, ToEngine } from "./protocol";

/** What the engine is doing now, for the page's progress bar. */
export interface Activity {
  running: number;
  progress: Progress | null;
}

/** A failed engine request: the failure as the engine described it (code, both languages, and any delta). */
export class EngineError extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.messages.en);
    this.name = "EngineError";
  }
}

/** The page's line to the engine: a Web Worker, or the page itself where no worker can start (opened from disk). */
export interface EngineClient {
  readonly mode: "worker" | "page";
  send<R extends EngineRequest>(request: R, transfer?: ArrayBuffer[]): Promise<Extract<EngineResponse, { op: R["op"] }>>;
  onActivity(listener: (activity: Activity) => void): () => void;
}

class ActivityFeed {
  private readonly listeners = new Set<(a: Activity) => void>();
  private activity: Activity = { running: 0, progress: null };

  subscribe(listener: (a: Activity) => void): () => void {
    this.listeners.add(listener);
    listener(this.activity);
    return () => this.listeners.delete(listener);
  }

  update(change: Partial<Activity>): void {
    this.activity = { ...this.activity, ...change };
    if (this.activity.running === 0) this.activity.progress = null;
    for (const l of this.listeners) l(this.activity);
  }

  begin(): void {
    this.update({ running: this.activity.running + 1 });
  }

  end(): void {
    this.update({ running: Math.max(0, this.activity.running - 1) });
  }
}

type Pending = { resolve(r: EngineResponse): void; reject(e: unknown): void };

/** Talks to an engine worker that has said it is ready. */
export function workerClient(worker: Worker): EngineClient {
  const feed = new ActivityFeed();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.addEventListener("message", (event: MessageEvent<FromEngine>) => {
    const msg = event.data;
    const waiting = pending.get(msg.id);
    if (!waiting) return;
    if (msg.kind === "progress") {
      feed.update({ progress: msg.progress });
      return;
    }
    pending.delete(msg.id);
    feed.end();
    if (msg.kind === "done") waiting.resolve(msg.response);
    else if (msg.kind === "failed") waiting.reject(new EngineError(msg.failure));
  });
  worker.addEventListener("error", (event) => {
    const failure: EngineFailure = {
      name: "Error",
      code: "internal",
      messages: { zh: `后台校验线程出错：${event.message}`, en: `The checking worker failed: ${event.message}` },
    };
    for (const [, p] of pending) p.reject(new EngineError(failure));
    pending.clear();
    feed.update({ running: 0 });
  });
  return {
    mode: "worker",
    send(request, transfer = []) {
      const id = nextId++;
      feed.begin();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (r: EngineResponse) => void, reject });
        const message: ToEngine = { id, request };
        worker.postMessage(message, transfer);
      });
    },
    onActivity: (listener) => feed.subscribe(listener),
  };
}

/** Runs the engine in the page itself: the fallback where a worker cannot start. Long work then blocks the page. */
export function inPageClient(handler: EngineHandler): EngineClient {
  const feed = new ActivityFeed();
  // One request at a time, as in the worker.
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (request: EngineRequest): Promise<EngineResponse> => {
    try {
      // Let the page draw the progress bar before the work takes the thread.
      await new Promise((r) => setTimeout(r, 0));
      return (await handler(request, (progress) => feed.update({ progress }))).response;
    } catch (e) {
      throw new EngineError(toFailure(e));
    } finally {
      feed.end();
    }
  };
  return {
    mode: "page",
    send(request) {
      feed.begin();
      const result = queue.then(() => run(request));
      queue = result.catch(() => undefined);
      return result as never;
    },
    onActivity: (listener) => feed.subscribe(listener),
  };
}

/** Starts the worker and waits for its hello; null when it cannot start (file://, a blocked script, a crash on load). */
export function startWorker(url: string, timeoutMs = 20_000): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      resolve(null);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
      if (!ok) worker.terminate();
      resolve(ok ? worker : null);
    };
    const onMessage = (event: MessageEvent<FromEngine>) => {
      if (event.data?.kind === "ready") done(true);
    };
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
  });
}

/**
 * A client usable at once, over one still starting: requests wait for it (shown as running meanwhile), activity comes
 * from it once it is there. `mode` is what the page expects (a worker over http, the page itself from disk); if a
 * worker was expected and could not start, requests still run, in the page.
 */
export function deferredClient(starting: Promise<EngineClient>, mode: EngineClient["mode"]): EngineClient {
  const listeners = new Set<(a: Activity) => void>();
  let waiting = 0;
  let started: EngineClient | null = null;
  const tell = () => {
    for (const l of listeners) l({ running: waiting, progress: null });
  };
  void starting.then(
    (client) => (started = client),
    () => undefined,
  );
  return {
    mode,
    async send(request, transfer) {
      if (started) return started.send(request, transfer);
      waiting++;
      tell();
      let client: EngineClient;
      try {
        client = await starting;
      } finally {
        waiting--;
        if (!started) tell(); // the engine never came: nothing runs
      }
      // The started client's activity takes over from here (it counts this request from now).
      return client.send(request, transfer);
    },
    onActivity(listener) {
      if (started) return started.onActivity(listener);
      listeners.add(listener);
      listener({ running: waiting, progress: null });
      let stop: (() => void) | null = null;
      void starting.then(
        (client) => (stop = client.onActivity(listener)),
        () => undefined,
      );
      return () => {
        listeners.delete(listener);
        stop?.();
      };
    },
  };
}

/**
 * `client`, with each file `readOf` knows already (the sample) opened from that reading instead of by the engine's reader.
 * The page numbers the files it opens; one it knows the reading of is answered at once, from that reading, while the
 * engine opens it under the same number (its later requests queue behind that open).
 */
export function withReadAlready(client: EngineClient, readOf: (bytes: ArrayBuffer) => ReadFile | undefined): EngineClient {
  let nextFile = 1;
  return {
    get mode() {
      return client.mode;
    },
    send(request, transfer) {
      if (request.op !== "open") return client.send(request, transfer);
      const file = request.file ?? nextFile++;
      const read = request.read ?? readOf(request.bytes);
      const sent = client.send(read ? { ...request, file, read } : { ...request, file }, transfer);
      if (!read) return sent;
      // A failure shows on the file's first request, which the engine answers "closed".
      sent.catch(() => undefined);
      const { grid, decor, notices } = read;
      const answer: EngineResponse = { op: "open", opened: { file, name: request.name, grid, decor, notices } };
      return Promise.resolve(answer) as typeof sent;
    },
    onActivity: (listener) => client.onActivity(listener),
  };
}
