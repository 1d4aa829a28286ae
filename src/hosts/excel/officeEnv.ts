/// <reference types="office-js" />
/**
 * The only place that touches the `Excel` and `Office` globals: it binds Office.js to the ExcelEnv the host is
 * written against. `asXlContext` is also the compile-time proof that Office.js fits the interfaces in api.ts.
 */
import type { LocalText } from "../../engine";
import type { ExcelEnv, KeyValueStorage, SettingsStore, XlContext } from "./api";

function asXlContext(context: Excel.RequestContext): XlContext {
  return context;
}

function documentSettings(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
      ),
  };
}

/**
 * localStorage, its keys prefixed with Office.context.partitionKey where Office gives one (Excel on the web, where
 * storage is partitioned per context), or null where the webview refuses storage.
 */
function machineStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    const probe = "selfeval.storage-probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    const prefix = (Office.context as { partitionKey?: string }).partitionKey ?? "";
    return { getItem: (k) => storage.getItem(prefix + k), setItem: (k, v) => storage.setItem(prefix + k, v) };
  } catch {
    return null;
  }
}

export function officeExcelEnv(): ExcelEnv {
  return {
    run: (batch, options) =>
      options.mergeUndoGroup
        ? Excel.run({ mergeUndoGroup: true }, (ctx) => batch(asXlContext(ctx)))
        : Excel.run((ctx) => batch(asXlContext(ctx))),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    settings: documentSettings(),
    storage: machineStorage(),
    documentKey: () => {
      const url = Office.context.document.url as unknown;
      return typeof url === "string" ? url : "";
    },
    platform: typeof Office.context.platform === "string" ? Office.context.platform : null,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

/** Resolves once Office.js is ready; `inExcel` is false when the page was opened outside Excel (a plain browser). */
export async function whenOfficeReady(): Promise<{ inExcel: boolean }> {
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel };
}

/** Registers ribbon functions by the names the manifest's <FunctionName> elements use. */
export function associateActions(actions: Record<string, (event: Office.AddinCommands.Event) => void>): void {
  for (const [name, action] of Object.entries(actions)) Office.actions.associate(name, action);
}

/** The page the dialog shows (next to the page that opens it), its text in the query: shown as text, never as HTML. */
export function messageUrl(base: string, text: LocalText): string {
  const url = new URL("message.html", base);
  url.searchParams.set("zh", text.zh);
  url.searchParams.set("en", text.en);
  return url.toString();
}

/** The longest a ribbon command waits for its message to be closed: Office ends a function command's runtime at 5 minutes. */
export const DIALOG_WAIT_MS = 4 * 60 * 1000;

/**
 * Shows a message in an Office dialog (the only window a ribbon function may open) and resolves when the user closes
 * it, when it cannot open, or after DIALOG_WAIT_MS — never rejects.
 */
export function showMessageDialog(text: LocalText): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (dialog?: Office.Dialog) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Closed already.
      }
      resolve();
    };
    try {
      Office.context.ui.displayDialogAsync(
        messageUrl(window.location.href, text),
        { height: 30, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return finish();
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(dialog));
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish());
          timer = setTimeout(() => finish(dialog), DIALOG_WAIT_MS);
        },
      );
    } catch {
      finish();
    }
  });
}
