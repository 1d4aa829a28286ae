import { createSessionHost } from "../app/session/sessionHost";
import { DEFAULT_SETTINGS } from "../app/host";
import { EtSpreadsheet } from "../hosts/wps/etSpreadsheet";
import { FakeWps } from "../hosts/wps/testing/fakeApplication";
import type { FakeBookModel } from "../hosts/wps/testing/fakeModel";
import { seedWorkbook } from "../hosts/wps/testing/seedWorkbooks";
import { ribbonCallbacks, STATEFUL_BUTTONS, type RibbonUI } from "./ribbon";
import { WORKBOOK_EVENTS } from "./workbookEvents";

const SETTINGS = { ...DEFAULT_SETTINGS, mark: ["error", "warning", "info"] as ("error" | "warning" | "info")[] };

/** The ribbon as WPS keeps it: a getEnabled answer is cached until its control (or the whole ribbon) is invalidated. */
class CachingRibbon implements RibbonUI {
  private readonly cache = new Map<string, boolean>();
  constructor(private readonly ask: (id: string) => boolean) {}
  enabled(id: string): boolean {
    if (!this.cache.has(id)) this.cache.set(id, this.ask(id));
    return this.cache.get(id)!;
  }
  Invalidate(): void {
    this.cache.clear();
  }
  InvalidateControl(id: string): void {
    this.cache.delete(id);
  }
}

/** A workbook that carries our marks and written scores (checked and filled in an earlier session). */
async function markedAndFilled(fake: FakeWps): Promise<FakeBookModel> {
  const book = fake.open(seedWorkbook(6, 1, { blankScores: true }), "已校验.xlsx");
  const host = createSessionHost(new EtSpreadsheet(fake.app, fake.localStore));
  await host.check(SETTINGS);
  expect(await host.fill(SETTINGS, false)).toBeGreaterThan(0);
  return book;
}

/** A new session's ribbon (the add-in just loaded) over the fake as it is now. */
function loadRibbon(fake: FakeWps, ribbonFor: (ask: (id: string) => boolean) => RibbonUI & { enabled(id: string): boolean }) {
  const sheet = new EtSpreadsheet(fake.app, fake.localStore);
  const callbacks = ribbonCallbacks({
    app: fake.app,
    sheet,
    host: createSessionHost(sheet),
    taskpaneUrl: "file:///x/taskpane.html",
    alert: jest.fn(),
  });
  const ribbon = ribbonFor((id) => callbacks.GetEnabled({ Id: id }));
  callbacks.OnAddinLoad(ribbon);
  return { callbacks, ribbon, states: () => STATEFUL_BUTTONS.map((id) => ribbon.enabled(id)) };
}

describe("清除标记 and 撤销填充 follow the active workbook", () => {
  it("light up when a workbook carrying marks and scores becomes active after WPS started with none", async () => {
    const fake = new FakeWps();
    const marked = await markedAndFilled(fake);
    fake.close();
    const { states } = loadRibbon(fake, (ask) => new CachingRibbon(ask));
    expect(states()).toEqual([false, false]);
    fake.switchTo(marked);
    expect(states()).toEqual([true, true]);
  });

  it("grey out on a workbook opened without marks, and light up again on switching back", async () => {
    const fake = new FakeWps();
    const marked = await markedAndFilled(fake);
    const { states } = loadRibbon(fake, (ask) => new CachingRibbon(ask));
    expect(states()).toEqual([true, true]);
    fake.open(seedWorkbook(2, 1), "新建.xlsx");
    expect(states()).toEqual([false, false]);
    fake.switchTo(marked);
    expect(states()).toEqual([true, true]);
  });

  it("refresh with Invalidate where the ribbon has no InvalidateControl", async () => {
    const fake = new FakeWps();
    const marked = await markedAndFilled(fake);
    fake.close();
    const { states } = loadRibbon(fake, (ask) => {
      const caching = new CachingRibbon(ask);
      return { enabled: (id: string) => caching.enabled(id), Invalidate: () => caching.Invalidate() };
    });
    expect(states()).toEqual([false, false]);
    fake.switchTo(marked);
    expect(states()).toEqual([true, true]);
  });

  it("listens once to each workbook event however often OnAddinLoad runs", () => {
    const fake = new FakeWps();
    const { callbacks, ribbon } = loadRibbon(fake, (ask) => new CachingRibbon(ask));
    callbacks.OnAddinLoad(ribbon);
    expect(WORKBOOK_EVENTS.map((e) => fake.listenerCount(e))).toEqual(WORKBOOK_EVENTS.map(() => 1));
  });

  it.each<[string, unknown]>([
    ["no ApiEvent", undefined],
    [
      "an ApiEvent that refuses every event",
      {
        AddApiEventListener: () => {
          throw new Error("not supported");
        },
      },
    ],
  ])("loads on a WPS with %s", (_, apiEvent) => {
    const fake = new FakeWps();
    const app = new Proxy(fake.app, { get: (t, p) => (p === "ApiEvent" ? apiEvent : Reflect.get(t, p)) });
    const sheet = new EtSpreadsheet(app, fake.localStore);
    const callbacks = ribbonCallbacks({
      app,
      sheet,
      host: createSessionHost(sheet),
      taskpaneUrl: "file:///x/taskpane.html",
      alert: jest.fn(),
    });
    expect(callbacks.OnAddinLoad(new CachingRibbon(() => true))).toBe(true);
  });
});
