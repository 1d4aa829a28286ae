/** The engine's public face: hosts and the command line import from here only. */
export * from "./grid/types";
export { a1, cellKey, rangeA1, parseA1, parseRangeA1, columnLetters } from "./grid/address";
export type { Form } from "./recognise/types";
export * from "./find/types";
export { FINDINGS, FINDING_CODES, findingTitles, type FindingKind } from "./find/registry";
export * from "./plan/types";
export type { RuleProfile, ProfileId } from "./score/profile";
export { PROFILES, PROFILE_IDS, getProfile } from "./score/profiles";
export { checkWorkbook, type CheckOptions, type CheckResult } from "./check";
export { planEdits } from "./plan/planEdits";
export { FILL_NOTE_PREFIX, MARK_COLORS, NOTE_PREFIX } from "./plan/colors";
export { gradeFor } from "./find/grade";
export { SEVERITIES, severityRank } from "./find/severity";
/** The one way a score is written for people: half-up to 2 decimals, no trailing zeros (1.005 → "1.01"). */
export { fmt as formatScore } from "./score/round";
