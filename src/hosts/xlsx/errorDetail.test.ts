import { libraryDetail, systemDetail } from "./errorDetail";

describe("libraryDetail: a library's English detail said in Chinese", () => {
  it.each([
    ["2:114: undefined entity.", "XML 中有未定义或不合法的实体引用（第 2 行第 114 列）"],
    ["3:7: disallowed character in entity name.", "XML 中有未定义或不合法的实体引用（第 3 行第 7 列）"],
    ["5:1: unclosed tag: row", "XML 格式错误（第 5 行第 1 列）"],
    ["Corrupted zip: can't find end of central directory", "zip 压缩包的结构不完整或已损坏"],
    ["End of data reached (data length = 10, asked index = 40). Corrupted zip ?", "zip 压缩包的结构不完整或已损坏"],
    ["Bug : uncompressed data size mismatch", "压缩数据的实际大小与声明的不符"],
    ["invalid distance too far back", "压缩数据已损坏"],
    ["Cannot merge already merged cells", "合并单元格区域互相重叠"],
    ['a <mergeCell> tag of more than 64 KB in "xl/worksheets/sheet1.xml"', "合并单元格的定义长得异常"],
    ["Worksheet name already exists: x", "工作表名称不合法或重复"],
    ["Out of bounds. Invalid column letter: ZZZZ", "单元格地址超出范围或格式不对"],
    ["Cannot read properties of undefined (reading 'comments')", "内部结构不完整，无法解析"],
    ["something else entirely", "内部结构无法解析"],
  ])("%s → %s", (detail, zh) => {
    expect(libraryDetail(detail)).toBe(zh);
    for (const word of detail.match(/[A-Za-z]{4,}/g) ?? []) expect(libraryDetail(detail)).not.toContain(word);
  });
});

describe("systemDetail", () => {
  it.each([
    ["ENOSPC: no space left on device, write", "磁盘空间不足，ENOSPC"],
    ["EACCES: permission denied, open 'x'", "没有权限，EACCES"],
    ["EWHATEVER: odd", "系统错误 EWHATEVER"],
  ])("%s → %s", (detail, zh) => expect(systemDetail(detail)).toBe(zh));
});
