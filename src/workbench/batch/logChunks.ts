/**
 * A file's log as the store keeps it: chunks, one per write, so that a call's changes are added without writing the
 * log again. A chunk holds a part of the log ({ ops, record? }, the ops after the earlier chunks'), or null for a log
 * given up (too long). Read back they are untrusted: joined here as they are, then read by readFileLog like any log.
 */
import { isObject } from "../../app/isObject";

export interface LogChunk {
  /** The file's key. */
  key: string;
  /** Its place among the file's chunks, from 0. */
  seq: number;
  log: unknown;
}

/** Stands for chunks that do not join: readFileLog refuses it, so the file comes back as first opened. */
const NOT_A_LOG = "chunks that do not join";

/**
 * The log the chunks (in seq order) make: undefined without any (a file kept before logs were), the one chunk's own
 * log, else their ops one after the other with the last record written; null once one is null.
 */
export function joinLogChunks(chunks: readonly LogChunk[]): unknown {
  if (chunks.length === 0) return undefined;
  if (chunks.length === 1) return chunks[0].log;
  if (chunks.some((c) => c.log === null)) return null;
  if (!chunks.every((c) => isObject(c.log) && Array.isArray(c.log.ops))) return NOT_A_LOG;
  const parts = chunks.map((c) => c.log as { ops: unknown[]; record?: unknown });
  const record = [...parts].reverse().find((p) => p.record !== undefined)?.record;
  const ops = parts.flatMap((p) => p.ops);
  return record === undefined ? { ops } : { ops, record };
}
