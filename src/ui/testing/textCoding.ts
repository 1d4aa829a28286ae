import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

/**
 * jsdom has no TextEncoder/TextDecoder, which every browser and Office webview has and the record codec uses: the pane's
 * tests get Node's.
 */
const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;
