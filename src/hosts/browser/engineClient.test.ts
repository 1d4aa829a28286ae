import { deferredClient, inPageClient, type Activity, type EngineClient } from "./engineClient";
import type { EngineHandler } from "./engineHandler";

const closer: EngineHandler = async () => ({ response: { op: "close" }, transfer: [] });

function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("deferredClient", () => {
  it("answers a request sent before the engine started, once it has, and counts it as running meanwhile", async () => {
    const starting = later<EngineClient>();
    const client = deferredClient(starting.promise, "worker");
    const seen: Activity[] = [];
    client.onActivity((a) => seen.push(a));
    const answer = client.send({ op: "close", file: 1 });
    expect(seen.map((a) => a.running)).toEqual([0, 1]);
    starting.resolve(inPageClient(closer));
    await expect(answer).resolves.toEqual({ op: "close" });
    expect(seen.at(-1)?.running).toBe(0);
  });

  it.each([
    ["before", true],
    ["after", false],
  ])("sends to the started engine when subscribed %s it started", async (_, early) => {
    const starting = later<EngineClient>();
    const client = deferredClient(starting.promise, "page");
    const seen: number[] = [];
    if (early) client.onActivity((a) => seen.push(a.running));
    starting.resolve(inPageClient(closer));
    await starting.promise;
    if (!early) client.onActivity((a) => seen.push(a.running));
    await client.send({ op: "close", file: 1 });
    expect(seen).toContain(1);
    expect(seen.at(-1)).toBe(0);
    expect(client.mode).toBe("page");
  });

  it("fails a request when the engine cannot start, and stops counting it", async () => {
    const client = deferredClient(Promise.reject(new Error("cannot load")), "worker");
    const seen: number[] = [];
    client.onActivity((a) => seen.push(a.running));
    await expect(client.send({ op: "close", file: 1 })).rejects.toThrow("cannot load");
    expect(seen).toEqual([0, 1, 0]);
  });
});
