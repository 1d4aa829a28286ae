/** The worker a many-file run checks each file in (see containedChecker.ts): one job in, one result out, in order. */
import { parentPort } from "worker_threads";
import { checkFile, type FileJob } from "./checkFile";

const port = parentPort;
if (port) {
  let queue = Promise.resolve();
  port.on("message", (job: FileJob) => {
    queue = queue.then(async () => port.postMessage(await checkFile(job)));
  });
  // Loaded: from now on the time a file takes is its own, not the worker's start.
  port.postMessage("ready");
}
