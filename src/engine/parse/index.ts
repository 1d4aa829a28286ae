/** The parse stage: cell → typed value (RULES.md §3). Every function here is total: bad input gives a clear value, never a throw. */
export * from "./types";
/** A target or actual cell → a typed value (RULES.md §3). Never throws. */
export { parseValue } from "./value";
/** A target and its actual, parsed and brought to comparable units. Never throws. */
export { parsePair } from "./pair";
/** parseNumberCell: a score, weight or money cell → a number; parseRateCell: a 执行率 cell → a fraction. */
export { parseNumberCell, parseRateCell } from "./cells";
/** True for reasons that explain nothing: blank, 无, 无偏差, 0, /, -, —, 无。 (RULES.md §5). */
export { isPlaceholderReason } from "./reason";
