import { FILL_NOTE_PREFIX, NOTE_PREFIX } from "../../engine";
import { EMPTY_RECORD, type OwnRecord } from "./record";
import { EMPTY_REVIEWS } from "../review/decision";
import { decodeRecord, encodeRecord } from "./recordCodec";
import { fnv1a } from "./rowKey";

const value = {
  sheetId: "s1",
  row: 13,
  col: 7,
  wrote: { value: 3.75, numberFormat: null },
  before: { value: null, formula: null, numberFormat: "General" },
  rowKey: "0a1b2c3d",
};
const note = { sheetId: "s1", row: 13, col: 7, text: `${NOTE_PREFIX}\n缺少偏差原因`, purpose: "check" as const };
const fillNote = { sheetId: "s1", row: 14, col: 7, text: `${FILL_NOTE_PREFIX}9 / 12 × 5 = 3.75`, purpose: "fill" as const };
const findingReview = {
  key: "missing-reason|项目|指标:产出指标/数量指标/套数",
  values: "缺少偏差原因",
  decision: "accept" as const,
  note: "已电话核实",
  at: "2026-03-04T08:00:00.000Z",
};
const formReview = { form: "项目", decision: "revise" as const, note: "请补充偏差原因", at: "2026-03-04T08:00:00.000Z" };
const good: OwnRecord = {
  version: 3,
  sheets: [{ id: "s1", name: "自评表" }],
  values: [value],
  notes: [note, fillNote],
  reviews: { findings: [findingReview], forms: [formReview] },
};
/** A version-2 record, as written before decisions were stored: encoded by hand as that version wrote it. */
const v2Text = () => {
  const body = btoa(
    unescape(
      encodeURIComponent(
        JSON.stringify({ version: 2, sheets: good.sheets, values: good.values, notes: [{ ...note, purpose: undefined }] }),
      ),
    ),
  );
  return `SELFEVAL-RECORD/2 ${fnv1a(body)} ${body.length}\n${body}`;
};

/** A record with one part replaced, encoded with a valid checksum: only the validation can refuse it. */
const withChange = (change: (r: Record<string, unknown>) => void) => {
  const r = JSON.parse(JSON.stringify(good));
  change(r);
  return encodeRecord(r);
};

