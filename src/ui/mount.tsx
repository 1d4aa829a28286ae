import { FluentProvider, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { PaneHost } from "../app/host";
import { App } from "./components/App";
import { lightTheme } from "./theme/lightTheme";
import { loadTheme, themeKind } from "./theme/loadTheme";

/** Renders the task pane into `element`, talking to the spreadsheet only through `host`; returns what unmounts it. */
export function mountPane(element: HTMLElement, host: PaneHost): () => void {
  const matchMedia = typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia.bind(window) : undefined;
  const root = createRoot(element);
  const render = (theme: Theme) =>
    root.render(
      <FluentProvider theme={theme} style={{ minHeight: "100%" }}>
        <App host={host} />
      </FluentProvider>,
    );
  const kind = themeKind(matchMedia);
  render(lightTheme);
  let mounted = true;
  if (kind !== "light")
    void loadTheme(kind).then(
      (theme) => mounted && render(theme),
      () => undefined,
    );
  return () => {
    mounted = false;
    root.unmount();
  };
}
