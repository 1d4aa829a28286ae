import { etApplication } from "./application";
import { ribbonCallbacks, type RibbonUI } from "./ribbon";
import { wpsSession } from "./session";
import { paneUrl } from "./taskPane";
import { selfevalSelfTest } from "../hosts/wps/probes";

type Callbacks = ReturnType<typeof ribbonCallbacks>;

/**
 * The add-in's entry page script (index.html): WPS calls the functions ribbon.xml names on this page's window.
 * Getting `Application` is deferred to the first callback, so the page also loads where it is absent; a callback
 * never throws into WPS.
 */
let callbacks: Callbacks | null = null;
/** The ribbon handle from OnAddinLoad, kept here even when `Application` is not ready yet at that moment. */
let ribbonUI: RibbonUI | null = null;

function ready(): Callbacks {
  if (!callbacks) {
    const app = etApplication();
    const { sheet, host } = wpsSession(app);
    callbacks = ribbonCallbacks({ app, sheet, host, taskpaneUrl: paneUrl(window.location.href), alert: (t) => window.alert(t) });
    if (ribbonUI) callbacks.OnAddinLoad(ribbonUI);
  }
  return callbacks;
}

function safely<K extends keyof Callbacks>(name: K, fallback: ReturnType<Callbacks[K]>) {
  return (arg: Parameters<Callbacks[K]>[0]): ReturnType<Callbacks[K]> => {
    try {
      return (ready()[name] as (a: typeof arg) => ReturnType<Callbacks[K]>)(arg);
    } catch (error) {
      if (name === "OnAction") window.alert(error instanceof Error ? error.message : String(error));
      return fallback;
    }
  };
}

const onAddinLoad = safely("OnAddinLoad", true);

Object.assign(window, {
  OnAddinLoad: (ribbon: RibbonUI) => {
    ribbonUI = ribbon;
    return onAddinLoad(ribbon);
  },
  OnAction: safely("OnAction", true),
  GetLabel: safely("GetLabel", ""),
  GetImage: safely("GetImage", ""),
  GetEnabled: safely("GetEnabled", false),
  // 自检 without the ribbon: run SelfevalSelfTest() in WPS's developer console (docs/real-host-check.md).
  SelfevalSelfTest: () => selfevalSelfTest(etApplication()),
});
