import { SheetView } from "../grid/sheetView";
import type { CellRange, CellValue } from "../grid/types";
import { findHead } from "./headBlock";
import { gridOf } from "./testing/gridOf";

function head(rows: CellValue[][], merges: CellRange[] = [], band = { left: 0, right: 20 }) {
  return findHead(new SheetView(gridOf(rows, { merges })), 0, rows.length, band);
}

describe("findHead", () => {
  it("reads title, project, department and implementer with the project's cell", () => {
    const h = head(
      [
        ["2022年度项目支出绩效自评表"],
        ["(2022年度)"],
        ["项目名称", null, "回购统建房住宅经费"],
        ["主管部门", "某局", null, null, "实施单位", "某中心"],
      ],
      [{ top: 2, left: 0, bottom: 2, right: 1 }],
    );
    expect(h).toMatchObject({
      title: "2022年度项目支出绩效自评表",
      titleRow: 0,
      project: "回购统建房住宅经费",
      department: "某局",
      implementer: "某中心",
    });
    expect(h.projectCell).toMatchObject({ row: 2, col: 2, value: "回购统建房住宅经费" });
  });

  it.each([
    ["value in the label cell", [["项目名称：道路维修工程"]], "道路维修工程"],
    ["spaced label", [["项 目 名 称", "  道路维修  "]], "道路维修"],
    ["a number as the name", [["项目名称", 2021]], "2021"],
    ["no value", [["项目名称", null, "主管部门", "某局"]], ""],
    [
      "the nearest of two heads wins",
      [
        ["项目名称", "旧项目"],
        ["项目名称", "新项目"],
      ],
      "新项目",
    ],
    ["the leftmost in a row wins", [["项目名称", "左", "项目名称", "右"]], "左"],
  ])("%s", (_, rows, project) => expect(head(rows).project).toBe(project));

  it("a form without a head has an empty project and no cell", () => {
    const h = head([["一些说明"]]);
    expect(h).toMatchObject({ title: null, project: "", projectCell: null, department: null, implementer: null });
  });

  it("keeps to its band", () => {
    expect(head([["项目名称", "左", null, "项目名称", "右"]], [], { left: 3, right: 10 }).project).toBe("右");
  });
});
