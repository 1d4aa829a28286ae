import fc from "fast-check";
import { checkWorkbook, type SheetGrid } from "../../src/engine";
import { READINGS, setCell } from "../../src/hosts/excel/testing/fakeExcel";
import { ALL_SEVERITIES, SETTINGS, excelWith, hostErrorOf, markedCells } from "./harness";
import { seedWorkbook } from "./workbooks";
import { fcRuns } from "../fixtures/fcRuns";

describe("a protected sheet", () => {
  it("is judged by 校验 but not marked, with a notice; the other sheets are marked", async () => {
    const { fake, host } = excelWith(seedWorkbook(4, 2));
    fake.sheet("表2").protected = true;
    const report = await host.check(SETTINGS);
    expect(report.tables.filter((t) => t.sheet === "表2").length).toBeGreaterThan(0);
    expect(report.notices.some((n) => n.messages.zh.includes("受保护") && n.messages.zh.includes("表2"))).toBe(true);
    expect(fake.written.some((w) => w.sheet === "表2")).toBe(false);
    expect([...markedCells(fake).keys()].some((k) => k.startsWith("表1|"))).toBe(true);
  });

  it("keeps the marks it could not remove, and 清除标记 removes them once the sheet is unprotected", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 2));
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    const marked = fake.snapshot().sheets[0];
    fake.sheet("表1").protected = true;
    await host.check({ ...SETTINGS, mark: ["error"] });
    expect(fake.snapshot().sheets[0]).toEqual(marked);
    expect(new Set([...markedCells(fake).entries()].filter(([k]) => k.startsWith("表2|")).map(([, sev]) => sev))).toEqual(
      new Set(["error"]),
    );
    fake.sheet("表1").protected = false;
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("stops 填充得分 with a HostError before anything is written", async () => {
    const { fake, host } = excelWith(seedWorkbook(4, 2, { blankScores: true }));
    fake.sheet("表2").protected = true;
    const before = fake.snapshot();
    const error = await hostErrorOf(host.fill(SETTINGS, false));
    expect(error.code).toBe("protected");
    expect(error.messages.zh).toContain("表2");
    expect(fake.written).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
  });

  it("stops 清除标记 when a marked sheet was protected since, and it can be run again after", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 2));
    await host.check(SETTINGS);
    const marked = fake.snapshot();
    fake.sheet("表1").protected = true;
    expect((await hostErrorOf(host.clearMarks())).code).toBe("protected");
    expect(fake.snapshot()).toEqual(marked);
    fake.sheet("表1").protected = false;
    await host.clearMarks();
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("does not stop a check whose marks all fall on other sheets", async () => {
    const grids: SheetGrid[] = [...seedWorkbook(2, 1), { name: "封面", originRow: 0, originCol: 0, values: [["2021 年度"]] }];
    const { fake, host } = excelWith(grids);
    fake.sheet("封面").protected = true;
    const report = await host.check(SETTINGS);
    expect(fake.written.length).toBeGreaterThan(0);
    expect(report.notices.some((n) => n.messages.zh.includes("受保护"))).toBe(false);
  });
});

describe("a workbook that changes mid-run", () => {
  it("a sheet renamed before the write is still written, under its identity, and cleared after", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 3));
    const before = fake.snapshot();
    fake.beforeSync = (n) => {
      if (n === 3) fake.userRenameSheet("表2", "改名");
    };
    await host.check(SETTINGS);
    fake.beforeSync = null;
    expect([...markedCells(fake).keys()].some((k) => k.startsWith("改名|"))).toBe(true);
    expect((await host.clearMarks()).leftAlone).toEqual([]);
    fake.userRenameSheet("改名", "表2");
    expect(fake.snapshot()).toEqual(before);
  });

  it("a sheet deleted between the reads: HostError, nothing written", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 3));
    fake.beforeSync = (n) => {
      if (n === 2) fake.sheet("表3").alive = false;
    };
    expect((await hostErrorOf(host.check(SETTINGS))).code).toBe("workbook-changed");
    expect(fake.written).toEqual([]);
  });

  it("cell-edit mode gives a message saying what to do", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    fake.failAt = { sync: 1, op: 0, code: "InvalidOperationInCellEditMode" };
    const error = await hostErrorOf(host.check(SETTINGS));
    expect(error.messages.zh).toContain("编辑");
    expect(error.messages.en).toContain("cell-edit mode");
  });
});

