import { mountPane } from "../ui/mount";
import { etApplication } from "./application";
import { wpsSession } from "./session";

/** The task pane page: the same React pane as in Excel, over the same session host as the ribbon. */
const root = document.getElementById("root");
if (root) {
  try {
    mountPane(root, wpsSession(etApplication()).host);
  } catch (error) {
    root.textContent = error instanceof Error ? error.message : String(error);
  }
}
