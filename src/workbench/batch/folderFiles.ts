/** The names the workbench opens out of a folder; anything else in it is listed as skipped. */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|xlt|et|ett)$/i;

export const isWorkbookName = (name: string) => WORKBOOK_NAME.test(name) && !name.split(/[\\/]/).pop()!.startsWith("~$");

export interface PickedFile {
  /** Path inside the dropped or chosen folder ("年度/表.xlsx"), or the file's name. */
  path: string;
  file: File;
}

export interface FolderSplit {
  workbooks: PickedFile[];
  skipped: string[];
}

/** Workbooks to open and the rest skipped; files picked one by one are all tried (the reader says why one fails). */
export function splitPicked(picked: readonly PickedFile[], fromFolder: (p: PickedFile) => boolean): FolderSplit {
  const opens = (p: PickedFile) => !fromFolder(p) || isWorkbookName(p.path);
  return { workbooks: picked.filter(opens), skipped: picked.filter((p) => !opens(p)).map((p) => p.path) };
}

const byPath = new Intl.Collator("zh-CN", { numeric: true });

/** Every file under an entry of a drop, folders walked whole (readEntries hands them out in batches). */
async function filesUnder(entry: FileSystemEntry): Promise<PickedFile[]> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path, file }];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => byPath.compare(a.fullPath, b.fullPath));
  return (await Promise.all(children.map(filesUnder))).flat();
}

/**
 * What a drop holds: plain files as they are, folders walked. The entries must be taken while the drop event runs (the
 * list is emptied after it), so this is called from the handler and awaited after.
 */
export function droppedFiles(data: DataTransfer): Promise<FolderSplit> {
  const entries = [...data.items].map((item) => (item.kind === "file" ? (item.webkitGetAsEntry?.() ?? null) : null));
  const loose = [...data.files];
  if (!entries.some((e) => e?.isDirectory)) {
    return Promise.resolve({ workbooks: loose.map((file) => ({ path: file.name, file })), skipped: [] });
  }
  return (async () => {
    const picked: { p: PickedFile; folder: boolean }[] = [];
    for (const [i, entry] of entries.entries()) {
      if (entry?.isDirectory) for (const p of await filesUnder(entry)) picked.push({ p, folder: true });
      else if (entry) picked.push(...(await filesUnder(entry)).map((p) => ({ p, folder: false })));
      else if (loose[i]) picked.push({ p: { path: loose[i].name, file: loose[i] }, folder: false });
    }
    const folderOf = new Set(picked.filter((x) => x.folder).map((x) => x.p));
    return splitPicked(
      picked.map((x) => x.p),
      (p) => folderOf.has(p),
    );
  })();
}

/** The files of an <input webkitdirectory>: every one comes from the folder; in path order, as a drop gives them. */
export function chosenFolder(list: FileList | null): FolderSplit {
  const picked = [...(list ?? [])]
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    .sort((a, b) => byPath.compare(a.path, b.path));
  return splitPicked(picked, () => true);
}
