import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { xlsxErrors } from "../hosts/xlsx";
import { failureOf, type FileJob, type FileResult } from "./checkFile";

/** What one file may cost in a many-file run before it is given up as unreadable. */
export interface Containment {
  /** The worker's JavaScript heap. */
  maxOldGenerationSizeMb: number;
  /** Wall-clock time to read, check and write one file. */
  timeoutMs: number;
}

/** Loading the worker's modules is not the file's time: it has a limit of its own. */
const START_LIMIT_MS = 60_000;

export const DEFAULT_CONTAINMENT: Readonly<Containment> = { maxOldGenerationSizeMb: 1536, timeoutMs: 300_000 };

/**
 * The worker's script: lib/cli/fileWorker.js once built; from the sources (tests, tsx) the .ts file, loaded through tsx,
 * which is then installed as a development dependency.
 */
function startWorker(limits: Containment): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb }, stdout: true, stderr: true };
  const built = path.join(__dirname, "fileWorker.js");
  if (fs.existsSync(built)) return new Worker(built, options);
  const source = path.join(__dirname, "fileWorker.ts");
  const tsx = require.resolve("tsx/cjs", { paths: [__dirname] });
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

export interface ContainedChecker {
  check(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
}

const failed = (e: unknown): FileResult => ({ report: null, copy: null, failure: failureOf(e) });

/**
 * Checks files one at a time in a worker thread with a heap limit and a time limit. A file that runs the worker out of
 * memory, past the time limit or into a crash becomes one failure; the worker is replaced and the next file goes on.
 */
export function containedChecker(limits: Containment = DEFAULT_CONTAINMENT): ContainedChecker {
  let worker: Worker | null = null;
  const discard = () => {
    const w = worker;
    worker = null;
    return w ? w.terminate().then(() => undefined) : Promise.resolve();
  };
  const started = (): Promise<Worker> => {
    if (worker) return ready;
    const w = startWorker(limits);
    worker = w;
    // Between files nobody listens: a worker that dies then is just started again for the next one.
    w.on("error", () => undefined);
    w.once("exit", () => {
      if (worker === w) worker = null;
    });
    w.unref();
    // The worker says "ready" once its modules are loaded; the time limit starts then.
    ready = new Promise<Worker>((resolve) => {
      const stuck = setTimeout(
        () => {
          worker = null;
          void w.terminate();
          resolve(w);
        },
        Math.max(limits.timeoutMs, START_LIMIT_MS),
      );
      const onReady = (m: unknown) => {
        if (m !== "ready") return;
        clearTimeout(stuck);
        w.off("message", onReady);
        resolve(w);
      };
      w.on("message", onReady);
      w.once("exit", () => {
        clearTimeout(stuck);
        resolve(w);
      });
    });
    return ready;
  };
  let ready: Promise<Worker> = Promise.resolve(null as unknown as Worker);
  return {
    async check(job) {
      const w = await started();
      // The worker prints nothing of its own; whatever a library writes there is not the user's business.
      w.stdout.resume();
      w.stderr.resume();
      return new Promise<FileResult>((resolve) => {
        const settle = (result: FileResult, keep: boolean) => {
          clearTimeout(timer);
          w.off("message", onMessage);
          w.off("error", onError);
          w.off("exit", onExit);
          if (!keep) void discard();
          resolve(result);
        };
        const onMessage = (result: FileResult) => settle(result, true);
        const onError = (e: Error & { code?: string }) =>
          settle(
            failed(
              e.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? xlsxErrors.outOfMemory(job.name, limits.maxOldGenerationSizeMb)
                : xlsxErrors.crashed(job.name, { zh: `错误 ${e.code ?? e.name}`, en: e.message }),
            ),
            false,
          );
        const onExit = (code: number) =>
          settle(failed(xlsxErrors.crashed(job.name, { zh: `退出码 ${code}`, en: `exit code ${code}` })), false);
        const timer = setTimeout(
          () => settle(failed(xlsxErrors.timedOut(job.name, Math.round(limits.timeoutMs / 1000))), false),
          limits.timeoutMs,
        );
        if (worker !== w)
          return settle(failed(xlsxErrors.crashed(job.name, { zh: "处理进程未能启动", en: "the worker did not start" })), false);
        w.on("message", onMessage);
        w.on("error", onError);
        w.on("exit", onExit);
        w.postMessage(job);
      });
    },
    close: discard,
  };
}
