import { etApplication } from "./application";
import { ribbonCallbacks } from "./ribbon";
import { wpsSession } from "./session";

type Callbacks = ReturnType<typeof ribbonCallbacks>;

/**
 * The add-in's entry page script (index.html): WPS calls the functions ribbon.xml names on this page's window.
 * Getting `Application` is deferred to the first callback, so the page also loads where it is absent; a callback
 * never throws into WPS.
 */
let callbacks: Callbacks | null = null;
function ready(): ReturnType<typeof ribbonCallbacks> {
  if (!callbacks) {
    const app = etApplication();
    const { sheet, host } = wpsSession(app);
    callbacks = ribbonCallbacks({ app, sheet, host, taskpaneUrl: new URL("taskpane.html", window.location.href).href, alert: (t) => window.alert(t) });
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

Object.assign(window, {
  OnAddinLoad: safely("OnAddinLoad", true),
  OnAction: safely("OnAction", true),
  GetLabel: safely("GetLabel", ""),
  GetImage: safely("GetImage", ""),
  GetEnabled: safely("GetEnabled", false),
});
