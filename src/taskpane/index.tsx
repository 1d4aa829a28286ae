import { createExcelHost } from "../hosts/excel/excelHost";
import { officeExcelEnv, whenOfficeReady } from "../hosts/excel/officeEnv";
import { mountPane } from "../ui/mount";
import { lastRunText } from "./lastRunText";

/** The seed sample is loaded only when asked for, in a chunk of its own, so the pane's first load stays small. */
const sampleText = () => import(/* webpackChunkName: "sample" */ "../../assets/sample/seed-changji-2021.txt").then((m) => m.default);

async function start(): Promise<void> {
  const root = document.getElementById("root")!;
  const { inExcel } = await whenOfficeReady();
  if (!inExcel) {
    root.textContent = "请在 Excel 中打开此加载项。Open this add-in from Excel.";
    return;
  }
  const host = createExcelHost(officeExcelEnv(), { sampleText });
  const settings = await host.loadSettings();
  document.documentElement.lang = settings.lang === "en" ? "en" : "zh-CN";
  document.getElementById("last-run")!.textContent = lastRunText(host.lastRun(), settings.lang);
  mountPane(root, host);
}

void start();
