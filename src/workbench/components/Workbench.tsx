import { Button } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  CheckmarkStarburst20Regular,
  Dismiss12Regular,
  DismissSquareMultiple20Regular,
  DocumentAdd20Regular,
  FolderOpen20Regular,
  FolderZip20Regular,
  Open20Regular,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { App } from "../../ui/components/App";
import { chosenFolder, droppedFiles, type FolderSplit } from "../batch/folderFiles";
import { checkedFileName } from "../fileName";
import { SHELL_STRINGS } from "../strings";
import { isStale, type WorkbenchModel } from "../workbenchModel";
import { CellBar } from "./CellBar";
import { ProgressBar } from "./ProgressBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { clampWidth, SplitHandle } from "./SplitHandle";
import { SummaryTable } from "./SummaryTable";

export interface WorkbenchProps {
  model: WorkbenchModel;
  openSample(): void;
}

const picked = (list: FileList | null): FolderSplit => ({
  workbooks: [...(list ?? [])].map((file) => ({ path: file.name, file })),
  skipped: [],
});

const PANE_WIDTH_KEY = "selfeval.workbench.paneWidth";

function storedWidth(): number {
  try {
    return Number(window.localStorage.getItem(PANE_WIDTH_KEY)) || 400;
  } catch {
    return 400;
  }
}

/** What the file picker offers: the workbook names and types the workbench reads. */
const WORKBOOK_TYPES = [
  ".xlsx,.xlsm,.xls,.xlt,.et,.ett",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
].join(",");
const GRID_ID = "wb-grid";
const CELLBAR_ID = "wb-cellbar";

