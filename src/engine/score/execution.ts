import type { LocalText } from "../localText";
import type { RuleProfile } from "./profile";
import { say } from "../messages";

export interface FundInput {
  initial: number | null;
  budget: number | null;
  executed: number | null;
  /** The 分值 written in the 年度资金总额 row. */
  weight: number | null;
}

export interface ExecutionVerdict {
  budget: number | null;
  /** 执行数 / 预算数 as a fraction (not capped). */
  rate: number | null;
  weight: number;
  /** 分值 × min(执行率, 1), exact. */
  score: number | null;
  explanation: LocalText;
  assumptions: LocalText[];
}

/** 执行率 = 全年执行数 / 全年预算数; 执行率得分 = 分值 × 执行率, never above 分值 (RULES.md §4). */
export function scoreExecution(input: FundInput, profile: RuleProfile): ExecutionVerdict {
  const assumptions: LocalText[] = [];
  let budget = input.budget;
  if ((budget === null || budget === 0) && input.initial !== null && input.initial > 0) {
    budget = input.initial;
    assumptions.push(say.budgetFromInitial);
  }
  const weight = input.weight ?? profile.executionWeight;
  if (input.weight === null) assumptions.push(say.executionWeightAssumed(weight));
  if (budget === null || budget <= 0 || input.executed === null || input.executed < 0)
    return { budget, rate: null, weight, score: null, explanation: say.manual.noRate, assumptions };
  const rate = input.executed / budget;
  const score = weight * Math.min(rate, 1);
  return { budget, rate, weight, score, explanation: say.rateExplain(input.executed, budget, rate, weight, score), assumptions };
}
