import { readChineseNumber } from "./chineseNumber";

describe("readChineseNumber", () => {
  it.each<[string, number | null, number]>([
    ["两次", 2, 1],
    ["一", 1, 1],
    ["十", 10, 1],
    ["十二个", 12, 2],
    ["二十", 20, 2],
    ["九十五", 95, 3],
    ["一百零五", 105, 4],
    ["三千人次", 3000, 2],
    ["三千五百", 3500, 4],
    ["一万二千人", 12000, 4],
    ["三万人次", 3, 1], // 万 before the unit stays with the unit: 三 + 万人次
    ["两亿元", 2, 1],
    ["零", 0, 1],
    ["壹佰贰拾", 120, 4],
    ["二〇二一年", 2, 1], // a year written digit by digit is no numeral past its first digit
    ["个", null, 0],
    ["", null, 0],
    ["万", null, 0],
  ])("%j → %p (%p characters)", (text, value, length) => {
    const read = readChineseNumber(text);
    if (value === null) expect(read).toBeNull();
    else expect(read).toEqual({ value, length });
  });
});
