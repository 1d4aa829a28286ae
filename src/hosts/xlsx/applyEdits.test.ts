import { argbOf } from "./applyEdits";

describe("argbOf", () => {
  it.each([
    ["#FFC7CE", "FFFFC7CE"],
    ["ffeb9c", "FFFFEB9C"],
    [" #ddebf7 ", "FFDDEBF7"],
    ["#FFF", null],
    ["red", null],
  ])("%p → %p", (color, argb) => expect(argbOf(color)).toBe(argb));
});
