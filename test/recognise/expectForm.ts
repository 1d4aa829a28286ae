/** Test helper: the recognised form matches what the builder placed. */
import type { Form } from "../../src/engine/recognise";
import type { FormSpec, PlacedForm } from "../../src/engine/recognise/testing/formBuilder";

export function expectPlaced(form: Form, placed: PlacedForm, spec: FormSpec): void {
  expect(form.indicators.map((r) => r.row)).toEqual(placed.indicatorRows);
  expect(form.indicators.map((r) => r.name)).toEqual(spec.indicators.map((i) => String(i.name ?? "").trim()));
  expect(form.project).toBe(spec.head ? spec.project : "");
  expect(form.projectCell ? { row: form.projectCell.row, col: form.projectCell.col } : null).toEqual(placed.projectCell);
  expect(form.indicatorHeaderRow).toBe(placed.headerRow);
  expect(form.total?.row ?? null).toBe(placed.totalRow);
  expect(form.fund?.headerRow ?? null).toBe(placed.fundHeaderRow);
  expect(form.range.top).toBe(placed.top);
  expect(form.range.left).toBe(placed.left);
  for (const role of [
    "level1",
    "level2",
    "name",
    "nature",
    "target",
    "unit",
    "actual",
    "weight",
    "score",
    "reason",
    "improvement",
  ] as const)
    expect([role, form.columns[role]]).toEqual([role, placed.columnOf[role] ?? (role === "name" ? expect.any(Number) : null)]);
}
