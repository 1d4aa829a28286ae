import type { Form } from "../../engine";

/**
 * What a form says about itself that the report's table does not carry: who reports it and the grade written beside
 * its total. Index-aligned with Report.tables (checkWorkbook returns forms and tables in the same order).
 */
export interface FormFacts {
  /** 主管部门 (the supervising department), as written. */
  department: string | null;
  /** 实施单位 (the implementing unit), as written. */
  implementer: string | null;
  /** 优/良/中/差 when the form writes one beside its 总分. */
  reportedGrade: string | null;
}

export function formFacts(forms: readonly Form[]): FormFacts[] {
  return forms.map((f) => ({ department: f.department, implementer: f.implementer, reportedGrade: f.total?.grade ?? null }));
}
