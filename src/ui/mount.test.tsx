/** @jest-environment jsdom */
import { act, waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../app/host";
import { mountPane } from "./mount";
import { FakePaneHost } from "./testing/fakeHost";

describe("mountPane", () => {
  it.each([
    ["zh", "校验"],
    ["en", "Check"],
  ] as const)("renders the pane in %s inside a FluentProvider and loads the host's settings", async (lang, check) => {
    const element = document.createElement("div");
    document.body.appendChild(element);
    const host = new FakePaneHost({ settings: { ...DEFAULT_SETTINGS, lang } });
    act(() => mountPane(element, host));
    await waitFor(() => expect([...element.querySelectorAll("button")].some((b) => b.textContent === check)).toBe(true));
    expect(element.querySelector(".fui-FluentProvider")).not.toBeNull();
    expect(host.calls.map((c) => c.method)).toContain("loadSettings");
    element.remove();
  });
});
