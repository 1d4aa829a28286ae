import { FALLBACK_POLICY, headerPolicy, policyOfPage } from "./pagePolicy";

const meta = (policy: string) =>
  `<head><meta charset="utf-8"><meta\n  http-equiv="Content-Security-Policy"\n  content="${policy}"\n/></head>`;

describe("the header policy", () => {
  it.each<[string, string | null, string]>([
    [
      "the page's policy plus frame-ancestors",
      meta("default-src 'none'; script-src 'self'"),
      "default-src 'none'; script-src 'self'; frame-ancestors 'none'",
    ],
    ["a page's own frame-ancestors replaced", meta("default-src 'self'; frame-ancestors *;"), "default-src 'self'; frame-ancestors 'none'"],
    [
      "a minified page (unquoted http-equiv)",
      `<meta http-equiv=Content-Security-Policy content="default-src 'none'">`,
      "default-src 'none'; frame-ancestors 'none'",
    ],
    ["no meta: nothing loads", "<p>hi</p>", FALLBACK_POLICY],
    ["no page", null, FALLBACK_POLICY],
  ])("%s", (_label, html, policy) => expect(headerPolicy(html)).toBe(policy));

  it("reads the policy of the workbench page as written", () => {
    expect(policyOfPage(meta("default-src 'none'"))).toBe("default-src 'none'");
    expect(policyOfPage('<meta name="viewport" content="width=device-width">')).toBeNull();
  });
});
