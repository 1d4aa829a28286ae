import { lazyExcelHost } from "../hosts/excel/lazyExcelHost";
import { associateActions, officeExcelEnv, showMessageDialog } from "../hosts/excel/officeEnv";
import { RIBBON_FUNCTIONS, ribbonActions, type RibbonEvent, type RibbonFunction } from "../hosts/excel/ribbon";

/**
 * The ribbon's function file. The functions are registered as soon as the script runs, as Office's docs ask, and the
 * host is created at the first click: opened outside Excel, the page loads without touching a document that is not
 * there. The engine and the Excel flows come with that click, in the chunk the task pane loads too (excel-host). A
 * command that fails says why in a dialog (message.html), the only window a function command may open.
 */
let actions: ReturnType<typeof ribbonActions> | undefined;

function ribbonFunction(name: RibbonFunction) {
  return (event: RibbonEvent): void => {
    try {
      actions ??= ribbonActions(lazyExcelHost(officeExcelEnv()), { tell: showMessageDialog });
    } catch {
      // No host, no outcome to record; Office still has to hear that the command is done.
      event.completed();
      return;
    }
    actions[name](event);
  };
}

// Without office.js (it failed to load) there is nothing to register with; the ribbon cannot call this page anyway.
if (typeof Office !== "undefined") {
  void Office.onReady();
  associateActions(Object.fromEntries(RIBBON_FUNCTIONS.map((name) => [name, ribbonFunction(name)])));
}
