import type { EtApplication } from "../hosts/wps/etTypes";

/** The events after which another workbook, or a workbook not seen yet, may be the active one. */
export const WORKBOOK_EVENTS = ["WorkbookOpen", "NewWorkbook", "WorkbookActivate", "WindowActivate"] as const;

/**
 * Calls `changed` after each of WORKBOOK_EVENTS (WPS caches getEnabled answers until the ribbon is invalidated). Returns
 * the events it could listen to: none where `ApiEvent` is missing; an event a build refuses is left out. `changed` never
 * throws into WPS.
 */
export function onWorkbookChange(app: EtApplication, changed: () => void): string[] {
  const events = app.ApiEvent;
  if (!events) return [];
  const listener = () => {
    try {
      changed();
    } catch {
      // A refresh that fails leaves the buttons as they were; the next event or action tries again.
    }
  };
  return WORKBOOK_EVENTS.filter((name) => {
    try {
      events.AddApiEventListener(name, listener);
      return true;
    } catch {
      return false;
    }
  });
}
