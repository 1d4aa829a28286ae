import { MARK_COLORS, type Edit, type MarkKind } from "../../engine";
import { markFormula } from "../../app/ownership/marks";
import type { XlRangeAreas, XlWorksheet } from "./api";
import { parseAreas } from "../common/addresses";
import type { Features } from "./features";
import { ruleTargets } from "./markAreas";
import { opBytes } from "./requestSize";

type MarkEdit = Extract<Edit, { kind: "mark" }>;

/** One rule to add: the areas it applies to, and the marks it stands for (added again if the host drops areas). */
export interface RuleToAdd {
  sheet: string;
  severity: MarkKind;
  address: string;
  marks: MarkEdit[];
}

const covers = (address: string) => {
  const areas = parseAreas(address);
  return (m: MarkEdit) => areas.some((a) => a.top <= m.at.row && m.at.row <= a.bottom && a.left <= m.at.col && m.at.col <= a.right);
};

/**
 * The mark rules: one custom conditional format per sheet and severity over every marked cell (several where the
 * address list would pass 255 characters), or one per rectangle where the self-test found that a rule over several
 * areas does not keep them (`multiAreaRules === false`). The cells' own fills are never touched.
 */
export function markRules(marks: MarkEdit[], features: Pick<Features, "multiAreaRules">): RuleToAdd[] {
  const groups = new Map<string, MarkEdit[]>();
  for (const m of marks) {
    const k = `${m.at.sheet}\u0000${m.severity}`;
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  return [...groups.values()].flatMap((group) =>
    ruleTargets(
      group.map((m) => m.at),
      features.multiAreaRules !== false,
    ).map((address) => ({
      sheet: group[0].at.sheet,
      severity: group[0].severity,
      address,
      marks: group.filter(covers(address)),
    })),
  );
}

/** Whether a rule's areas are read back after it is added: only when nobody has found out whether they are kept. */
const verified = (rule: RuleToAdd, features: Pick<Features, "multiAreaRules">) =>
  features.multiAreaRules === null && rule.address.includes(",");

/** What adding the rule costs in a request: the areas, the rule, its formula, its colour (and the read-back). */
export function ruleBytes(rule: RuleToAdd, features: Pick<Features, "multiAreaRules">): number {
  const readBack = verified(rule, features) ? 2 * opBytes("address") : 0;
  return (
    opBytes([rule.address]) + opBytes(["Custom"]) + opBytes(markFormula(rule.severity)) + opBytes(MARK_COLORS[rule.severity]) + readBack
  );
}

/**
 * Queues the rules. Where the self-test has not said whether a rule keeps several areas, each multi-area rule's areas
 * are read back in the same sync; the returned check gives, after the sync, the marks a rule lost — the caller adds
 * them again with one rectangle per rule.
 */
export function queueMarks(
  sheetOf: (name: string) => XlWorksheet,
  rules: RuleToAdd[],
  features: Pick<Features, "multiAreaRules">,
): () => MarkEdit[] {
  const checks: { rule: RuleToAdd; areas: XlRangeAreas }[] = [];
  for (const rule of rules) {
    const cf = sheetOf(rule.sheet).getRanges(rule.address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = markFormula(rule.severity);
    cf.custom.format.fill.color = MARK_COLORS[rule.severity];
    if (verified(rule, features)) {
      const areas = cf.getRanges();
      areas.load("address");
      checks.push({ rule, areas });
    }
  }
  return () => checks.flatMap(({ rule, areas }) => rule.marks.filter((m) => !covers(areas.address)(m)));
}
