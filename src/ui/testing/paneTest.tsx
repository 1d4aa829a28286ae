/** What the pane's component tests share: render over a host, wait until idle, find a button by name. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../components/App";
import { preloadPaneParts } from "../components/lazyParts";
import type { PaneHost } from "../../app/host";

/** Waits until the pane shows no progress bar (the host's call has finished) and no list is still being drawn. */
export const idle = (timeout = 1000) =>
  waitFor(
    () => {
      expect(screen.queryByRole("progressbar")).toBeNull();
      expect(document.querySelector("[aria-busy='true']")).toBeNull();
    },
    { timeout },
  );

/** Renders the pane over `host` and waits for its first load. */
export async function renderPane(host: PaneHost, timeout?: number) {
  const user = userEvent.setup({ delay: null });
  await preloadPaneParts();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  await idle(timeout);
  return user;
}

/**
 * A button by its accessible name (aria-label, else its text). Role queries are exact but slow over Fluent's styled DOM
 * in jsdom, so the many clicks use this and the accessibility assertions use role queries.
 */
export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll("button")].filter((b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0];
}
