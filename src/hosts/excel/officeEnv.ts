/// <reference types="office-js" />
/**
 * The only place that touches the `Excel` and `Office` globals: it binds Office.js to the ExcelEnv the host is
 * written against. `asXlContext` is also the compile-time proof that Office.js fits the interfaces in api.ts.
 */
import type { ExcelEnv, SettingsStore, XlContext } from "./api";

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

export function officeExcelEnv(): ExcelEnv {
  return {
    run: (batch, options) =>
      options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, (ctx) => batch(asXlContext(ctx))) : Excel.run((ctx) => batch(asXlContext(ctx))),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    settings: documentSettings(),
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
