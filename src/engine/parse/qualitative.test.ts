import { compactValueText } from "./normalize";
import { booleanTier, qualitativeTier } from "./qualitative";

describe("qualitativeTier", () => {
  it.each([
    ["达成预期指标", "top"],
    ["达成年度指标", "top"],
    ["达成", "top"],
    ["已达成", "top"],
    ["完成", "top"],
    ["已完成", "top"],
    ["全部完成", "top"],
    ["按期完成", "top"],
    ["是", "top"],
    ["合格", "top"],
    ["合规", "top"],
    ["及时", "top"],
    ["达标", "top"],
    ["有效", "top"],
    ["有效提高", "top"],
    ["有效降低", "top"],
    ["有效促进", "top"],
    ["显著", "top"],
    [" 显著", "top"],
    ["显著提升", "top"],
    ["效果明显", "top"],
    ["效果显著", "top"],
    ["明显", "top"],
    ["高", "top"],
    ["优", "top"],
    ["良好", "top"],
    ["符合", "top"],
    ["符合相关规定", "top"],
    ["符合相关文件要求", "top"],
    ["严格执行相关制度规定", "top"],
    ["满意", "top"],
    ["部分达成年度指标并具有一定效果", "middle"],
    ["部分达成", "middle"],
    ["基本达到", "middle"],
    ["基本完成", "middle"],
    ["基本达成", "middle"],
    ["部分完成", "middle"],
    ["一般", "middle"],
    ["中", "middle"],
    ["较好", "middle"],
    ["未达成年度指标且效果较差", "bottom"],
    ["未达成", "bottom"],
    ["未完成", "bottom"],
    ["未达到", "bottom"],
    ["否", "bottom"],
    ["不合格", "bottom"],
    ["差", "bottom"],
    ["较差", "bottom"],
    ["无效", "bottom"],
    ["已完成。", "top"],
  ])("%j → %s", (text, tier) => expect(qualitativeTier(compactValueText(text))).toBe(tier));

  it.each([
    "完成39户结亲户6次慰问、51户住户4次慰问",
    "在项目计划完成时间内完成",
    "改善学校的办学条件",
    "提高办公用房规范使用意识",
    "优良中低差",
    "美化环境",
    "是否满意",
    "符合不了",
    "达到95%以上",
    "无",
    "/",
    "",
  ])("%j is not qualitative", (text) => expect(qualitativeTier(compactValueText(text))).toBeNull());
});

describe("booleanTier", () => {
  it.each([
    [true, "是", "top"],
    [false, "否", "bottom"],
  ])("%p → %s %s", (value, text, tier) => expect(booleanTier(value)).toEqual({ text, tier }));
});
