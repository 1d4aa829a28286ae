/**
 * What the oldest WPS browser we support (Chromium 69, old UOS/Kylin builds) lacks, with the Chromium version that
 * brought it: a page script removes these before the package's scripts run, so that a use the build did not
 * polyfill fails in the test the way it would fail on that machine. (Syntax is the parse test's part; CSS is not
 * emulated. globalThis (Chromium 71) stays: Playwright's own evaluate needs it; Babel polyfills it where used.)
 */
export const NEWER_THAN_CHROMIUM_69: [path: string, since: number][] = [
  ["globalThis.queueMicrotask", 71],
  ["Symbol.prototype.description", 70],
  ["Object.fromEntries", 73],
  ["String.prototype.matchAll", 73],
  ["Intl.RelativeTimeFormat", 71],
  ["Intl.ListFormat", 72],
  ["Intl.Locale", 74],
  ["Promise.allSettled", 76],
  ["Blob.prototype.text", 76],
  ["Blob.prototype.arrayBuffer", 76],
  ["Intl.DisplayNames", 81],
  ["globalThis.WeakRef", 84],
  ["globalThis.FinalizationRegistry", 84],
  ["String.prototype.replaceAll", 85],
  ["Promise.any", 85],
  ["globalThis.AggregateError", 85],
  ["Element.prototype.replaceChildren", 86],
  ["Document.prototype.replaceChildren", 86],
  ["DocumentFragment.prototype.replaceChildren", 86],
  ["Intl.Segmenter", 87],
  ["Array.prototype.at", 92],
  ["String.prototype.at", 92],
  ["Crypto.prototype.randomUUID", 92],
  ["Object.hasOwn", 93],
  ["Array.prototype.findLast", 97],
  ["Array.prototype.findLastIndex", 97],
  ["globalThis.structuredClone", 98],
  ["AbortSignal.timeout", 103],
  ["Array.prototype.toSorted", 110],
  ["Array.prototype.toReversed", 110],
  ["Array.prototype.with", 110],
  ["String.prototype.isWellFormed", 111],
  ["URLSearchParams.prototype.size", 113],
  ["Object.groupBy", 117],
  ["Map.groupBy", 117],
  ["Promise.withResolvers", 119],
  ["URL.canParse", 120],
  ["Array.fromAsync", 121],
  ["Set.prototype.union", 122],
  ["globalThis.Iterator", 122],
];

/** A script that deletes each of those from the page's globals (a missing owner is skipped). */
export function removeNewerApisScript(): string {
  const paths = JSON.stringify(NEWER_THAN_CHROMIUM_69.map(([p]) => p));
  return `(() => {
    const root = globalThis;
    for (const path of ${paths}) {
      const parts = path.split(".");
      const name = parts.pop();
      let owner = root;
      for (const part of parts) owner = owner === undefined ? undefined : part === "globalThis" ? owner : owner[part];
      if (owner !== undefined && !delete owner[name]) throw new Error("cannot remove " + path);
    }
  })();`;
}