describe("a write batch that fails part-way", () => {
  it.each([
    ["校验 on a fresh workbook", false],
    ["校验 over earlier marks", true],
  ])("%s leaves nothing of ours that 清除标记 cannot take back, at whatever operation it fails", async (_, markedFirst) => {
    await fc.assert(
      // Write syncs: 3 the record (and our old rules and notes removed), 4 the rules, 5 the rules for areas a host
      // dropped (the fake's pessimistic reading drops them), 6 the notes (1.18+): a failure there costs notes only.
      fc.asyncProperty(
        fc.nat({ max: 120 }),
        fc.constantFrom(3, 4, 5, 6),
        fc.constantFrom("1.14", "1.18", "1.20"),
        async (op, writeSync, api) => {
          const { fake, host } = excelWith(seedWorkbook(6, 2), api as "1.14");
          const original = fake.snapshot();
          if (markedFirst) await host.check(ALL_SEVERITIES);
          fake.failAt = { sync: fake.syncs + writeSync, op, code: "GeneralException" };
          let failed = false;
          const report = await host.check(SETTINGS).catch(() => void (failed = true));
          fake.failAt = null;
          if (!failed) {
            // Only the notes may be missing, and then the report says so.
            const missing = report!.notices.some((n) => n.messages.zh.includes("部分批注未能添加"));
            expect(missing).toBe(fake.stats.length < fake.syncs);
            expect((await host.clearMarks()).leftAlone).toEqual([]);
            expect(fake.snapshot()).toEqual(original);
            return;
          }
          // A check that failed after its record was stored has already taken its marks back.
          if (writeSync >= 4 || !markedFirst) expect(fake.snapshot()).toEqual(original);
          const outcome = await host.clearMarks();
          expect(outcome.leftAlone).toEqual([]);
          expect(fake.snapshot()).toEqual(original);
          expect(await host.state()).toEqual({ marks: 0, fills: 0 });
        },
      ),
      fcRuns(30),
    );
  });

  it("填充得分 is rolled back at whatever operation it fails", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 60 }), fc.constantFrom(3, 4), async (op, sync) => {
        const { fake, host } = excelWith(seedWorkbook(3, 1, { blankScores: true }));
        const before = fake.snapshot();
        fake.failAt = { sync, op, code: "GeneralException" };
        let failed = false;
        await host.fill(SETTINGS, false).catch(() => (failed = true));
        fake.failAt = null;
        if (!failed) return;
        expect(fake.snapshot()).toEqual(before);
        expect(await host.state()).toEqual({ marks: 0, fills: 0 });
      }),
      fcRuns(25),
    );
  });

  it("says how to recover when even the rollback fails", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 1));
    fake.beforeSync = (n) => {
      if (n === 4) fake.failAt = { sync: 4, op: 2, code: "GeneralException" };
      if (n === 5) fake.failAt = { sync: 5, op: 0, code: "GeneralException" };
    };
    const error = await hostErrorOf(host.check(SETTINGS));
    expect(error.messages.zh).toContain("清除标记");
    fake.beforeSync = null;
    fake.failAt = null;
    await host.clearMarks();
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });
});

