import { createSessionHost, sampleFromSeed } from "../app/session/sessionHost";
import { EtSpreadsheet, type TextStore } from "../hosts/wps/etSpreadsheet";
import type { EtApplication } from "../hosts/wps/etTypes";
import type { PaneHost } from "../app/host";
import { bundledSeedText } from "./seedText";
import { wpsSelfTest } from "../hosts/wps/probes";

/** The settings store both pages share: the embedded browser's localStorage (same origin), else memory. */
export function browserStore(): TextStore | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The ET adapter and the pane's host over it: what the ribbon and the task pane both use. No CSV download: WPS's CEF
 * saves a blob download only where WPS implements a download handler (unverified), and the ET route (Workbooks.Add +
 * SaveAs) would open and activate a new workbook; 导出到工作表 gives the same rows inside the workbook.
 */
export function wpsSession(app: EtApplication): { sheet: EtSpreadsheet; host: PaneHost } {
  const sheet = new EtSpreadsheet(app, browserStore());
  const text = bundledSeedText();
  const host: PaneHost = {
    ...createSessionHost(sheet, text ? { sample: () => sampleFromSeed(text) } : {}),
    selfTest: () => wpsSelfTest(app),
    canDownload: false,
  };
  return { sheet, host };
}
