import type { Severity } from "../find/types";

/** Fill colours of marked cells: Excel's own "bad / neutral / note" styles, black text stays above 4.5:1 on each. */
export const MARK_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Every note the checker writes starts with this, so that it can tell its own notes from the user's. */
export const NOTE_PREFIX = "【自评表校验】";
