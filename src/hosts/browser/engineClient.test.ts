import { deferredClient, inPageClient, withReadAlready, type Activity, type EngineClient } from "./engineClient";
import type { EngineHandler } from "./engineHandler";
import type { EngineRequest, ReadFile } from "./protocol";

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

describe("withReadAlready", () => {
  const read: ReadFile = {
    grid: { sheets: [{ name: "表", originRow: 0, originCol: 0, values: [["x"]] }] } as ReadFile["grid"],
    decor: { colors: [], notes: [], marks: [], sheets: [] },
    notices: [],
    recordText: null,
  };
  const known = new ArrayBuffer(4);

  /** An engine that records what it was sent and answers each open only when told. */
  function engine() {
    const sent: EngineRequest[] = [];
    const opens: ((file: number) => void)[] = [];
    const client: EngineClient = {
      mode: "worker",
      send(request) {
        sent.push(request);
        if (request.op !== "open") return Promise.resolve({ op: "close" }) as never;
        return new Promise((resolve) =>
          opens.push((file) => resolve({ op: "open", opened: { file, name: request.name } } as never)),
        ) as never;
      },
      onActivity: () => () => undefined,
    };
    return { client, sent, opens };
  }

  it("answers the open of a file it knows the reading of at once, and the engine opens it under the same number", async () => {
    const { client, sent } = engine();
    const page = withReadAlready(client, (bytes) => (bytes === known ? read : undefined));
    const { opened } = await page.send({ op: "open", name: "示例.xlsx", bytes: known, lang: "zh" });
    expect(opened).toEqual({ file: 1, name: "示例.xlsx", grid: read.grid, decor: read.decor, notices: [] });
    expect(sent).toEqual([{ op: "open", name: "示例.xlsx", bytes: known, lang: "zh", read, file: 1 }]);
  });

  it.each([
    ["a file it does not know", new ArrayBuffer(2), 2],
    ["a file it knows", known, 2],
  ])("numbers every open in turn, %s included", async (_, bytes, expected) => {
    const { client, sent, opens } = engine();
    const page = withReadAlready(client, (b) => (b === known ? read : undefined));
    const first = page.send({ op: "open", name: "a.xlsx", bytes: new ArrayBuffer(1), lang: "zh" });
    const second = page.send({ op: "open", name: "b.xlsx", bytes, lang: "zh" });
    opens.forEach((answer, i) => answer(i + 1));
    expect((await first).opened.file).toBe(1);
    expect((await second).opened.file).toBe(expected);
    expect(sent.map((r) => (r.op === "open" ? [r.file, Boolean(r.read)] : null))).toEqual([
      [1, false],
      [2, bytes === known],
    ]);
  });

  it("passes other requests through unchanged", async () => {
    const { client, sent } = engine();
    await withReadAlready(client, () => read).send({ op: "close", file: 3 });
    expect(sent).toEqual([{ op: "close", file: 3 }]);
  });
});
