/**
 * Properties of whole-form checks: page-break debris anywhere and invisible characters in any value change no
 * verdict; text the engine cannot read never yields an error or an invented score; a filled form adds up.
 */
import fc from "fast-check";
import { checkWorkbook, type CellValue, type Report, type SheetGrid } from "../../src/engine";
import { buildFormSheet, formSpec, type DebrisKind, type FormSpec, type PageBreak } from "../../src/engine/recognise/testing/formBuilder";
import { parseValue } from "../../src/engine/parse";
import { specArb } from "../recognise/formArb";
import { applyFills, verdictsOf, withoutRows } from "./verdicts";
import { fcRuns } from "../fixtures/fcRuns";

const check = (grid: SheetGrid): Report => checkWorkbook({ sheets: [grid] }).report;

const debrisArb = fc.array(fc.constantFrom<DebrisKind>("blank", "footer", "page", "continued", "header"), { minLength: 1, maxLength: 4 });

/** A spec and page breaks at distinct places inside its indicator block (after any row, the last included). */
const brokenSpecArb = specArb.chain((spec) =>
  fc
    .uniqueArray(fc.record({ after: fc.nat(spec.indicators.length - 1), debris: debrisArb }), {
      selector: (b) => b.after,
      minLength: 1,
      maxLength: 3,
    })
    .map((pageBreaks: PageBreak[]) => ({ spec, pageBreaks })),
);

describe("page-break debris inserted anywhere gives the same verdicts as without", () => {
  it("header repeats, footers, page numbers, 续表 and blank rows between any two rows", () => {
    fc.assert(
      fc.property(brokenSpecArb, ({ spec, pageBreaks }) => {
        const clean = check(buildFormSheet(spec).grid);
        const broken = buildFormSheet({ ...spec, pageBreaks });
        const report = check(broken.grid);
        expect(verdictsOf(report, withoutRows(broken.placed.debrisRows))).toEqual(verdictsOf(clean));
      }),
      fcRuns(400),
    );
  });
});

const INVISIBLE = ["\u200b", "\ufeff", "\u00a0", "\u3000", "\u2060", "\u202f", "\u200e", "\u00ad", " "];
const sprinkleArb = fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom(...INVISIBLE) }), { minLength: 1, maxLength: 3 });
const sprinkle = (v: CellValue, marks: { at: number; ch: string }[]): CellValue => {
  if (typeof v !== "string") return v;
  let out = v;
  for (const { at, ch } of marks) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + ch + out.slice(i);
  }
  return out;
};

describe("invisible characters inside numbers, units and comparators are noise", () => {
  it("a form with U+200B, U+FEFF, U+00A0, U+3000 … in its values gives the same verdicts", () => {
    const withText = specArb.map((spec) =>
      formSpec({ ...spec, indicators: spec.indicators.map((i) => ({ ...i, weight: String(i.weight), score: `${i.score}分` })) }),
    );
    fc.assert(
      fc.property(withText, fc.array(sprinkleArb, { minLength: 40, maxLength: 40 }), (spec, marks) => {
        let k = 0;
        const next = () => marks[k++ % marks.length];
        const noisy: FormSpec = {
          ...spec,
          indicators: spec.indicators.map((i) => ({
            ...i,
            target: sprinkle(i.target ?? null, next()),
            actual: sprinkle(i.actual ?? null, next()),
            weight: sprinkle(i.weight ?? null, next()),
            score: sprinkle(i.score ?? null, next()),
            nature: sprinkle(i.nature ?? null, next()),
            unit: sprinkle(i.unit ?? null, next()),
          })),
        };
        const strip = (r: Report) => {
          const v = verdictsOf(r);
          return {
            ...v,
            tables: v.tables.map((t) => ({ ...t, indicators: t.indicators.map(({ target: _t, actual: _a, ...rest }) => rest) })),
          };
        };
        expect(strip(check(buildFormSheet(noisy).grid))).toEqual(strip(check(buildFormSheet(spec).grid)));
      }),
      fcRuns(300),
    );
  });
});

