import { readFileLog } from "../../hosts/browser/fileLog";
import type { MirrorOp } from "../../hosts/browser/protocol";
import { joinLogChunks, type LogChunk } from "./logChunks";

const A: MirrorOp = { op: "removeMarks", purpose: "check" };
const B: MirrorOp = { op: "removeMarks", purpose: "fill" };
const chunks = (...logs: unknown[]): LogChunk[] => logs.map((log, seq) => ({ key: "k", seq, log }));

describe("joinLogChunks", () => {
  it.each<[string, LogChunk[], unknown]>([
    ["no chunk: a file kept before logs were", [], undefined],
    ["one chunk: its log as stored", chunks({ ops: [A], record: { text: "r" } }), { ops: [A], record: { text: "r" } }],
    ["one chunk given up", chunks(null), null],
    ["ops one after the other", chunks({ ops: [A] }, { ops: [B] }, { ops: [A] }), { ops: [A, B, A] }],
    [
      "the last record written",
      chunks({ ops: [], record: { text: "1" } }, { ops: [A], record: { text: null } }, { ops: [B] }),
      {
        ops: [A, B],
        record: { text: null },
      },
    ],
    ["given up once one is null", chunks({ ops: [A] }, null), null],
  ])("%s", (_what, given, expected) => {
    expect(joinLogChunks(given)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ["a chunk not an object", [{ ops: [A] }, "ops"]],
    ["a chunk whose ops are not a list", [{ ops: [A] }, { ops: { 0: A } }]],
    ["a chunk that is a list", [{ ops: [A] }, [A]]],
  ])("chunks that do not join come back as no log at all: %s", (_what, logs) => {
    expect(readFileLog(joinLogChunks(chunks(...logs)))).toBeNull();
  });
});
