import { FILL_NOTE_PREFIX, NOTE_PREFIX } from "../../engine";
import { commentText } from "./comments";

describe("commentText", () => {
  const ours = `${NOTE_PREFIX}得分有误`;
  it.each([
    ["our note as written", ours, ours],
    ["our note under an author line", `Administrator:\n${ours}`, ours],
    ["our note under a Chinese author line", `张三：\n${ours}`, ours],
    ["a user's note under an author line", "Administrator:\n请复核", "Administrator:\n请复核"],
    ["our text further down a user's note", `请复核\n另见：\n${ours}`, `请复核\n另见：\n${ours}`],
    ["no text", undefined, ""],
    ["our fill note under an author line", `Administrator:\n${FILL_NOTE_PREFIX}9 / 12 × 5 = 3.75`, `${FILL_NOTE_PREFIX}9 / 12 × 5 = 3.75`],
  ])("%s", (_, raw, text) => {
    expect(commentText(raw)).toBe(text);
  });
});
