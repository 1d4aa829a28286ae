import { gradeFor, type LocalText } from "../../engine";

/** The grade (等级) of a 总分, as docs/rules.md gives it (§4): 优 90–100, 良 80–90, 中 60–80, 差 below 60 (lower bounds included). */
export type Grade = "优" | "良" | "中" | "差";

export const GRADE_NAMES: Record<Grade, LocalText> = {
  优: { zh: "优", en: "excellent" },
  良: { zh: "良", en: "good" },
  中: { zh: "中", en: "fair" },
  差: { zh: "差", en: "poor" },
};

/** The grade a total earns, as a share of the 总分's 分值 when known (the engine's rule); null when there is no total. */
export function gradeOfTotal(total: number | null | undefined, outOf: number | null = null): Grade | null {
  if (total === null || total === undefined || !Number.isFinite(total)) return null;
  return gradeFor(total, outOf) as Grade;
}

/** A grade as written on a form ("优"), or as computed, in the language asked; "" for none. */
export function gradeText(grade: string | null | undefined, lang: "zh" | "en"): string {
  if (!grade) return "";
  return grade in GRADE_NAMES ? GRADE_NAMES[grade as Grade][lang] : grade;
}