describe("large workbooks", () => {
  it("reads a sheet past the 5 MB response limit in bounded bands and still marks the forms", async () => {
    const big: SheetGrid = {
      name: "明细",
      originRow: 0,
      originCol: 0,
      values: Array.from({ length: 12000 }, (_, i) => Array.from({ length: 10 }, (_, j) => `第${i}行第${j}列的明细数据`)),
    };
    const { fake, host } = excelWith([...seedWorkbook(2, 1), big]);
    const report = await host.check(SETTINGS);
    expect(report.tables).toHaveLength(2);
    expect(report.notices.some((n) => n.messages.en.includes("batches"))).toBe(true);
    expect(fake.syncs).toBeGreaterThan(4);
    expect(fake.syncs).toBeLessThanOrEqual(2 + 1 + 8 + 2);
    expect(fake.stats.filter((s) => s.responseBytes > 5 * 1024 * 1024)).toHaveLength(1);
    expect(fake.written.every((w) => w.sheet === "表1")).toBe(true);
    const before = fake.snapshot();
    await host.check(SETTINGS);
    expect(fake.snapshot()).toEqual(before);
  }, 60_000);

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name.startsWith("mergedAreaAtEdge")))(
    "reads a sheet of 40 forms (over 512 merged areas) in row bands, and judges it as if read at once; other sheets keep theirs (%s)",
    async (_, semantics) => {
      const grids = [...seedWorkbook(40, 1), ...seedWorkbook(2, 1).map((g) => ({ ...g, name: "另表" }))];
      expect(grids[0].merges!.length).toBeGreaterThan(512);
      const { fake, host } = excelWith(grids, "1.20", semantics);
      const report = await host.check(SETTINGS);
      const direct = checkWorkbook({ sheets: grids }).report;
      expect(report.tables.length).toBe(direct.tables.length);
      expect(report.issues).toEqual(direct.issues);
      expect(report.notices.filter((n) => n.messages.zh.includes("合并"))).toEqual([]);
      expect(fake.syncs).toBeLessThanOrEqual(2 + 2 + 4);
    },
  );

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name.startsWith("mergedAreaAtEdge")))(
    "joins again a merged area cut by a band's edge (forms packed with no empty row between them) (%s)",
    async (_, semantics) => {
      const packed = seedWorkbook(40, 1)[0];
      const keep = packed.values.map(
        (row, i) =>
          row.some((v) => v !== null && v !== "") ||
          packed.merges!.some((m) => m.top - packed.originRow < i && i <= m.bottom - packed.originRow),
      );
      const rowMap = new Map<number, number>();
      let next = 0;
      keep.forEach((k, i) => k && rowMap.set(i, next++));
      const grid: SheetGrid = {
        ...packed,
        values: packed.values.filter((_, i) => keep[i]),
        formulas: packed.formulas?.filter((_, i) => keep[i]),
        numberFormats: packed.numberFormats?.filter((_, i) => keep[i]),
        merges: packed.merges!.map((m) => ({
          ...m,
          top: rowMap.get(m.top - packed.originRow)! + packed.originRow,
          bottom: rowMap.get(m.bottom - packed.originRow)! + packed.originRow,
        })),
      };
      const { host } = excelWith([grid], "1.20", semantics);
      const report = await host.check(SETTINGS);
      const direct = checkWorkbook({ sheets: [grid] }).report;
      // Cut pieces are joined (clipped) or kept once (whole); only left-out areas (omitted) can be missed.
      if (semantics.mergedAreaAtEdge === "omitted") expect(report.tables.length).toBeGreaterThan(0);
      else expect(report.issues).toEqual(direct.issues);
    },
  );

  it("reads as unmerged, and says so, the rows whose merged areas cannot be read even one row at a time", async () => {
    const grids = seedWorkbook(1, 1);
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: 1000, left: 2 * i, bottom: 1000, right: 2 * i + 1 }));
    const wide: SheetGrid = { name: "合并", originRow: 1000, originCol: 0, values: [merges.flatMap(() => ["x", null])], merges };
    const { fake, host } = excelWith([...grids, wide], "1.20");
    const report = await host.check(SETTINGS);
    expect(report.tables).toHaveLength(1);
    expect(report.notices.filter((n) => n.messages.zh.includes("合并单元格读不出")).map((n) => n.sheet)).toEqual(["合并"]);
    expect(fake.written.length).toBeGreaterThan(0);
  });

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name === "overCellLimit=throws"))(
    "reads a sheet whose used range passes five million cells (one stray value far below) in bands, and says how much it read (%s)",
    async (_, semantics) => {
      const grids = seedWorkbook(2, 1);
      const stray: SheetGrid = { name: "杂项", originRow: 0, originCol: 0, values: [Array.from({ length: 10 }, (_, j) => `列${j}`)] };
      const { fake, host } = excelWith([...grids, stray], "1.20", semantics, {});
      setCell(fake.sheet("杂项"), 1_048_575, 9, { value: "末行" });
      const report = await host.check(SETTINGS);
      expect(report.tables).toHaveLength(2);
      expect(report.notices.some((n) => n.sheet === "杂项" && n.messages.zh.includes("只读取了前"))).toBe(true);
      expect(fake.written.every((w) => w.sheet === "表1")).toBe(true);
    },
    60_000,
  );

  it("gives too-large when even one band cannot be read", async () => {
    const wide: SheetGrid = {
      name: "宽",
      originRow: 0,
      originCol: 0,
      values: Array.from({ length: 40 }, () => Array.from({ length: 300 }, () => "很长的文本".repeat(60))),
    };
    const { fake, host } = excelWith([wide]);
    const error = await hostErrorOf(host.check(SETTINGS));
    expect(error.code).toBe("too-large");
    expect(fake.written).toEqual([]);
  });

  it("keeps the write of 50 forms with info marks and notes far under 5 MB, counted in UTF-8 with per-operation overhead", async () => {
    const { fake, host } = excelWith(seedWorkbook(50, 20));
    await host.check(ALL_SEVERITIES);
    const writes = fake.stats.slice(-3).map((s) => s.requestBytes);
    expect(Math.max(...writes)).toBeLessThan(1024 * 1024);
  });

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name === "requestSize=json-characters"))(
    "splits the writes of 校验 into requests under the write budget, with the same outcome as in one (%s)",
    async (_, semantics) => {
      const grids = seedWorkbook(200, 10);
      const whole = excelWith(grids, "1.20", semantics);
      await whole.host.check(ALL_SEVERITIES);
      const budget = 64 * 1024;
      const { fake, host } = excelWith(grids, "1.20", semantics, { writeBudget: budget });
      const before = fake.snapshot();
      await host.check(ALL_SEVERITIES);
      expect(fake.snapshot()).toEqual(whole.fake.snapshot());
      // Every write request, as the fake measured it (its own reading of the cost), stays near the budget.
      // The first write request carries the record, which is never split (one custom XML part).
      const [withRecord, ...writes] = fake.stats.slice(2);
      const record = fake.book.parts.find((p) => p.alive)!.xml;
      expect(writes.length).toBeGreaterThan(whole.fake.stats.length - 2);
      expect(Math.max(...writes.map((x) => x.requestBytes))).toBeLessThanOrEqual(budget * 1.1);
      expect(withRecord.requestBytes).toBeLessThanOrEqual(2 * new TextEncoder().encode(record).length + budget);
      // A second check replaces everything, its deletes split too, and 清除标记 takes all back.
      await host.check(ALL_SEVERITIES);
      expect(fake.snapshot()).toEqual(whole.fake.snapshot());
      expect((await host.clearMarks()).leftAlone).toEqual([]);
      expect(fake.snapshot()).toEqual(before);
    },
    60_000,
  );
});

describe("keeps cells it does not own", () => {
  it("leaves cells near the marks alone, with their fills", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    setCell(fake.sheet("表1"), 0, 20, { value: "备注", fill: "#00FF00" });
    await host.check(SETTINGS);
    expect(fake.written.some((w) => w.col === 20)).toBe(false);
  });
});
