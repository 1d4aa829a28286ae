import { SEVERITIES, severityRank } from "./severity";

describe("the one severity order", () => {
  it.each([
    ["error", 0],
    ["warning", 1],
    ["info", 2],
  ] as const)("%s ranks %i", (severity, rank) => expect(severityRank(severity)).toBe(rank));

  it("lists the most severe first", () => expect([...SEVERITIES].sort((a, b) => severityRank(a) - severityRank(b))).toEqual(SEVERITIES));
});
