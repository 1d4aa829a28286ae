/** Used when the page declares no policy: nothing may load, and nobody may frame it. */
export const FALLBACK_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The Content-Security-Policy a page declares in its <meta http-equiv>, or null. */
export function policyOfPage(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    // A minified page writes the attribute unquoted: http-equiv=Content-Security-Policy.
    if (!/http-equiv\s*=\s*["']?content-security-policy(?=["'\s/>])/i.test(m[0])) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(m[0]);
    if (content) return (content[1] ?? content[2]).trim();
  }
  return null;
}

/**
 * The policy the server sends with every response: the page's own, so that its Web Worker (which a <meta> policy does not
 * reach) runs under it too, plus frame-ancestors 'none', which only a header can carry.
 */
export function headerPolicy(html: string | null): string {
  const page = html === null ? null : policyOfPage(html);
  if (!page) return FALLBACK_POLICY;
  const kept = page
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d !== "" && !/^frame-ancestors\b/i.test(d));
  return [...kept, "frame-ancestors 'none'"].join("; ");
}
