import { jsonText, safeForTerminal } from "./terminalText";

describe("safeForTerminal", () => {
  it.each([
    ["plain 项目 text\n\twith tab", "plain 项目 text\n\twith tab"],
    ["\u001b[2J\u001b[31m红\u001b[0m", "红"],
    ["\u001b]0;pwned\u0007title", "title"],
    ["\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\", "link"],
    ["a\rb\bc\u0007d\u0000e", "abcde"],
    ["\u009b2Jx\u0085y", "xy"],
    ["工作表\u202e\u200f右到左", "工作表\u200f右到左"],
    ["\u2066iso\u2069 \u202aemb\u202c", "iso emb"],
    ["\u001bc reset", " reset"],
  ])("%j → %j", (text, safe) => expect(safeForTerminal(text)).toBe(safe));
});

describe("jsonText", () => {
  it("keeps every character as data, escaping those that act on a terminal", () => {
    const value = { sheet: "a\u202eb\u001b[2J\u0085" };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain("\\u202e");
    expect(JSON.parse(text)).toEqual(value);
  });
});
