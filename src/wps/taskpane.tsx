import { installWeakRefFallback } from "./weakRefFallback";
import { mountPane } from "../ui/mount";
import { etApplication } from "./application";
import { wpsSession } from "./session";
import { hidePane } from "./taskPane";

installWeakRefFallback();

/** The task pane page: the same React pane as in Excel, over the same session host as the ribbon. */
const root = document.getElementById("root");
if (root) {
  try {
    const app = etApplication();
    const bar = document.getElementById("pane-bar");
    const hide = document.getElementById("hide-pane");
    if (bar && hide) {
      bar.hidden = false;
      hide.addEventListener("click", () => {
        try {
          hidePane(app);
        } catch {
          // The pane is going away anyway, or WPS refused: nothing the user could act on.
        }
      });
    }
    mountPane(root, wpsSession(app).host);
  } catch (error) {
    root.textContent = error instanceof Error ? error.message : String(error);
  }
}
