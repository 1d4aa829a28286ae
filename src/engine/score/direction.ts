import type { Comparator, ParsedValue } from "../parse/types";
import type { LocalText } from "../localText";
import { compactText } from "../grid/text";
import { perText } from "../grid/perText";
import { say } from "../messages";

/** Rates of something bad: lower is better (RULES.md §3). */
const LOWER_IS_BETTER = /(故障|受害|成灾|结余|投诉|事故|差错|失误|损失|发生|变质|违规|返工|流失|死亡|空置)(率|比例|数)/;

export function isCostIndicator(level2: string, name: string): boolean {
  return isCostLevel2(level2) || isCostName(name);
}

// Each asked once per distinct label or name: a check asks them for every row content, of which there are thousands.
const isCostLevel2 = perText((level2: string) => compactText(level2).includes("成本"));
const isCostName = perText((name: string) => compactText(name).includes("成本指标"));

export const isLowerBetter = perText(function isLowerBetter(name: string): boolean {
  return LOWER_IS_BETTER.test(compactText(name));
});

export interface Direction {
  comparator: Comparator;
  assumption: LocalText | null;
}

/** The comparator a target is judged by: as written, or the usual direction when none is written. */
export function directionOf(target: ParsedValue, name: string, level2: string): Direction {
  const cost = isCostIndicator(level2, name);
  const written = target.kind === "number" || target.kind === "date" ? target.comparator : null;
  if (written === "=" && cost) return { comparator: "<=", assumption: say.costEqualAsAtMost };
  if (written) return { comparator: written, assumption: null };
  if (cost || isLowerBetter(name)) return { comparator: "<=", assumption: say.assumedAtMost };
  return { comparator: ">=", assumption: say.assumedAtLeast };
}
