import { lazyExcelHost } from "../hosts/excel/lazyExcelHost";
import { officeExcelEnv, whenOfficeReady } from "../hosts/excel/officeEnv";
import { mountPane } from "../ui/mount";
import { lastRunText } from "./lastRunText";
import { NOTICES, showNotice } from "./notice";

/** The sample workbook (base64) is loaded only when asked for, in a chunk of its own, so the pane's first load stays small. */
const sampleWorkbook = () => import(/* webpackChunkName: "sample" */ "../../assets/sample/sample-changji-2021.xlsx").then((m) => m.default);

async function start(): Promise<void> {
  const root = document.getElementById("root")!;
  // office.js is a blocking script before this deferred bundle: if `Office` is missing now, it failed to load.
  if (typeof Office === "undefined") return showNotice(root, NOTICES.officeJsMissing);
  const { inExcel } = await whenOfficeReady();
  if (!inExcel) return showNotice(root, NOTICES.openInExcel);
  // The engine arrives with the first 校验 (or any other command), not before the pane's first render.
  const host = lazyExcelHost(officeExcelEnv(), { sampleWorkbook });
  const settings = await host.loadSettings();
  document.documentElement.lang = settings.lang === "en" ? "en" : "zh-CN";
  document.getElementById("last-run")!.textContent = lastRunText(host.lastRun(), settings.lang);
  mountPane(root, host);
}

void start();
