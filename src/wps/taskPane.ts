import type { EtApplication, EtTaskPane } from "../hosts/wps/etTypes";

/** Where the ribbon keeps the pane's id for the session (PluginStorage is shared by the add-in's pages). */
export const TASKPANE_ID_KEY = "selfeval_taskpane_id";
export const PANE_TITLE = "自评面板";
const PANE_WIDTH = 340;
const DOCK_RIGHT = 2; // msoCTPDockPositionRight

/**
 * The pane this add-in created earlier in the session, or null. The id may be stale (the pane was destroyed): some
 * WPS builds then throw from GetTaskPane, which must not break 自评面板 for the rest of the session.
 */
export function existingPane(app: EtApplication): EtTaskPane | null {
  const id = Number(app.PluginStorage.getItem(TASKPANE_ID_KEY));
  if (!Number.isInteger(id) || id <= 0) return null;
  try {
    return app.GetTaskPane(id) ?? null;
  } catch {
    return null;
  }
}

/** Shows or hides the pane; creates it (at `url`) when there is none, or when the old one no longer answers. */
export function togglePane(app: EtApplication, url: string): void {
  const existing = existingPane(app);
  if (existing) {
    try {
      existing.Visible = !existing.Visible;
      return;
    } catch {
      // A destroyed pane: make a new one below and remember its id instead.
    }
  }
  const pane = app.CreateTaskPane(url, PANE_TITLE);
  app.PluginStorage.setItem(TASKPANE_ID_KEY, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = PANE_WIDTH;
  pane.Visible = true;
}

/** Hides the pane from inside it (the 收起 button): a docked pane can freeze the ribbon's own toggle on some builds. */
export function hidePane(app: EtApplication): boolean {
  const pane = existingPane(app);
  if (!pane) return false;
  pane.Visible = false;
  return true;
}

/**
 * The pane page's URL beside the entry page, decoded as WPS's own template passes it: under file:// a user folder
 * named 张三 would otherwise reach CreateTaskPane as %E5%BC%A0%E4%B8%89. A malformed escape keeps the encoded form.
 */
export function paneUrl(entryHref: string, page = "taskpane.html"): string {
  const href = new URL(page, entryHref).href;
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
