import { getProfile } from "../engine";

export type Lang = "zh" | "en";

export interface CheckArgs {
  inputs: string[];
  json: string | null;
  out: string | null;
  fill: boolean;
  profile: string;
  lang: Lang;
  strict: boolean;
  /** Folders: their sub-folders too. */
  recursive: boolean;
  /** One row per form of every input, as .xlsx or .csv (by the name's ending). */
  summary: string | null;
  /** The 审核意见 of every form, as .xlsx. */
  opinion: string | null;
}

export type ParsedArgs =
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "check"; args: CheckArgs }
  | { kind: "error"; lang: Lang; message: { zh: string; en: string } };

const VALUE_FLAGS = new Set(["--json", "--out", "--profile", "--lang", "--summary", "--opinion"]);
const BOOLEAN_FLAGS = new Set(["--fill", "--strict", "--recursive", "-r", "--help", "-h", "--version"]);

/** The language asked for anywhere on the line, so that even a usage error speaks it. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : null;
    if (v === "en" || v === "zh") return v;
  }
  return "zh";
}

/**
 * `selfeval [check] [FILE|DIR]... [--json OUT] [--out PATH] [--fill] [--summary OUT.xlsx|OUT.csv] [--opinion OUT.xlsx]
 * [--profile ID] [--lang zh|en] [--strict] [--recursive]`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const error = (zh: string, en: string): ParsedArgs => ({ kind: "error", lang, message: { zh, en } });
  const args: CheckArgs = {
    inputs: [],
    json: null,
    out: null,
    fill: false,
    profile: "mof-2020",
    lang,
    strict: false,
    recursive: false,
    summary: null,
    opinion: null,
  };
  let rest = [...argv];
  if (rest[0] === "check") rest = rest.slice(1);
  else if (rest[0] === "help") return { kind: "help", lang };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (onlyFiles || !token.startsWith("-") || token === "-") {
      args.inputs.push(token);
      continue;
    }
    if (token === "--") {
      onlyFiles = true;
      continue;
    }
    const eq = token.indexOf("=");
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (BOOLEAN_FLAGS.has(flag)) {
      if (eq > 0) return error(`选项 ${flag} 不带参数值。`, `Option ${flag} takes no value.`);
      if (flag === "--help" || flag === "-h") return { kind: "help", lang };
      if (flag === "--version") return { kind: "version" };
      if (flag === "--fill") args.fill = true;
      if (flag === "--strict") args.strict = true;
      if (flag === "--recursive" || flag === "-r") args.recursive = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) return error(`未知选项：${token}`, `Unknown option: ${token}`);
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value === "" || (value.startsWith("--") && eq < 0))
      return error(`选项 ${flag} 需要一个值。`, `Option ${flag} needs a value.`);
    switch (flag) {
      case "--json":
        args.json = value;
        break;
      case "--out":
        args.out = value;
        break;
      case "--profile":
        if (!getProfile(value)) return error(`未知的规则：${value}`, `Unknown profile: ${value}`);
        args.profile = value;
        break;
      case "--summary":
        if (!/\.(xlsx|csv)$/i.test(value))
          return error(
            `--summary 的输出须是 .xlsx 或 .csv 文件，而不是 ${value}。`,
            `--summary writes an .xlsx or a .csv file, not ${value}.`,
          );
        args.summary = value;
        break;
      case "--opinion":
        if (!/\.xlsx$/i.test(value))
          return error(`--opinion 的输出须是 .xlsx 文件，而不是 ${value}。`, `--opinion writes an .xlsx file, not ${value}.`);
        args.opinion = value;
        break;
      case "--lang":
        if (value !== "zh" && value !== "en")
          return error(`--lang 只能是 zh 或 en，而不是 ${value}。`, `--lang must be zh or en, not ${value}.`);
        args.lang = value;
        break;
    }
  }
  return { kind: "check", args };
}
