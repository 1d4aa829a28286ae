/// <reference types="et-jsapi-declare" />
import type { EtApplication, EtRange, EtTaskPane, EtWorkbook } from "../hosts/wps/etTypes";
import { wpsError } from "../hosts/wps/errors";

/**
 * Checks, at compile time, that et-jsapi-declare's types fit ours where they are precise. Where they are loose
 * (`Worksheets.Item` typed `Worksheet | Sheets`, `Value2` as `string | any[]`) ours say what WPS gives.
 */
type Fits<Theirs, Ours> = Theirs extends Ours ? true : never;
export const TYPINGS_FIT: [
  Fits<Et.Range["Row"] | Et.Range["Column"] | Et.Range["Count"], number>,
  Fits<ReturnType<Et.Range["Address"]>, string>,
  Fits<Et.Application["ScreenUpdating"], EtApplication["ScreenUpdating"]>,
  Fits<Et.Workbook["ProtectStructure"], EtWorkbook["ProtectStructure"]>,
  Fits<Et.Worksheet["ProtectContents"] | Et.Worksheet["Name"], boolean | string>,
  Fits<WPS.CustomTaskpane["ID"] | WPS.CustomTaskpane["Visible"], EtTaskPane["ID"] | EtTaskPane["Visible"]>,
  Fits<ReturnType<Et.Range["AddComment"]>["Delete"], ReturnType<EtRange["AddComment"]>["Delete"]>,
  Fits<ReturnType<Et.Application["Workbooks"]["Add"]>["ProtectStructure"], EtWorkbook["ProtectStructure"]>,
  Fits<ReturnType<Et.Workbook["Activate"]>, ReturnType<EtWorkbook["Activate"]>>,
] = [true, true, true, true, true, true, true, true, true];

/** `window.Application` as the adapter's narrow type; a HostError when the page does not run inside WPS. */
export function etApplication(): EtApplication {
  const app = (window as { Application?: unknown }).Application;
  if (!app) throw wpsError("unsupported", { zh: "（此页面须在 WPS 表格中打开）", en: "(Open this page inside WPS Spreadsheets.)" });
  return app as EtApplication;
}
