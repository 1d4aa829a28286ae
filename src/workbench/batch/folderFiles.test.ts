import { chosenFolder, isWorkbookName, splitPicked } from "./folderFiles";

const file = (name: string, relative = "") => Object.assign(new File(["x"], name), relative ? { webkitRelativePath: relative } : {});

describe("isWorkbookName", () => {
  it.each([
    ["表.xlsx", true],
    ["表.XLS", true],
    ["年度/表.et", true],
    ["宏.xlsm", true],
    ["说明.docx", false],
    ["表.xlsx.txt", false],
    ["年度/~$表.xlsx", false],
    ["xlsx", false],
  ])("%s → %s", (name, opens) => {
    expect(isWorkbookName(name)).toBe(opens);
  });
});

describe("splitPicked and chosenFolder", () => {
  it("opens the folder's workbooks and lists the rest; a file picked on its own is always tried", () => {
    const picked = [
      { path: "dir/a.xlsx", file: file("a.xlsx") },
      { path: "dir/notes.txt", file: file("notes.txt") },
      { path: "loose.txt", file: file("loose.txt") },
    ];
    const split = splitPicked(picked, (p) => p.path.startsWith("dir/"));
    expect(split.workbooks.map((p) => p.path)).toEqual(["dir/a.xlsx", "loose.txt"]);
    expect(split.skipped).toEqual(["dir/notes.txt"]);
  });

  it("takes every file of a chosen folder with its path inside it, in path order (pinyin for Chinese)", () => {
    const input = [file("b.et", "年度/乙/b.et"), file("readme.md", "年度/readme.md"), file("甲.xlsx", "年度/甲.xlsx")];
    const split = chosenFolder(input as unknown as FileList);
    expect(split.workbooks.map((p) => p.path)).toEqual(["年度/甲.xlsx", "年度/乙/b.et"]);
    expect(split.skipped).toEqual(["年度/readme.md"]);
  });
});
