import { HostError } from "../../app/host";
import { hiddenSheet, rollbackFailed, toHostError } from "./errors";

describe("toHostError", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["ItemNotFound", "workbook-changed"],
    ["InvalidReference", "workbook-changed"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["ApiNotFound", "unsupported"],
    ["RangeExceedsLimit", "too-large"],
    ["UndoNotSupported", "failed"],
    ["InvalidOperationInCellEditMode", "failed"],
    ["GeneralException", "failed"],
  ])("maps Office code %s to %s", (code, kind) => {
    const e = toHostError(Object.assign(new Error("x"), { code }));
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(kind);
    expect(e.messages.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messages.en).toMatch(/[a-z]/);
  });

  it("keeps a HostError as it is", () => {
    const e = new HostError("protected", { zh: "甲", en: "a" });
    expect(toHostError(e)).toBe(e);
  });

  it.each([
    ["a plain string", "boom"],
    ["null", null],
    ["an Error", new Error("boom")],
  ])("wraps %s as failed", (_, error) => expect(toHostError(error).code).toBe("failed"));

  it("says how to recover when a rollback fails", () =>
    expect(rollbackFailed(toHostError({ code: "AccessDenied" })).messages.zh).toContain("清除标记"));
});

it("names the hidden sheet and says how to show it", () => {
  const e = hiddenSheet("表2");
  expect([e.messages.zh, e.messages.en]).toEqual([expect.stringContaining("“表2”已隐藏"), expect.stringContaining('"表2" is hidden')]);
});
