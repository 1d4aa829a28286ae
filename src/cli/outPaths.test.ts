import * as os from "os";
import * as path from "path";
import { checkedName, planOutputPaths } from "./outPaths";

describe("checkedName", () => {
  it.each([
    ["表一.xlsx", "表一.checked.xlsx"],
    [path.join("a", "b", "x.XLSX"), "x.checked.xlsx"],
    ["noext", "noext.checked.xlsx"],
  ])("%s → %s", (file, name) => expect(checkedName(file)).toBe(name));
});

describe("planOutputPaths", () => {
  it("uses --out as the file when there is one input and it ends in .xlsx", () => {
    expect(planOutputPaths(["a.xlsx"], "out.xlsx")).toEqual({ folder: null, paths: new Map([["a.xlsx", "out.xlsx"]]) });
  });

  it("treats an existing folder as the folder even with one input", () => {
    const { folder, paths } = planOutputPaths(["a.xlsx"], os.tmpdir());
    expect(folder).toBe(os.tmpdir());
    expect(paths.get("a.xlsx")).toBe(path.join(os.tmpdir(), "a.checked.xlsx"));
  });

  it("gives several inputs one copy each in the folder, numbering equal names", () => {
    const { folder, paths } = planOutputPaths([path.join("x", "a.xlsx"), path.join("y", "a.xlsx"), "b.xlsx"], "out.xlsx");
    expect(folder).toBe("out.xlsx");
    expect([...paths.values()]).toEqual([
      path.join("out.xlsx", "a.checked.xlsx"),
      path.join("out.xlsx", "a (2).checked.xlsx"),
      path.join("out.xlsx", "b.checked.xlsx"),
    ]);
  });
});
