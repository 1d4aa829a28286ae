import { DEFAULT_PLAN_OPTIONS, planEdits, type Plan, type Report } from "../engine";
import type { PaneSettings } from "./host";

/**
 * What 填充得分 would write for this report and these settings, in every host: score values only (the filled marks and
 * notes come with the write), and the cells it would not write without confirmation unless `overwrite`.
 */
export function scorePlan(report: Report, settings: PaneSettings, overwrite: boolean): Plan {
  const plan = planEdits(report, {
    ...DEFAULT_PLAN_OPTIONS,
    fill: true,
    overwrite,
    overwriteFormulas: overwrite,
    mark: [],
    notes: false,
    lang: settings.lang,
    fillQualitative: settings.fillQualitative,
  });
  return { edits: plan.edits.filter((e) => e.kind === "value"), skipped: plan.skipped };
}
