import type ExcelJS from "exceljs";
import { checkWorkbook, type SheetGrid, type WorkbookGrid } from "../../engine";
import type { PaneHost } from "../../app/host";
import { createSessionHost, sampleFromSeed } from "../../app/session/sessionHost";
import { formFacts } from "../../app/review/formFacts";
import { isCompoundFile, legacyCopyNotice } from "../legacy";
import { lostPartsText } from "../xlsx/lostParts";
import { loadWorkbook } from "../xlsx/readBytes";
import { ownRecordSheet, readRecordText } from "../xlsx/recordSheet";
import { decodeRecord, encodeRecord } from "../../app/ownership/recordCodec";
import { EMPTY_RECORD } from "../../app/ownership/record";
import { hasReviews } from "../../app/review/decision";
import { cutNotice, DEFAULT_MAX_CELLS_PER_SHEET, sheetToGrid } from "../xlsx/sheetGrid";
import { buildAnnotatedCopy } from "./annotatedCopy";
import { toFailure } from "./failure";
import type { EngineRequest, EngineResponse, Progress, ReadNoticeData, SessionMethod } from "./protocol";
import { readDecor } from "./readDecor";
import { RecordingSpreadsheet } from "./recordingSpreadsheet";

export interface EngineOptions {
  /** The seed's text, for 插入示例. */
  sampleText?: () => string;
  maxCellsPerSheet?: number;
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
];

const STAGE_OF: Partial<Record<SessionMethod, Progress["stage"]>> = { check: "checking", previewFill: "checking", fill: "filling", insertSample: "checking" };

function sampleOf(options: EngineOptions): (() => SheetGrid) | undefined {
  const text = options.sampleText;
  return text ? () => sampleFromSeed(text()) : undefined;
}

/** A buffer holding exactly these bytes, safe to transfer. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

function toGrid(wb: ExcelJS.Workbook, maxCells: number, progress: (p: Progress) => void): { grid: WorkbookGrid; notices: ReadNoticeData[] } {
  const date1904 = Boolean(wb.properties?.date1904);
  const grid: WorkbookGrid = { sheets: [] };
  const notices: ReadNoticeData[] = [];
  const total = wb.worksheets.length;
  const record = ownRecordSheet(wb);
  wb.worksheets.forEach((ws, i) => {
    progress({ stage: "converting", done: i, total });
    if (ws === record) return;
    const { grid: sheet, cut } = sheetToGrid(ws, date1904, maxCells);
    grid.sheets.push(sheet);
    if (cut) notices.push({ sheet: ws.name, messages: cutNotice(cut) });
  });
  return { grid, notices };
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

/**
 * The engine's side of the workbench: every opened file as a session (its bytes, its in-memory workbook, the pane host
 * over it). Runs in the Web Worker, or in the page where no worker can start; knows nothing of either.
 */
export function createEngineHandler(options: EngineOptions = {}): EngineHandler {
  const sessions = new Map<number, Session>();
  let nextId = 1;

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
        const wb = await loadWorkbook(bytes, request.name);
        const { grid, notices } = toGrid(wb, options.maxCellsPerSheet ?? DEFAULT_MAX_CELLS_PER_SHEET, progress);
        if (isCompoundFile(bytes)) notices.unshift({ sheet: request.name, messages: legacyCopyNotice(request.name) });
        const decor = readDecor(wb, grid);
        const sheet = new RecordingSpreadsheet(grid, { fills: new Map(decor.fills), notes: new Map(decor.notes), marks: decor.marks });
        sheet.plantRecordText(decisionsOf(readRecordText(wb)));
        const file = nextId++;
        sessions.set(file, { name: request.name, bytes, sheet, host: createSessionHost(sheet, { sample: sampleOf(options) }) });
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
        const copy = await buildAnnotatedCopy(session.bytes, session.sheet.copyEdits(), session.sheet.written, session.name, record);
        const buffer = ownBuffer(copy.bytes);
        const download = { bytes: buffer, applied: copy.applied, skipped: copy.skipped, lost: lostPartsText(copy.lost) };
        return { response: { op: "download", download }, transfer: [buffer] };
      }
      case "close":
        sessions.delete(request.file);
        return { response: { op: "close" }, transfer: [] };
    }
  };
}
