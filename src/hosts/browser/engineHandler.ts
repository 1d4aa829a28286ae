import { checkWorkbook, type SheetGrid } from "../../engine";
import type { PaneHost } from "../../app/host";
import { createSessionHost, sampleFromSeed } from "../../app/session/sessionHost";
import { formFacts } from "../../app/review/formFacts";
import { decodeRecord, encodeRecord } from "../../app/ownership/recordCodec";
import { EMPTY_RECORD, usableRecord } from "../../app/ownership/record";
import { hasReviews } from "../../app/review/decision";
import { copyOpinion } from "./copyOpinion";
import { readFileLog, replayLog } from "./fileLog";
import { toFailure } from "./failure";
import type { EngineRequest, EngineResponse, Progress, SessionMethod } from "./protocol";
import { RecordingSpreadsheet } from "./recordingSpreadsheet";

type XlsxSide = typeof import("./xlsxSide");

/** exceljs and the readers come at the first file read or copy written, in a chunk of their own. */
const loadXlsxSide = (): Promise<XlsxSide> => import(/* webpackChunkName: "xlsx" */ "./xlsxSide");

export interface EngineOptions {
  /** The seed's text, for 插入示例. */
  sampleText?: () => string;
  maxCellsPerSheet?: number;
  /** Where the reader and writer come from (default: their own chunk, loaded when first needed). */
  xlsx?: () => Promise<XlsxSide>;
}

export interface Handled {
  response: EngineResponse;
  /** Buffers to move (not copy) to the page. */
  transfer: ArrayBuffer[];
}

export { toFailure };

export type EngineHandler = (request: EngineRequest, progress: (p: Progress) => void) => Promise<Handled>;

interface Session {
  name: string;
  bytes: Uint8Array;
  sheet: RecordingSpreadsheet;
  host: PaneHost;
}

const SESSION_METHODS: readonly SessionMethod[] = [
  "check",
  "previewFill",
  "fill",
  "clearMarks",
  "undoFill",
  "exportReportSheet",
  "exportOpinionSheet",
  "insertSample",
  "state",
  "loadReviews",
  "saveReviews",
  "formFacts",
];

const STAGE_OF: Partial<Record<SessionMethod, Progress["stage"]>> = {
  check: "checking",
  previewFill: "checking",
  fill: "filling",
  insertSample: "checking",
};

function sampleOf(options: EngineOptions): (() => SheetGrid) | undefined {
  const text = options.sampleText;
  return text ? () => sampleFromSeed(text()) : undefined;
}

/** A buffer holding exactly these bytes, safe to transfer. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/**
 * The record an annotated copy or WPS saved with the file, as the session starts from it: its decisions only. The notes
 * it names stay the user's here, since a download replays no deletion of a note. A refused record stays as read, so
 * that the pane says why it is not used.
 */
function decisionsOf(text: string | null): string | null {
  const read = decodeRecord(text);
  if (read.status !== "ok") return text;
  return hasReviews(read.record.reviews) ? encodeRecord({ ...EMPTY_RECORD, reviews: read.record.reviews }) : null;
}

const LOG_UNREADABLE = {
  zh: "保存的改动记录无法读取。",
  en: "The saved record of changes cannot be read.",
};

/**
 * The engine's side of the workbench: every opened file as a session (its bytes, its in-memory workbook, the pane host
 * over it). Runs in the Web Worker, or in the page where no worker can start; knows nothing of either.
 */
export function createEngineHandler(options: EngineOptions = {}): EngineHandler {
  const sessions = new Map<number, Session>();
  let nextId = 1;
  const xlsx = options.xlsx ?? loadXlsxSide;

  const sessionOf = (file: number): Session => {
    const s = sessions.get(file);
    if (!s) throw { name: "HostError", code: "workbook-changed", messages: { zh: "该文件已关闭。", en: "That file has been closed." } };
    return s;
  };

  return async (request, progress) => {
    switch (request.op) {
      case "open": {
        const bytes = new Uint8Array(request.bytes);
        progress({ stage: "reading", done: 0, total: 1 });
        const read = request.read ?? (await (await xlsx()).readFile(bytes, request.name, options.maxCellsPerSheet, progress));
        const { grid, decor, notices } = read;
        const sheet = new RecordingSpreadsheet(grid, { colors: new Map(decor.colors), notes: new Map(decor.notes), marks: decor.marks });
        sheet.plantRecordText(decisionsOf(read.recordText));
        const file = request.file ?? nextId;
        nextId = Math.max(nextId, file + 1);
        const host = createSessionHost(sheet, { sample: sampleOf(options), file: request.name });
        sessions.set(file, { name: request.name, bytes, sheet, host });
        return { response: { op: "open", opened: { file, name: request.name, grid, decor, notices } }, transfer: [] };
      }
      case "call": {
        const session = sessionOf(request.file);
        if (!SESSION_METHODS.includes(request.method)) throw new Error(`unknown call ${String(request.method)}`);
        const stage = STAGE_OF[request.method];
        if (stage) progress({ stage, done: 0, total: 1 });
        const method = session.host[request.method] as (...args: unknown[]) => Promise<unknown>;
        try {
          const result = await method.apply(session.host, request.args);
          return { response: { op: "call", result: result ?? null, delta: session.sheet.takeDelta() }, transfer: [] };
        } catch (e) {
          // A failed call leaves the workbook as it was, or as far as it got: the page's copy must follow either way.
          const delta = session.sheet.takeDelta();
          throw Object.assign(toFailure(e), { delta });
        }
      }
      case "judge": {
        const session = sessionOf(request.file);
        progress({ stage: "checking", done: 0, total: 1 });
        const { profile, lang } = request.settings;
        const checked = checkWorkbook(session.sheet.readGrid(), { profile, lang, file: session.name });
        return { response: { op: "judge", report: checked.report, facts: formFacts(checked.forms) }, transfer: [] };
      }
      case "download": {
        const session = sessionOf(request.file);
        progress({ stage: "writing", done: 0, total: 1 });
        const record = decodeRecord(session.sheet.readRecordText());
        const { written } = session.sheet;
        const reviews = usableRecord(record).reviews;
        const opinion = request.settings && copyOpinion(session.sheet.readGrid(), session.name, request.settings, reviews, written);
        const sheets = opinion ? [...written, opinion] : written;
        const copy = await (await xlsx()).writeCopy(session.bytes, session.sheet.copyEdits(), sheets, session.name, record);
        const buffer = ownBuffer(copy.bytes);
        const download = { bytes: buffer, applied: copy.applied, skipped: copy.skipped, lost: copy.lost };
        return { response: { op: "download", download }, transfer: [buffer] };
      }
      case "close":
        sessions.delete(request.file);
        return { response: { op: "close" }, transfer: [] };
      case "replay": {
        const session = sessionOf(request.file);
        // The page read the log from its store: read it again here, where it runs.
        const log = readFileLog(request.log);
        if (!log) throw { name: "HostError", code: "unreadable", messages: LOG_UNREADABLE };
        try {
          replayLog(session.sheet, log);
        } catch (e) {
          // Half replayed: this session is no longer the file's; the page opens the file afresh.
          sessions.delete(request.file);
          throw e;
        } finally {
          session.sheet.takeDelta();
        }
        return { response: { op: "replay" }, transfer: [] };
      }
    }
  };
}
