import type { ExcelEnv } from "./api";
import type { ExcelHostOptions, ExcelPaneHost } from "./excelHost";
import { HostError } from "../../app/host";
import { excelHostBasics } from "./hostBasics";

/** The methods that need the engine: each loads the full host (and with it the engine) at its first call. */
export const ENGINE_METHODS = [
  "check",
  "previewFill",
  "fill",
  "clearMarks",
  "undoFill",
  "select",
  "exportReportSheet",
  "exportOpinionSheet",
  "insertSample",
  "state",
  "loadReviews",
  "saveReviews",
  "formFacts",
  "selfTest",
] as const;

type EngineMethod = (typeof ENGINE_METHODS)[number];
type Method<K extends EngineMethod> = NonNullable<ExcelPaneHost[K]>;

/**
 * The Excel host the pane and the ribbon start with: settings and the last outcome at once, everything else from the
 * full host (excelHost, the engine and the Excel flows), one chunk both pages share, fetched at the first 校验 or click.
 * What ExcelPaneHost has that is neither basic nor listed in ENGINE_METHODS is not offered (lazyExcelHost.test.ts
 * compares the two).
 */
export function lazyExcelHost(env: ExcelEnv, options: ExcelHostOptions = {}): ExcelPaneHost {
  let full: Promise<ExcelPaneHost> | undefined;
  const load = () =>
    (full ??= import(/* webpackChunkName: "excel-host" */ "./excelHost").then(
      (m) => m.createExcelHost(env, options),
      (e: unknown) => {
        full = undefined; // a chunk that failed to arrive may arrive on the next try
        const text = e instanceof Error ? e.message : String(e);
        throw new HostError("failed", {
          zh: `加载项的校验脚本未能载入，请检查网络后重试。（${text}）`,
          en: `The add-in's checking script could not be loaded; check the network and try again. (${text})`,
        });
      },
    ));
  const later = <K extends EngineMethod>(name: K): Method<K> =>
    (async (...args: unknown[]) => {
      const host = await load();
      return (host[name] as (...a: unknown[]) => unknown)(...args);
    }) as Method<K>;
  const deferred = Object.fromEntries(ENGINE_METHODS.map((name) => [name, later(name)])) as { [K in EngineMethod]: Method<K> };
  return { ...excelHostBasics(env), ...deferred };
}
