import type { EtApplication, EtTaskPane } from "../hosts/wps/etTypes";
import { existingPane, hidePane, paneUrl, PANE_TITLE, TASKPANE_ID_KEY, togglePane } from "./taskPane";

type StaleAnswer = "null" | "throws" | "a dead pane";

/** The pane part of WPS's Application. For an id it no longer knows, GetTaskPane answers as `stale` says. */
function fakeApp(stale: StaleAnswer) {
  const items = new Map<string, string>();
  const panes: (EtTaskPane & { url: string; title?: string; destroyed: boolean })[] = [];
  const app = {
    PluginStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: unknown) => void items.set(k, String(v)) },
    CreateTaskPane(url: string, title?: string) {
      const pane = { ID: panes.length + 1, url, title, Visible: false, Width: 0, DockPosition: 0 as unknown, destroyed: false };
      panes.push(pane);
      return pane;
    },
    GetTaskPane(id: number) {
      const pane = panes.find((p) => p.ID === id);
      if (pane && !pane.destroyed) return pane;
      if (stale === "throws") throw new Error("Invalid task pane id");
      if (stale === "a dead pane" && pane) return deadPane(pane.ID);
      return null;
    },
  };
  return { app: app as unknown as EtApplication, panes, items };
}

/** A pane object whose window is gone: every property throws. */
function deadPane(id: number): EtTaskPane {
  const dead = () => {
    throw new Error("The task pane has been destroyed");
  };
  return {
    ID: id,
    get Visible() {
      return dead();
    },
    set Visible(_: boolean) {
      dead();
    },
    Width: 0,
    DockPosition: 0,
  };
}

const URL_ = "file:///C:/Users/张三/AppData/Roaming/kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html";

describe.each<StaleAnswer>(["null", "throws", "a dead pane"])("the WPS task pane when GetTaskPane answers a stale id with %s", (stale) => {
  it("is created docked right, titled, and its id kept; the second toggle hides it, the third shows it", () => {
    const { app, panes, items } = fakeApp(stale);
    togglePane(app, URL_);
    expect(panes).toHaveLength(1);
    expect(panes[0]).toMatchObject({ url: URL_, title: PANE_TITLE, Visible: true, DockPosition: 2, Width: 340 });
    expect(items.get(TASKPANE_ID_KEY)).toBe("1");
    togglePane(app, URL_);
    expect(panes[0].Visible).toBe(false);
    togglePane(app, URL_);
    expect(panes[0].Visible).toBe(true);
    expect(panes).toHaveLength(1);
  });

  it("is created anew, and its new id kept, when the remembered pane was destroyed", () => {
    const { app, panes, items } = fakeApp(stale);
    togglePane(app, URL_);
    panes[0].destroyed = true;
    if (stale !== "a dead pane") expect(existingPane(app)).toBeNull();
    togglePane(app, URL_);
    expect(panes).toHaveLength(2);
    expect(panes[1].Visible).toBe(true);
    expect(items.get(TASKPANE_ID_KEY)).toBe("2");
  });

  it.each([
    ["nothing stored", null],
    ["garbage", "abc"],
    ["zero", "0"],
    ["a fraction", "1.5"],
  ])("has no pane when the stored id is %s", (_, stored) => {
    const { app, items } = fakeApp(stale);
    if (stored !== null) items.set(TASKPANE_ID_KEY, stored);
    expect(existingPane(app)).toBeNull();
    expect(hidePane(app)).toBe(false);
  });

  it("is hidden from inside by 收起, and 自评面板 shows it again", () => {
    const { app, panes } = fakeApp(stale);
    togglePane(app, URL_);
    expect(hidePane(app)).toBe(true);
    expect(panes[0].Visible).toBe(false);
    togglePane(app, URL_);
    expect(panes[0].Visible).toBe(true);
  });
});

describe("paneUrl", () => {
  it.each([
    [
      "a Chinese user folder under file://",
      "file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Roaming/kingsoft/wps/jsaddons/selfeval_0.1.0/index.html",
      "file:///C:/Users/张三/AppData/Roaming/kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html",
    ],
    [
      "a space in a Linux home",
      "file:///home/li%20si/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/index.html",
      "file:///home/li si/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html",
    ],
    ["an online add-in", "http://intranet.example/selfeval/index.html?v=2#x", "http://intranet.example/selfeval/taskpane.html"],
    ["a malformed escape (kept encoded)", "file:///home/a%E5b/index.html", "file:///home/a%E5b/taskpane.html"],
  ])("decodes %s", (_, entry, pane) => expect(paneUrl(entry)).toBe(pane));
});
