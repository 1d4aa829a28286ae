/** The browser workbench: the task pane beside a read-only grid, on .xlsx files opened in the page. */
import { FluentProvider } from "@fluentui/react-components";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import sampleDataUrl from "../../assets/sample/sample-changji-2021.xlsx";
import sampleRead from "@generated/sampleRead";
import { deferredClient, inPageClient, withReadAlready, workerClient, type EngineClient } from "../hosts/browser/engineClient";
import { loadEngineScript } from "../hosts/browser/engineScript";
import { SettingsStore } from "../hosts/browser/settingsStore";
import { loadTheme, themeKind } from "../ui/theme/loadTheme";
import { Workbench } from "./components/Workbench";
import { openFileStore } from "./batch/fileStore";
import { bytesOfDataUrl } from "./dataUrl";
import { afterFirstPaint, engineWorker, servedOverHttp } from "./startEngine";
import { saveBytes } from "./saveBytes";
import { WorkbenchModel } from "./workbenchModel";

const SAMPLE_NAME = "sample-changji-2021.xlsx";
const VISITED = "selfeval.workbench.visited";
/** Built by webpack.workbench.config.js next to the page's own script: the engine as a page script, where no worker starts. */
const ENGINE_PAGE_SCRIPT = "workbench/workbench.engine.page.js";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The engine in a Web Worker; in the page where a worker cannot start (file://, a strict policy). */
async function startEngine(): Promise<EngineClient> {
  if (servedOverHttp()) {
    const worker = await engineWorker();
    if (worker) return workerClient(worker);
  }
  return inPageClient(await loadEngineScript(new URL(ENGINE_PAGE_SCRIPT, document.baseURI).href));
}

function isFirstVisit(store: Storage | null): boolean {
  try {
    return store?.getItem(VISITED) === null;
  } catch {
    return true;
  }
}

/** The sample opens on the first visit, or whenever the address asks for it (?sample=1); ?sample=0 never. */
function wantsSample(store: Storage | null): boolean {
  const asked = new URLSearchParams(location.search).get("sample");
  if (asked === "0") return false;
  if (asked === "1") return true;
  return isFirstVisit(store);
}

/** Resolves once the model holds a file, or at the next task at the latest (a file that does not open). */
function fileOpenedOrNextTask(model: WorkbenchModel): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, 0);
    const stop = model.subscribe(() => {
      if (model.getState().files.length > 0) done();
    });
  });
}

async function main(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const store = storage();
  // The page draws at once. What the first screen does not need waits until it is painted: the engine (its worker loading
  // and compiling the engine would compete with the first screen) and the file store; what the page asks of them
  // meanwhile waits for them.
  let painted!: () => void;
  const firstScreen = new Promise<void>((resolve) => (painted = resolve));
  // The sample opens from its reading made at build time: no reader (exceljs) to load for the first screen.
  const sampleBuffers = new WeakSet<ArrayBuffer>();
  const engine = deferredClient(firstScreen.then(startEngine), servedOverHttp() ? "worker" : "page");
  const client = withReadAlready(engine, (bytes) => (sampleBuffers.has(bytes) ? sampleRead : undefined));
  const sample = () => {
    const bytes = bytesOfDataUrl(sampleDataUrl).buffer as ArrayBuffer;
    sampleBuffers.add(bytes);
    return { name: SAMPLE_NAME, bytes };
  };
  // The page draws before the file store is open: files opened meanwhile are kept once it is.
  const model = new WorkbenchModel(client, new SettingsStore(store), saveBytes, { store: firstScreen.then(openFileStore), sample });
  // For scripted use of the page (its tests): the model, on the page's own window, only when the address asks.
  if (new URLSearchParams(location.search).has("automation")) {
    (window as unknown as { selfevalWorkbench: WorkbenchModel }).selfevalWorkbench = model;
  }
  const openSample = () => void model.openSample();
  const sampleWanted = wantsSample(store);
  const firstVisit = sampleWanted && isFirstVisit(store);
  // On a first visit there is nothing kept to bring back: the sample opens at once, from its reading (no engine needed),
  // and the first render waits for it (promises only), so that the page and the sample's pane are drawn in one render.
  const sampleOpened = firstVisit ? fileOpenedOrNextTask(model) : null;
  if (firstVisit) openSample();
  // The light theme is there at once; another one (dark, high contrast) is a chunk to load first.
  const theme = await loadTheme(themeKind(typeof window.matchMedia === "function" ? window.matchMedia.bind(window) : undefined));
  await sampleOpened;
  const reactRoot = createRoot(root);
  // Drawn in this task: a render left to React's scheduler waits a frame (the browser paints the empty page first).
  flushSync(() =>
    reactRoot.render(
      <FluentProvider theme={theme} className="wb-provider">
        <Workbench model={model} openSample={openSample} />
      </FluentProvider>,
    ),
  );
  void afterFirstPaint().then(painted);
  await model.restore();
  if (!sampleWanted) return;
  try {
    store?.setItem(VISITED, "1");
  } catch {
    // A page without storage shows the sample every time.
  }
  if (!firstVisit && !model.getState().files.some((f) => f.book.name === SAMPLE_NAME)) openSample();
}

void main();
