import type { KeyValueStorage } from "./api";
import { KEEP, LAST_RUNS_KEY, readLastRun, writeLastRun, type LastRun } from "./lastRun";

const run = (at: string, forms = 1): LastRun => ({ action: "check", at, forms, counts: { error: 1, warning: 0, info: 0 } });

function envOn(storage: Map<string, string> | null, documentKey: string) {
  const store: KeyValueStorage | null = storage && { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) };
  return { storage: store, documentKey: () => documentKey };
}

describe("the ribbon's last outcome", () => {
  it("is kept per workbook, on this machine", () => {
    const storage = new Map<string, string>();
    writeLastRun(envOn(storage, "a.xlsx"), run("2024-05-01T08:00:00.000Z", 3));
    writeLastRun(envOn(storage, "b.xlsx"), run("2024-05-01T09:00:00.000Z", 7));
    expect(readLastRun(envOn(storage, "a.xlsx"))?.forms).toBe(3);
    expect(readLastRun(envOn(storage, "b.xlsx"))?.forms).toBe(7);
    expect(readLastRun(envOn(storage, "c.xlsx"))).toBeNull();
  });

  it(`keeps the ${KEEP} most recent workbooks`, () => {
    const storage = new Map<string, string>();
    for (let i = 0; i < KEEP + 5; i++) writeLastRun(envOn(storage, `w${i}.xlsx`), run(new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString()));
    expect(Object.keys(JSON.parse(storage.get(LAST_RUNS_KEY)!) as object)).toHaveLength(KEEP);
    expect(readLastRun(envOn(storage, "w0.xlsx"))).toBeNull();
    expect(readLastRun(envOn(storage, `w${KEEP + 4}.xlsx`))).not.toBeNull();
  });

  it.each([
    ["damaged text", "{oops"],
    ["a list", "[1,2]"],
    ["an entry that is no outcome", JSON.stringify({ "a.xlsx": { action: 3 } })],
  ])("reads %s as nothing", (_, text) => expect(readLastRun(envOn(new Map([[LAST_RUNS_KEY, text]]), "a.xlsx"))).toBeNull());

  it("is simply not kept where localStorage is refused", () => {
    const env = envOn(null, "a.xlsx");
    writeLastRun(env, run("2024-05-01T08:00:00.000Z"));
    expect(readLastRun(env)).toBeNull();
  });
});
