import { repairOcr } from "./ocr";

describe("repairOcr", () => {
  it.each([
    ["290%", "≥90%"],
    ["250%", "≥50%"],
    ["2100%", "≥100%"],
    ["295.5%", "≥95.5%"],
    ["290$", "≥90%"],
    ["95$", "95%"],
    ["^80%", "80%"],
    ["`≥95%", "≥95%"],
    ["5=50%", "≥50%"],
  ])("%j → %j", (input, text) => expect(repairOcr(input)).toEqual({ text }));
  it.each(["200%", "205%", "2101%", "300%", "250人", "90%", "工5%", "≥290%", "", "2"])("%j is left alone", (input) =>
    expect(repairOcr(input)).toBeNull(),
  );
});
