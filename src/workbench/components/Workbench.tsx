import { Button } from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss12Regular, DocumentAdd20Regular, Open20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { App } from "../../ui/components/App";
import { checkedFileName } from "../fileName";
import { SHELL_STRINGS } from "../strings";
import type { LoadedFile, WorkbenchModel } from "../workbenchModel";
import { CellBar } from "./CellBar";
import { ProgressBar } from "./ProgressBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { SummaryTable } from "./SummaryTable";

export interface WorkbenchProps {
  model: WorkbenchModel;
  openSample(): void;
}

async function loadFiles(list: FileList | null): Promise<LoadedFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

const GRID_ID = "wb-grid";
const CELLBAR_ID = "wb-cellbar";

/** The page: files and actions on top, the active sheet's grid on the left, the same task pane as in Excel on the right. */
export function Workbench({ model, openSample }: WorkbenchProps) {
  const state = useSyncExternalStore(model.subscribe, model.getState);
  const t = SHELL_STRINGS[state.lang];
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const active = model.fileView(state.active);

  const open = useCallback((list: FileList | null) => void loadFiles(list).then((files) => model.open(files)), [model]);

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
      open(e.dataTransfer?.files ?? null);
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

  const busy = state.activity.running > 0;

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
            accept=".xlsx,.xlsm,.xls,.xlt,.et,.ett,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
            hidden
            data-testid="file-input"
            onChange={(e) => {
              open(e.currentTarget.files);
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
          <ProgressBar activity={state.activity} strings={t} />
          <span className="wb-muted wb-privacy">{t.privacy}</span>
        </div>
        {state.files.length > 0 && (
          <nav aria-label={t.filesLabel} className="wb-files">
            <ul>
              {state.files.map((f) => (
                <li key={f.book.file} className={f.book.file === state.active ? "wb-file wb-file-on" : "wb-file"}>
                  <button type="button" className="wb-file-name" aria-current={f.book.file === state.active ? "true" : undefined} onClick={() => model.activate(f.book.file)}>
                    {f.book.name}
                  </button>
                  <button type="button" className="wb-file-close" aria-label={t.closeFile(f.book.name)} title={t.closeFile(f.book.name)} onClick={() => void model.close(f.book.file)}>
                    <Dismiss12Regular />
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {state.mode === "page" && <p className="wb-note">{t.inPage}</p>}
        {state.messages.map((m) => (
          <div key={m.id} className={m.kind === "info" ? "wb-message" : `wb-message wb-message-${m.kind}`} role={m.kind === "info" ? "status" : "alert"}>
            <span>{m.text[state.lang]}</span>
            <button type="button" className="wb-file-close" aria-label={t.dismiss} title={t.dismiss} onClick={() => model.dismiss(m.id)}>
              <Dismiss12Regular />
            </button>
          </div>
        ))}
      </header>
      <div className="wb-body-row">
        <section className="wb-sheet-area" aria-label={active ? active.book.name : t.appTitle}>
          {state.files.length >= 2 && (
            <SummaryTable files={state.files} strings={t} onGo={(file, sheet, row, col) => model.selectCell(file, sheet, row, col, true)} />
          )}
          {active ? (
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
        <div id="wb-pane" className="wb-pane" tabIndex={-1} aria-label={t.paneLabel}>
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
