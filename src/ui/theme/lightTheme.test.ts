import { webLightTheme } from "@fluentui/react-components";
import { lightTheme } from "./lightTheme";

describe("the light theme shipped as data", () => {
  it("is Fluent's webLightTheme, token for token (else run: npx tsx src/scripts/lightTheme.ts)", () => {
    expect(lightTheme).toEqual(webLightTheme);
  });
});
