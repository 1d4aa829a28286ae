import type { Reviews } from "../../app/review/decision";
import type { FileLog } from "../../hosts/browser/protocol";

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
  setLog(key: string, log: FileLog | null): Promise<void>;
  remove(key: string): Promise<void>;
}

const DB = "selfeval-workbench";
const STORE = "files";

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The IndexedDB store, or null where the page may not use it (file://, private modes that refuse it). */
export async function openFileStore(): Promise<FileStore | null> {
  if (typeof indexedDB === "undefined") return null;
  let db: IDBDatabase;
  try {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    db = await done(request);
  } catch {
    return null;
  }
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    async list() {
      const all = await done(store("readonly").getAll() as IDBRequest<StoredFile[]>);
      return all.sort((a, b) => a.opened - b.opened);
    },
    async put(file) {
      await done(store("readwrite").put(file));
    },
    async setReviews(key, reviews) {
      const s = store("readwrite");
      const file = await done(s.get(key) as IDBRequest<StoredFile | undefined>);
      if (file) await done(s.put({ ...file, reviews }));
    },
    async setLog(key, log) {
      const s = store("readwrite");
      const file = await done(s.get(key) as IDBRequest<StoredFile | undefined>);
      if (file) await done(s.put({ ...file, log }));
    },
    async remove(key) {
      await done(store("readwrite").delete(key));
    },
  };
}