describe("the record as text", () => {
  it.each([
    ["a full record", good],
    ["the empty record", EMPTY_RECORD],
    ["text that needs escaping in XML and every script", { ...good, notes: [{ ...note, text: `${NOTE_PREFIX}\n<&"'>\u202e 𠀀` }] }],
  ])("round-trips %s", (_, record) => {
    expect(decodeRecord(encodeRecord(record))).toEqual({ status: "ok", record });
  });

  it("survives line breaks and indentation a host adds around it", () => {
    const text = encodeRecord(good);
    const [head, body] = text.split("\n");
    const wrapped = `  ${head}\n${body.replace(/(.{60})/g, "$1\n  ")}\n`;
    expect(decodeRecord(wrapped)).toEqual({ status: "ok", record: good });
  });

  it("reads a version-2 record as one with no decisions, whose notes are all 校验's", () => {
    expect(decodeRecord(v2Text())).toEqual({ status: "ok", record: { ...good, notes: [note], reviews: EMPTY_REVIEWS } });
  });

  it.each([null, undefined, "", "   "])("reads %p as no record", (text) => {
    expect(decodeRecord(text)).toEqual({ status: "none" });
  });

  it.each([
    ["not our format", "<changeRecord>{}</changeRecord>", "格式无法识别"],
    ["another version", encodeRecord(good).replace("RECORD/3", "RECORD/4"), "版本 4"],
    ["a version-3 body under a version-2 header", encodeRecord(good).replace("RECORD/3", "RECORD/2"), "结构"],
    ["truncated", encodeRecord(good).slice(0, -8), "校验和"],
    ["altered", encodeRecord(good).replace(/.$/, (c) => (c === "A" ? "B" : "A")), "校验和"],
    ["a base64 body that is not JSON", `SELFEVAL-RECORD/2 ${fnv1a(btoa("not json"))} 12\n${btoa("not json")}`, "无法解析"],
    ["an extra field", withChange((r) => (r.extra = 1)), "结构"],
    ["values not an array", withChange((r) => (r.values = {})), "结构"],
    ["a row past the sheet", withChange((r) => ((r.values as (typeof value)[])[0].row = 1_048_576)), "填充条目"],
    ["a negative column", withChange((r) => ((r.values as (typeof value)[])[0].col = -1)), "填充条目"],
    ["a written value that is text", withChange((r) => ((r.values as (typeof value)[])[0].wrote.value = "=1+1" as never)), "填充条目"],
    [
      "a written number format we never write",
      withChange((r) => ((r.values as (typeof value)[])[0].wrote.numberFormat = ";;;" as never)),
      "填充条目",
    ],
    ["a sheet the record does not list", withChange((r) => ((r.values as (typeof value)[])[0].sheetId = "s9")), "填充条目"],
    ["a bad fingerprint", withChange((r) => ((r.values as (typeof value)[])[0].rowKey = "zz")), "填充条目"],
    [
      "a control character in an old value",
      withChange((r) => ((r.values as (typeof value)[])[0].before.value = "a\u001b[2Jb" as never)),
      "填充条目",
    ],
    ["the same cell twice", withChange((r) => (r.values = [value, value])), "两次"],
    ["a note without our prefix", withChange((r) => ((r.notes as (typeof note)[])[0].text = "用户的批注")), "批注条目"],
    ["a note with no purpose", withChange((r) => delete (r.notes as Partial<typeof note>[])[0].purpose), "批注条目"],
    ["a note with a purpose we never write", withChange((r) => ((r.notes as (typeof note)[])[0].purpose = "review" as never)), "批注条目"],
    [
      "a fill note with 校验's prefix",
      withChange((r) => ((r.notes as (typeof note)[])[1].text = `${NOTE_PREFIX}9 / 12 × 5 = 3.75`)),
      "批注条目",
    ],
    [
      "a check note with the fill prefix",
      withChange((r) => ((r.notes as (typeof note)[])[0].text = `${FILL_NOTE_PREFIX}缺少偏差原因`)),
      "批注条目",
    ],
    [
      "two sheets with one identity",
      withChange(
        (r) =>
          (r.sheets = [
            { id: "s1", name: "a" },
            { id: "s1", name: "b" },
          ]),
      ),
      "重复",
    ],
    ["no reviews", withChange((r) => delete r.reviews), "审核结论"],
    [
      "a finding decision we never offer",
      withChange((r) => ((r.reviews as typeof good.reviews).findings[0].decision = "delete" as never)),
      "审核结论",
    ],
    [
      "a form decision we never offer",
      withChange((r) => ((r.reviews as typeof good.reviews).forms[0].decision = "approve" as never)),
      "审核结论",
    ],
    ["a decision time that is not one", withChange((r) => ((r.reviews as typeof good.reviews).forms[0].at = "yesterday")), "审核结论"],
    [
      "a control character in a reviewer's note",
      withChange((r) => ((r.reviews as typeof good.reviews).findings[0].note = "a\u001b[2J")),
      "审核结论",
    ],
    [
      "one finding decided twice",
      withChange((r) => ((r.reviews as typeof good.reviews).findings = [findingReview, findingReview])),
      "审核结论",
    ],
    [
      "an extra field in a decision",
      withChange((r) => (((r.reviews as typeof good.reviews).forms[0] as unknown as Record<string, unknown>).by = "x")),
      "审核结论",
    ],
    ["an empty sheet identity", withChange((r) => (r.sheets = [{ id: "", name: "a" }])), "工作表标识"],
  ])("refuses %s, saying why", (_, text, reason) => {
    const read = decodeRecord(text);
    expect(read.status).toBe("invalid");
    if (read.status === "invalid") {
      expect(read.reason.zh).toContain(reason);
      expect(read.reason.en).not.toBe("");
    }
  });
});