/** Text no reader understands: words and digits mixed, invisible characters included. */
const UNKNOWN_CHARS = [..."项目推进按计划见附件说明合同约定执行中待定另行核实详情参考0123456789个套人次，、（）\u200b\ufeff "];
const unknownText = fc
  .string({ unit: fc.constantFrom(...UNKNOWN_CHARS), minLength: 1, maxLength: 16 })
  .filter((t) => parseValue(t).kind === "text");
const readableTarget = fc.constantFrom<CellValue>(
  "≥5套",
  "=12次",
  "≤90万元",
  "≥95%",
  "90%-95%",
  "3-5天",
  "2021年12月底前",
  "有效提高",
  "合格",
  100,
  "两次",
);
const readableQuantity = fc.constantFrom<CellValue>("9辆", 5, "4套", "80人", "2021年11月20日", "38.5万元");

/** One form, one row: the row's target, actual, score (blank or full marks) and no reason. */
function oneRow(target: CellValue, actual: CellValue, score: CellValue): SheetGrid {
  return {
    name: "表",
    originRow: 0,
    originCol: 0,
    values: [
      ["项目名称", "测试"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "指标", target, actual, 10, score, null],
    ],
  };
}

describe("text the engine cannot read is manual review: never an error, never an invented score", () => {
  const expectNoError = (target: CellValue, actual: CellValue, score: CellValue) => {
    const report = check(oneRow(target, actual, score));
    const [r] = report.tables[0].indicators;
    expect(report.issues.filter((f) => f.severity === "error" && f.row === r.row)).toEqual([]);
    if (r.status !== "met") {
      expect(r.computedScore).toBeNull();
      expect(report.tables[0].fills.filter((f) => f.kind === "score")).toEqual([]);
      expect(report.issues.some((f) => f.code === "manual-review" && f.row === r.row)).toBe(true);
    }
  };
  it("unknown text in the actual", () =>
    fc.assert(fc.property(readableTarget, unknownText, fc.constantFrom<CellValue>(null, 10), expectNoError), fcRuns(3000)));
  it("unknown text in the target", () =>
    fc.assert(fc.property(unknownText, readableQuantity, fc.constantFrom<CellValue>(null, 10), expectNoError), fcRuns(3000)));
  it("unknown text in both", () =>
    fc.assert(fc.property(unknownText, unknownText, fc.constantFrom<CellValue>(null, 10), expectNoError), fcRuns(3000)));
});

describe("a filled form adds up", () => {
  const filledTotal =
    "with its 总分 empty, the filled 总分 is the sum of the cells as filled; checked again, no total-mismatch and no score out of range";
  it(filledTotal, () => {
    const blanked = fc.tuple(specArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })).map(([spec, blank]) =>
      formSpec({
        ...spec,
        indicators: spec.indicators.map((i, k) => (blank[k] ? { ...i, score: null } : i)),
        total: spec.total && { ...spec.total, score: null },
      }),
    );
    fc.assert(
      fc.property(blanked, (spec) => {
        const { grid } = buildFormSheet(spec);
        const report = check(grid);
        const again = check(applyFills(grid, report));
        expect(again.issues.filter((f) => f.code === "total-mismatch" || f.code === "score-out-of-range")).toEqual([]);
        const [t] = report.tables;
        const fill = t.fills.find((f) => f.kind === "total");
        if (fill) {
          expect(again.tables[0].total!.reportedScore).toBe(fill.value);
          // With no reported score off the rules, the computed 总分 is that same figure.
          if (!report.issues.some((f) => f.code === "score-mismatch" || f.code === "execution-mismatch"))
            expect(t.total!.computedScore).toBe(fill.value);
        }
      }),
      fcRuns(400),
    );
  });
});
