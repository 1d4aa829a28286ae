import { scanBiff } from "./biffScan";

const rec = (type: number, data: number[] = []) => [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
const BOF = (dt: number) => rec(0x0809, [0x00, 0x06, dt & 0xff, dt >> 8, 0, 0, 0, 0]);
const EOF = rec(0x000a);
const globals = (sheets: number) => [
  ...BOF(0x0005),
  ...Array.from({ length: sheets }, () => rec(0x0085, [0, 0, 0, 0, 0, 0, 1, 0, 0x41])).flat(),
  ...EOF,
];
const sheet = (...body: number[][]) => [...BOF(0x0010), ...body.flat(), ...EOF];
const NUMBER = rec(0x0203, new Array(14).fill(0));
const LABELSST = rec(0x00fd, new Array(10).fill(0));
const MULBLANK = (n: number) => rec(0x00be, new Array(6 + 2 * n).fill(0));
const MULRK = (n: number) => rec(0x00bd, new Array(6 + 6 * n).fill(0));
const MERGED = (n: number) => rec(0x00e5, [n, 0, ...new Array(8 * n).fill(0)]);
const FILEPASS = rec(0x002f, [1, 0, 1, 0, 1, 0]);

const scan = (...parts: number[][]) => scanBiff(Uint8Array.from(parts.flat()));

describe("scanBiff", () => {
  it.each([
    ["one sheet, two cells", [globals(1), sheet(NUMBER, LABELSST)], { cells: 2, sheets: [{ cells: 2, merges: 0 }] }],
    ["runs of blanks and numbers", [globals(1), sheet(MULBLANK(5), MULRK(3))], { cells: 8 }],
    [
      "merged areas",
      [globals(2), sheet(MERGED(3)), sheet(MERGED(1), MERGED(2))],
      {
        sheets: [
          { cells: 0, merges: 3 },
          { cells: 0, merges: 3 },
        ],
      },
    ],
    ["padding after the last sheet", [globals(1), sheet(NUMBER), new Array(64).fill(0)], { cells: 1, damage: null }],
    ["a chart inside a sheet", [globals(1), sheet(NUMBER, BOF(0x0020), EOF, NUMBER)], { cells: 2, damage: null }],
  ])("%s", (_label, parts, expected) => {
    const result = scan(...parts);
    expect(result).toMatchObject({ version: 0x0600, encrypted: false, damage: null, ...expected });
  });

  it("stops at FILEPASS: the rest is encrypted", () => {
    expect(scan([...BOF(0x0005), ...FILEPASS, 0x99, 0x99, 0x99]).encrypted).toBe(true);
  });

  it.each([
    ["a record past the end", [globals(1), sheet(NUMBER).slice(0, -6)], /past the end/],
    ["no EOF for the last sheet", [globals(1), BOF(0x0010), NUMBER], /middle of a sheet/],
    ["fewer sheets than announced", [globals(3), sheet(NUMBER)], /lists 3 sheets but the file holds 1/],
    ["no BOF first", [NUMBER, globals(1)], /does not begin with a BOF/],
  ])("damage: %s", (_label, parts, message) => {
    const damage = scan(...parts).damage;
    expect(damage?.en).toMatch(message);
    expect(damage?.zh).toBeTruthy();
  });
});
