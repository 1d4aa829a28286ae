import type { MarkKind } from "./types";

/**
 * Fill colours of marked cells: Excel's own "bad / neutral / note" styles for findings, and a light lavender for a score
 * 填充得分 wrote (unlike any finding's colour); black text stays above 4.5:1 on each.
 */
export const MARK_COLORS: Record<MarkKind, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  filled: "#E4DFEC",
};

/** Every note the checker writes starts with this, so that it can tell its own notes from the user's. */
export const NOTE_PREFIX = "【自评表校验】";

/** Every note 填充得分 writes starts with this, then the arithmetic behind the score. */
export const FILL_NOTE_PREFIX = "由自评表校验按规则计算：";
