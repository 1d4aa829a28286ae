/** 一级/二级 indicator levels: what kind a label names, carrying labels down, inferring 一级 from 二级. */
import { compactText } from "../grid/text";
import { perText } from "../grid/perText";
import type { Level1 } from "./types";

/** 产出指标 → output; 效益指标 → effect; 满意度指标 / 服务对象满意度指标 → satisfaction. Once per distinct label. */
export const level1KindOf = perText(function level1KindOf(text: string): Level1 {
  const key = compactText(text);
  if (key.includes("满意")) return "satisfaction";
  if (key.includes("产出")) return "output";
  if (key.includes("效益") || key.includes("效果")) return "effect";
  return "unknown";
});

const OUTPUT_LEVEL2 = /数量|质量|时效|成本/;
const EFFECT_LEVEL2 = /效益|可持续|影响/;

/** 数量/质量/时效/成本 → output; 经济/社会/生态效益, 可持续影响 → effect; 满意度 → satisfaction. Once per distinct label. */
export const level2KindOf = perText(function level2KindOf(text: string): Level1 {
  const key = compactText(text);
  if (key.includes("满意")) return "satisfaction";
  if (OUTPUT_LEVEL2.test(key)) return "output";
  if (EFFECT_LEVEL2.test(key)) return "effect";
  return "unknown";
});

const CANONICAL_LEVEL1: Record<Level1, string> = {
  output: "产出指标",
  effect: "效益指标",
  satisfaction: "满意度指标",
  unknown: "",
};

export interface ResolvedLevel1 {
  level1: string;
  level1Kind: Level1;
  level1Inferred: boolean;
}

/**
 * 一级 as written unless 二级 names a different kind (the seed puts 社会效益 under a merged 产出指标) or 一级 is blank;
 * then the kind comes from 二级 and the label is the canonical 一级 wording.
 */
export function resolveLevel1(level1: string, level2: string): ResolvedLevel1 {
  const written = level1KindOf(level1);
  const implied = level2KindOf(level2);
  if (implied !== "unknown" && implied !== written) {
    const keepText = written === "unknown" && compactText(level1) !== "";
    return { level1: keepText ? level1 : CANONICAL_LEVEL1[implied], level1Kind: implied, level1Inferred: true };
  }
  return { level1, level1Kind: written, level1Inferred: false };
}

/** "产出指标(50分)" → 50; null when the label carries no weight. */
export const inlineWeightOf = perText(function inlineWeightOf(text: string): number | null {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(text) ?? /(\d+(?:\.\d+)?)\s*分\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) && n > 0 && n <= 100 ? n : null;
});

/** Carries 一级/二级 labels down blank cells; a new 一级 forgets the 二级 above it. */
export class LevelCarry {
  /** The 一级 and 二级 that stand for the row last read: its own when written, else carried down. */
  level1 = "";
  level2 = "";

  /** Reads the next row's 一级 and 二级 cells. */
  next(level1Cell: string, level2Cell: string): void {
    const l1 = level1Cell.trim();
    const l2 = level2Cell.trim();
    if (l1 !== "" && l1 !== this.level1) {
      this.level1 = l1;
      this.level2 = "";
    }
    if (l2 !== "") this.level2 = l2;
  }
}
