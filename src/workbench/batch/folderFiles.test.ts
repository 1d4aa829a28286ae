import { chosenFolder, droppedFiles, isWorkbookName, splitPicked } from "./folderFiles";

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

/** A dropped folder as the browser's entry API shows it: readEntries hands out at most two children per call. */
function folder(fullPath: string, children: FileSystemEntry[]): FileSystemEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (done: (batch: FileSystemEntry[]) => void) => {
          const batch = children.slice(at, at + 2);
          at += batch.length;
          setTimeout(() => done(batch), 0);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

const leaf = (fullPath: string): FileSystemEntry =>
  ({
    isFile: true,
    isDirectory: false,
    fullPath,
    file: (done: (f: File) => void) => done(file(fullPath.split("/").pop()!)),
  }) as unknown as FileSystemEntry;

const dataOf = (entries: FileSystemEntry[], files: File[] = []) =>
  ({ items: entries.map((e) => ({ kind: "file", webkitGetAsEntry: () => e })), files }) as unknown as DataTransfer;

describe("droppedFiles", () => {
  it("walks a dropped folder whole, in path order (Chinese collation: Han names first), and skips what is not a workbook", async () => {
    const county = folder("/材料/区县", [leaf("/材料/区县/b.et"), leaf("/材料/区县/~$b.xlsx")]);
    const tree = folder("/材料", [leaf("/材料/c.xlsx"), leaf("/材料/说明.docx"), county, leaf("/材料/a.xls")]);
    const split = await droppedFiles(dataOf([tree, leaf("/loose.txt")]));
    expect(split.workbooks.map((p) => p.path)).toEqual(["材料/区县/b.et", "材料/a.xls", "材料/c.xlsx", "loose.txt"]);
    expect(split.workbooks.map((p) => p.file.name)).toEqual(["b.et", "a.xls", "c.xlsx", "loose.txt"]);
    expect(split.skipped).toEqual(["材料/区县/~$b.xlsx", "材料/说明.docx"]);
  });

  it("takes plain dropped files as they are when no folder is among them", async () => {
    const files = [file("x.txt"), file("y.xlsx")];
    const split = await droppedFiles(dataOf([leaf("/x.txt"), leaf("/y.xlsx")], files));
    expect(split).toEqual({ workbooks: files.map((f) => ({ path: f.name, file: f })), skipped: [] });
  });
});
