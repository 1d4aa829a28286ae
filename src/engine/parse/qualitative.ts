import type { Tier } from "./types";

const TOP = `达成预期指标 达成预期目标 达成年度指标 达成年度目标 达成目标 达成 已达成 完成 已完成 全部完成 按期完成 按时完成 如期完成
  完成预期目标 完成年度目标 达到 达到预期 达到预期目标 达到预期效果 实现 已实现 实现预期目标 是 合格 验收合格 通过验收 合规 及时 达标 有效 有效提高
  有效降低 有效促进 有效提升 有效改善 有效保障 有效控制 显著 显著提升 显著提高 显著改善 效果明显 效果显著 效果良好 明显 明显提升 明显提高
  明显改善 高 优 优秀 优良 良 良好 好 符合 符合要求 符合标准 符合相关规定 符合规定 严格执行相关制度规定 严格执行 满意 非常满意 很满意 规范 健全 完善
  准确 安全 正常 稳定 到位 全覆盖 提高 提升 改善 降低 减少 促进 保障 增加 长期 持续 可持续 得到提升 得到改善 得到保障`;
const MIDDLE = `部分达成年度指标并具有一定效果 部分达成 部分完成 部分实现 部分达到 基本达到 基本完成 基本达成 基本实现 基本符合 基本合格 基本满意
  基本及时 基本到位 较满意 比较满意 一般 中 中等 较好 较高 较明显 有一定效果 具有一定效果 一定效果 有所提高 有所提升 有所改善 有所降低 效果一般`;
const BOTTOM = `未达成年度指标且效果较差 未达成 未完成 未达到 未实现 未达标 未按期完成 没有完成 否 不合格 不合规 不及时 不满意 不符合 不达标 差 较差
  很差 无效 效果较差 效果差 不明显 效果不明显`;

const LEXICON = new Map<string, Tier>();
for (const [words, tier] of [
  [TOP, "top"],
  [MIDDLE, "middle"],
  [BOTTOM, "bottom"],
] as const) {
  for (const word of words.split(/\s+/u)) if (word) LEXICON.set(word, tier);
}
/** Phrases that may open a longer wording ("符合相关文件要求" opens with 符合): two characters or more, longest first. */
const HEADS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const word of [...LEXICON.keys()].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)) {
  const list = HEADS_BY_FIRST_CHAR.get(word[0]) ?? [];
  list.push(word);
  HEADS_BY_FIRST_CHAR.set(word[0], list);
}
const FILLER_PREFIX_RE = /^(?:已经|已|均|都|全部已|基本已)(?=.)/u;
const NEGATION_RE = /[未不没无否非差]/u;
const MAX_TAIL = 6;

/**
 * The tier of a qualitative wording in compact folded text, or null when it is not one. The whole text must be a
 * known phrase, or a known phrase of two characters or more followed by a short tail without digits or negation
 * ("符合相关文件要求"): a sentence that merely contains a word ("完成39户结亲户6次慰问") is not qualitative.
 * Longer phrases win, so 未完成 is bottom although it contains 完成.
 */
export function qualitativeTier(compact: string): Tier | null {
  const exact = LEXICON.get(compact);
  if (exact) return exact;
  const core = compact.replace(FILLER_PREFIX_RE, "");
  const bare = LEXICON.get(core);
  if (bare) return bare;
  for (const head of HEADS_BY_FIRST_CHAR.get(core[0]) ?? []) {
    if (!core.startsWith(head)) continue;
    const tail = core.slice(head.length);
    if (tail.length > MAX_TAIL || /[\d%]/u.test(tail)) return null;
    const tier = LEXICON.get(head)!;
    if (tier !== "bottom" && NEGATION_RE.test(tail)) return null;
    return tier;
  }
  return null;
}

/** Booleans as a host gives them: TRUE says 是 (top), FALSE says 否 (bottom). */
export function booleanTier(value: boolean): { text: string; tier: Tier } {
  return value ? { text: "是", tier: "top" } : { text: "否", tier: "bottom" };
}
