import type { Reviews } from "../../app/review/decision";
import type { FileLog } from "../../hosts/browser/protocol";
import { joinLogChunks, type LogChunk } from "./logChunks";

/** An opened file as kept across reloads: its bytes as opened, and the decisions recorded on it since. */
export interface StoredFile {
  key: string;
  name: string;
  bytes: ArrayBuffer;
  reviews: Reviews | null;
  /** When it was opened (ms): files come back in the order they were opened. */
  opened: number;
  /**
   * What the add-in did to it since it was opened, replayed after a reload; null when it could not be kept (too long, a
   * write refused); absent in files kept before logs were. Read back, it is untrusted: see readFileLog.
   */
  log?: FileLog | null;
}

/** Where the workbench keeps its opened files; the page's IndexedDB, or nothing (tests, a browser that refuses it). */
export interface FileStore {
  list(): Promise<StoredFile[]>;
  put(file: StoredFile): Promise<void>;
  setReviews(key: string, reviews: Reviews): Promise<void>;
  /** Replaces the file's log (null: given up). */
  setLog(key: string, log: FileLog | null): Promise<void>;
  /** Adds a call's changes (keptOf) after the file's log as stored, without writing the log again. */
  appendLog(key: string, part: FileLog): Promise<void>;
  remove(key: string): Promise<void>;
}

const DB = "selfeval-workbench";
/** 1: logs inside the file's record (rewritten with the bytes on every write). 2: logs in chunks of their own. */
const VERSION = 2;
const FILES = "files";
const LOGS = "logs";

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const finished = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("aborted"));
  });

/** Every chunk of one file's log, in order. */
const chunksOf = (key: string) => IDBKeyRange.bound([key, 0], [key, Infinity]);

/** The file's record without its log, and the log as its first chunk (absent: kept before logs were). */
export function splitStoredFile(file: StoredFile): { record: Omit<StoredFile, "log">; chunk: LogChunk | null } {
  const { log, ...record } = file;
  return { record, chunk: log === undefined ? null : { key: file.key, seq: 0, log } };
}

/** Version 1 kept each log in its file's record: moved, as stored (still untrusted), to the logs' own store. */
function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(FILES, { keyPath: "key" });
  if (oldVersion < 2) {
    const logs = db.createObjectStore(LOGS, { keyPath: ["key", "seq"] });
    const files = tx.objectStore(FILES);
    files.openCursor().onsuccess = (e) => {
      const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      const { record, chunk } = splitStoredFile(cursor.value as StoredFile);
      if (chunk) {
        logs.put(chunk);
        cursor.update(record);
      }
      cursor.continue();
    };
  }
}

/** The IndexedDB store, or null where the page may not use it (file://, private modes that refuse it). */
export async function openFileStore(): Promise<FileStore | null> {
  if (typeof indexedDB === "undefined") return null;
  let db: IDBDatabase;
  try {
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = (e) => upgrade(request.result, request.transaction!, e.oldVersion);
    db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => {
        // A page of a later version (another tab) must not wait for this one to close to upgrade the store.
        request.result.onversionchange = () => request.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
      // Another tab holds the store at an earlier version: this visit goes without keeping files rather than wait for it.
      request.onblocked = () => reject(new Error("blocked"));
    });
  } catch {
    return null;
  }
  const files = (mode: IDBTransactionMode) => db.transaction(FILES, mode).objectStore(FILES);
  return {
    async list() {
      const tx = db.transaction([FILES, LOGS], "readonly");
      const [all, chunks] = await Promise.all([
        done(tx.objectStore(FILES).getAll() as IDBRequest<StoredFile[]>),
        done(tx.objectStore(LOGS).getAll() as IDBRequest<LogChunk[]>),
      ]);
      const byFile = new Map<string, LogChunk[]>();
      for (const c of chunks) {
        const ofFile = byFile.get(c.key);
        if (ofFile) ofFile.push(c);
        else byFile.set(c.key, [c]);
      }
      // The log as stored (chunks come in key order: by file, then seq), for readFileLog to judge.
      const withLog = all.map((f) => {
        const log = joinLogChunks(byFile.get(f.key) ?? []) as StoredFile["log"];
        return log === undefined ? f : { ...f, log };
      });
      return withLog.sort((a, b) => a.opened - b.opened);
    },
    async put(file) {
      const { record, chunk } = splitStoredFile(file);
      const tx = db.transaction([FILES, LOGS], "readwrite");
      tx.objectStore(FILES).put(record);
      tx.objectStore(LOGS).delete(chunksOf(file.key));
      if (chunk) tx.objectStore(LOGS).put(chunk);
      await finished(tx);
    },
    async setReviews(key, reviews) {
      const s = files("readwrite");
      const file = await done(s.get(key) as IDBRequest<StoredFile | undefined>);
      if (file) await done(s.put({ ...file, reviews }));
    },
    async setLog(key, log) {
      const tx = db.transaction(LOGS, "readwrite");
      tx.objectStore(LOGS).delete(chunksOf(key));
      tx.objectStore(LOGS).put({ key, seq: 0, log } satisfies LogChunk);
      await finished(tx);
    },
    async appendLog(key, part) {
      const tx = db.transaction(LOGS, "readwrite");
      const s = tx.objectStore(LOGS);
      s.openCursor(chunksOf(key), "prev").onsuccess = (e) => {
        const last = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        s.put({ key, seq: last ? (last.value as LogChunk).seq + 1 : 0, log: part } satisfies LogChunk);
      };
      await finished(tx);
    },
    async remove(key) {
      const tx = db.transaction([FILES, LOGS], "readwrite");
      tx.objectStore(FILES).delete(key);
      tx.objectStore(LOGS).delete(chunksOf(key));
      await finished(tx);
    },
  };
}