/** The page: files and actions on top, the active sheet's grid on the left, the same task pane as in Excel on the right. */
export function Workbench({ model, openSample }: WorkbenchProps) {
  const state = useSyncExternalStore(model.subscribe, model.getState);
  const t = SHELL_STRINGS[state.lang];
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const active = model.fileView(state.active);

  const folderPicker = useRef<HTMLInputElement>(null);
  const [paneWidth, setPaneWidth] = useState(storedWidth);
  const [maxWidth, setMaxWidth] = useState(() => Math.round(window.innerWidth * 0.7));
  // The page's first screen: the pane first, the grid (the larger part to draw) in the task after.
  const [gridShown, setGridShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGridShown(true), 0);
    return () => clearTimeout(timer);
  }, []);

  const open = useCallback(
    (split: FolderSplit | Promise<FolderSplit>) =>
      void Promise.resolve(split).then(async ({ workbooks, skipped }) => {
        const files = await Promise.all(workbooks.map(async (p) => ({ name: p.file.name, bytes: await p.file.arrayBuffer() })));
        await model.open(files, skipped);
      }),
    [model],
  );

  useEffect(() => {
    // webkitdirectory is not in React's attribute list: set on the element itself.
    folderPicker.current?.setAttribute("webkitdirectory", "");
    const resize = () => setMaxWidth(Math.round(window.innerWidth * 0.7));
    window.addEventListener("resize", resize);
    return () => window.removeEventListener("resize", resize);
  }, []);

  const resizePane = useCallback((width: number) => {
    setPaneWidth(width);
    try {
      window.localStorage.setItem(PANE_WIDTH_KEY, String(width));
    } catch {
      // Not kept: the width holds for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = t.appTitle;
  }, [state.lang, t]);

  // Files dropped anywhere on the page open; the browser must not navigate to them.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (e.dataTransfer) open(droppedFiles(e.dataTransfer));
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [open]);

  const busy = state.activity.running > 0 || state.batch !== null;
  const fileStatus = (f: (typeof state.files)[number]) =>
    f.status !== "idle" ? f.status : f.report ? (isStale(f, state.settingsKey) ? "stale" : "checked") : null;

  return (
    <div className="wb">
      <a className="wb-skip" href="#wb-pane">
        {t.skipToPane}
      </a>
      <header className="wb-header">
        <div className="wb-toolbar">
          <h1 className="wb-title">{t.appTitle}</h1>
          <Button icon={<Open20Regular />} onClick={() => picker.current?.click()}>
            {t.openFiles}
          </Button>
          <input
            ref={picker}
            type="file"
            multiple
            accept={WORKBOOK_TYPES}
            hidden
            data-testid="file-input"
            onChange={(e) => {
              open(picked(e.currentTarget.files));
              e.currentTarget.value = "";
            }}
          />
          <Button icon={<FolderOpen20Regular />} onClick={() => folderPicker.current?.click()}>
            {t.openFolder}
          </Button>
          <input
            ref={folderPicker}
            type="file"
            multiple
            hidden
            data-testid="folder-input"
            onChange={(e) => {
              open(chosenFolder(e.currentTarget.files));
              e.currentTarget.value = "";
            }}
          />
          <Button icon={<DocumentAdd20Regular />} onClick={openSample}>
            {t.openSample}
          </Button>
          <Button
            appearance="primary"
            icon={<ArrowDownload20Regular />}
            disabled={!active || busy}
            title={active ? t.downloadTitle(checkedFileName(active.book.name)) : undefined}
            onClick={() => active && void model.download(active.book.file)}
          >
            {t.download}
          </Button>
          <Button icon={<CheckmarkStarburst20Regular />} disabled={state.files.length === 0 || busy} onClick={() => void model.checkAll()}>
            {t.checkAll}
          </Button>
          <Button
            icon={<FolderZip20Regular />}
            disabled={state.files.length === 0 || busy}
            title={t.downloadAllTitle}
            onClick={() => void model.downloadAll()}
          >
            {t.downloadAll}
          </Button>
          <Button
            icon={<DismissSquareMultiple20Regular />}
            disabled={state.files.length === 0 || busy}
            onClick={() => void model.closeAll()}
          >
            {t.closeAll}
          </Button>
          <ProgressBar activity={state.activity} strings={t} />
          {state.batch && (
            <span className="wb-batch" role="status">
              <progress
                max={state.batch.total}
                value={state.batch.done}
                aria-label={t.batchProgress(state.batch.kind, state.batch.done, state.batch.total, null)}
              />{" "}
              {t.batchProgress(state.batch.kind, state.batch.done, state.batch.total, state.batch.current)}
            </span>
          )}
          <span className="wb-muted wb-privacy">{t.privacy}</span>
        </div>
        {state.files.length > 0 && (
          <nav aria-label={t.filesLabel} className="wb-files">
            <ul>
              {state.files.map((f) => (
                <li key={f.book.file} className={f.book.file === state.active ? "wb-file wb-file-on" : "wb-file"}>
                  <button
                    type="button"
                    className="wb-file-name"
                    aria-current={f.book.file === state.active ? "true" : undefined}
                    onClick={() => model.activate(f.book.file)}
                  >
                    {f.book.name}
                    {fileStatus(f) && <span className={`wb-file-status wb-file-${fileStatus(f)}`}> · {t.fileStatus[fileStatus(f)!]}</span>}
                  </button>
                  <button
                    type="button"
                    className="wb-file-close"
                    aria-label={t.closeFile(f.book.name)}
                    title={t.closeFile(f.book.name)}
                    onClick={() => void model.close(f.book.file)}
                  >
                    <Dismiss12Regular />
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {state.mode === "page" && <p className="wb-note">{t.inPage}</p>}
        {state.messages.map((m) => (
          <div
            key={m.id}
            className={m.kind === "info" ? "wb-message" : `wb-message wb-message-${m.kind}`}
            role={m.kind === "info" ? "status" : "alert"}
          >
            <span>{m.text[state.lang]}</span>
            <button type="button" className="wb-file-close" aria-label={t.dismiss} title={t.dismiss} onClick={() => model.dismiss(m.id)}>
              <Dismiss12Regular />
            </button>
          </div>
        ))}
      </header>
      <div className="wb-body-row">
        <section className="wb-sheet-area" aria-label={active ? active.book.name : t.appTitle}>
          {state.files.length + state.unreadable.length >= 2 && (
            <SummaryTable
              rows={model.rows()}
              files={state.files.length}
              strings={t}
              lang={state.lang}
              onGo={(file, sheet, row, col) => model.selectCell(file, sheet, row, col, true)}
              onExport={(kind, rows) => void model.exportSummary(kind, rows)}
            />
          )}
          {active && !gridShown ? null : active ? (
            <>
              {active.book.notices.map((n, i) => (
                <p key={i} className="wb-note">
                  {n.sheet}: {n.messages[state.lang]}
                </p>
              ))}
              <CellBar id={CELLBAR_ID} book={active.book} sheetName={active.sheet} selection={active.selection} strings={t} />
              <div id={GRID_ID} className="wb-grid-wrap" role="tabpanel" aria-label={t.gridLabel(active.sheet)}>
                <SheetGrid
                  book={active.book}
                  sheetName={active.sheet}
                  version={active.version}
                  selection={active.selection}
                  scrollSerial={active.scrollSerial}
                  strings={t}
                  describedBy={CELLBAR_ID}
                  onSelect={(row, col) => model.selectCell(active.book.file, active.sheet, row, col, true)}
                />
              </div>
              <SheetTabs
                sheets={active.book.mirror.workbook.sheets.map((s) => s.name)}
                active={active.sheet}
                gridId={GRID_ID}
                strings={t}
                onShow={(sheet) => model.showSheet(active.book.file, sheet)}
              />
            </>
          ) : (
            <div className="wb-empty">
              <p>{t.empty}</p>
              <p className="wb-muted">{t.privacy}</p>
            </div>
          )}
        </section>
        <SplitHandle width={clampWidth(paneWidth, maxWidth)} max={maxWidth} label={t.splitLabel} onResize={resizePane} />
        <div id="wb-pane" className="wb-pane" tabIndex={-1} aria-label={t.paneLabel} style={{ width: clampWidth(paneWidth, maxWidth) }}>
          {state.files.map((f) => (
            <div key={`${f.book.file}:${f.paneEpoch}`} hidden={f.book.file !== state.active} data-pane-file={f.book.name}>
              <App host={f.host} />
            </div>
          ))}
        </div>
      </div>
      {dragging && (
        <div className="wb-drop" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </div>
  );
}
