/**
 * Workbook text reaches the terminal (project names, sheet names, cell text quoted in messages). A cell holding
 * ESC[2J or ESC]0;title BEL would clear the screen or retitle the window, a CR would overwrite the line, and a bidi
 * override would reverse what follows it. Everything printed goes through here once, at the output.
 */

// ESC sequences first (CSI "ESC [ … final", OSC/DCS/PM/APC "ESC ] … BEL|ST", other "ESC x"), then single controls:
// C0 except \t \n, DEL, C1 (8-bit CSI U+009B and friends), and the bidi embeddings, overrides and isolates.
const AFTER_ESC_CSI = /\[[0-?]*[ -/]*[@-~]?/;
const AFTER_ESC_STRING = /[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?/;
const AFTER_ESC_OTHER = /[ -/]*[0-~]?/;
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]?/;
const C1_STRING = /[\u009d\u0090\u0098\u009e\u009f][^\u0007\u009c]*[\u0007\u009c]?/;
const ESCAPE_SEQUENCE = new RegExp(
  `\\u001b(?:${AFTER_ESC_CSI.source}|${AFTER_ESC_STRING.source}|${AFTER_ESC_OTHER.source})|${C1_CSI.source}|${C1_STRING.source}`,
  "g",
);
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with terminal control sequences and bidi controls removed (newlines and tabs kept). */
export function safeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

/** The same characters, kept in JSON as \u escapes: the data stays whole and nothing acts on a terminal. */
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

export interface Writer {
  write(text: string): unknown;
}

export function safeWriter(out: Writer): Writer {
  return { write: (text: string) => out.write(safeForTerminal(text)) };
}
