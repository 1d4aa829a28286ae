/**
 * The parts of the pane its first screen does not show, each loaded when first shown (or once the page is idle after it),
 * under the names and props of the parts themselves: App imports them from here. While one loads, a spinner stands in
 * (role progressbar, so the pane reads as busy); one that cannot be loaded says so instead of taking the pane down.
 */
import { Spinner, Text } from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState, type ComponentProps, type ComponentType } from "react";
import type * as Bar from "./ErrorBar";
import type * as Dialog from "./FillPreviewDialog";
import type * as List from "./FindingList";
import type * as Summaries from "./FormSummaries";
import type * as Export from "./ExportBar";
import type * as Settings from "./SettingsPanel";
import type * as TakeBack from "./TakeBackResult";

const NOT_LOADED = {
  zh: "此部分未能载入，请检查网络后重新打开任务窗格。",
  en: "This part could not be loaded; check the network and reopen the pane.",
};

function NotLoaded({ detail }: { detail?: string }) {
  return (
    <Text as="p" role="alert" size={200}>
      {NOT_LOADED.zh} {NOT_LOADED.en}
      {detail ? ` ${detail}` : ""}
    </Text>
  );
}

const loads: (() => Promise<unknown>)[] = [];

/** Loads every part now (the component tests do, so that a first render waits no longer than a later one). */
export function preloadPaneParts(): Promise<unknown> {
  return Promise.all(loads.map((load) => load()));
}

let preloading = false;

/**
 * Loads every part once the page is idle after the pane's first screen, so that none waits when first shown. Not
 * webpack's prefetch hints: those are added to the page while its script starts, and cost the first screen ~30 ms.
 * Where the browser has no idle callback (Safari), each part loads when first shown.
 */
export function preloadPanePartsWhenIdle(): void {
  if (preloading || typeof requestIdleCallback !== "function") return;
  preloading = true;
  requestIdleCallback(() => void preloadPaneParts(), { timeout: 2000 });
}

/**
 * `load` once, under Suspense; a failed load renders `failed` with the props (default: a plain notice). A part mounted
 * after its code arrived renders at once, without suspending (each mounted part keeps the way it started, so that a
 * re-render never remounts it).
 */
function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  failed: ComponentType<P> = () => <NotLoaded />,
): ComponentType<P> {
  let ready: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const arrived = (c: ComponentType<P>) => ({ default: (ready = c) });
  const once = () => (loading ??= load().then(arrived, () => arrived(failed)));
  loads.push(once);
  // lazy's props type drops the generic P; the part is exactly a ComponentType<P>.
  const Part = lazy(once) as unknown as ComponentType<P>;
  function Lazy(props: P) {
    const [Direct] = useState(() => ready);
    if (Direct) return <Direct {...props} />;
    return (
      <Suspense fallback={<Spinner size="tiny" />}>
        <Part {...props} />
      </Suspense>
    );
  }
  return Lazy;
}

// The three parts a report shows come together, in one chunk.
export const FormSummaries = lazyPart<ComponentProps<typeof Summaries.FormSummaries>>(() =>
  import(/* webpackChunkName: "report" */ "./FormSummaries").then((m) => m.FormSummaries),
);
export const FindingList = lazyPart<ComponentProps<typeof List.FindingList>>(() =>
  import(/* webpackChunkName: "report" */ "./FindingList").then((m) => m.FindingList),
);
export const ExportBar = lazyPart<ComponentProps<typeof Export.ExportBar>>(() =>
  import(/* webpackChunkName: "report" */ "./ExportBar").then((m) => m.ExportBar),
);

export const SettingsPanel = lazyPart<ComponentProps<typeof Settings.SettingsPanel>>(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsPanel").then((m) => m.SettingsPanel),
);

export const TakeBackResult = lazyPart<ComponentProps<typeof TakeBack.TakeBackResult>>(() =>
  import(/* webpackChunkName: "bars" */ "./TakeBackResult").then((m) => m.TakeBackResult),
);

/** The error itself still shows, as plain text, when the bar that would show it cannot be loaded. */
export const ErrorBar = lazyPart<ComponentProps<typeof Bar.ErrorBar>>(
  () => import(/* webpackChunkName: "bars" */ "./ErrorBar").then((m) => m.ErrorBar),
  ({ error }) => <NotLoaded detail={error.kind === "host" ? `${error.messages.zh} ${error.messages.en}` : error.detail} />,
);

const LazyDialog = lazyPart<ComponentProps<typeof Dialog.FillPreviewDialog>>(() =>
  import(/* webpackChunkName: "fill-dialog" */ "./FillPreviewDialog").then((m) => m.FillPreviewDialog),
);

/** Rendered from the first preview on (closed or open), so that the dialog's own closing runs as before. */
export function FillPreviewDialog(props: ComponentProps<typeof Dialog.FillPreviewDialog>) {
  const shown = useRef(false);
  shown.current ||= props.plan !== null;
  return shown.current ? <LazyDialog {...props} /> : null;
}
