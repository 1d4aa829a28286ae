import type { Severity } from "./types";

/** Most severe first: the one order every list, filter, mark and sort uses. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** 0 for the most severe: sorting by it ascending lists errors first. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
