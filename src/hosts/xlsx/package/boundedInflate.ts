import type JSZip from "jszip";

/** JSZip documents ZipObject#internalStream (a StreamHelper), but its typings leave it out. */
type Streamable = JSZip.JSZipObject & { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> };

/** An entry that unpacks to more bytes than it may. */
export class InflateLimitError extends Error {
  constructor(readonly bytes: number) {
    super(`the entry unpacks to more than its declared size`);
  }
}

/**
 * Unpacks one zip entry chunk by chunk, handing each chunk to `onChunk`, and stops as soon as it passes `maxBytes`
 * (JSZip alone unpacks everything before it compares with the declared size). Resolves to the bytes unpacked.
 */
export function inflateBounded(entry: JSZip.JSZipObject, maxBytes: number, onChunk: (chunk: Uint8Array) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    let stopped = false;
    const stream = (entry as Streamable).internalStream("uint8array");
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        total += chunk.length;
        if (total > maxBytes) return stop(new InflateLimitError(total));
        try {
          onChunk(chunk);
        } catch (e) {
          stop(e instanceof Error ? e : new Error(String(e)));
        }
      })
      .on("error", (e: Error) => stop(e))
      .on("end", () => {
        if (!stopped) resolve(total);
      })
      .resume();
  });
}
