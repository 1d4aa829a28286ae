import { parseArgs } from "./args";

describe("parseArgs", () => {
  it.each([
    [
      [],
      {
        inputs: [],
        json: null,
        out: null,
        fill: false,
        profile: "mof-2020",
        lang: "zh",
        strict: false,
        recursive: false,
        summary: null,
        opinion: null,
      },
    ],
    [["check"], { inputs: [] }],
    [["check", "a.xlsx", "dir"], { inputs: ["a.xlsx", "dir"] }],
    [["a.xlsx", "--json", "r.json", "--out=o.xlsx"], { inputs: ["a.xlsx"], json: "r.json", out: "o.xlsx" }],
    [["--fill", "--strict", "--profile", "sichuan", "--lang=en"], { fill: true, strict: true, profile: "sichuan", lang: "en" }],
    [["--json", "-"], { json: "-" }],
    [["dir", "--recursive"], { inputs: ["dir"], recursive: true }],
    [["-r", "dir"], { inputs: ["dir"], recursive: true }],
    [["--", "--odd-name.xlsx"], { inputs: ["--odd-name.xlsx"] }],
    [["dir", "--summary", "汇总.xlsx", "--opinion=意见.XLSX"], { inputs: ["dir"], summary: "汇总.xlsx", opinion: "意见.XLSX" }],
    [["--summary=out/汇总.CSV"], { summary: "out/汇总.CSV" }],
  ])("%p → check %p", (argv, expected) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe("check");
    if (parsed.kind === "check") expect(parsed.args).toMatchObject(expected);
  });

  it.each([
    [["--help"], "help"],
    [["check", "-h"], "help"],
    [["help"], "help"],
    [["--version"], "version"],
  ])("%p → %s", (argv, kind) => {
    expect(parseArgs(argv).kind).toBe(kind);
  });

  it.each([
    [["--nope"], "zh", /未知选项/],
    [["--nope", "--lang", "en"], "en", /Unknown option/],
    [["--profile", "atlantis"], "zh", /未知的规则/],
    [["--lang", "de"], "zh", /zh 或 en/],
    [["--out"], "zh", /需要一个值/],
    [["--out", "--fill"], "zh", /需要一个值/],
    [["--strict=yes"], "zh", /不带参数值/],
    [["--summary", "汇总.txt"], "zh", /--summary 的输出须是 \.xlsx 或 \.csv 文件/],
    [["--opinion", "意见.csv", "--lang", "en"], "en", /--opinion writes an \.xlsx file/],
    [["--opinion"], "zh", /需要一个值/],
  ])("%p is a usage error in %s", (argv, lang, message) => {
    const parsed = parseArgs(argv);
    expect(parsed).toMatchObject({ kind: "error", lang });
    if (parsed.kind === "error") expect(parsed.message.zh + parsed.message.en).toMatch(message);
  });
});
