/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { SHELL_STRINGS } from "../strings";
import { SheetTabs } from "./SheetTabs";

describe("SheetTabs", () => {
  it("isolates each sheet name, so a right-to-left override stays inside its own tab", () => {
    const sheets = ["表一", "\u202e右到左", "<img src=x>"];
    render(<SheetTabs sheets={sheets} active="表一" gridId="g" strings={SHELL_STRINGS.zh} onShow={() => undefined} />);
    expect(screen.getAllByRole("tab").map((tab) => tab.querySelector("bdi")?.textContent)).toEqual(sheets);
  });
});
