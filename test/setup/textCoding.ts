import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

/**
 * jsdom has no TextEncoder/TextDecoder, which every browser and Office webview has and the record codec uses: tests in
 * jsdom (the pane's) get Node's. A jest setup file, for every test.
 */
const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;
