import { Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from "react";
import type { PaneHost } from "../../app/host";
import { DICTIONARIES, LangContext } from "../i18n";
import { usePane } from "../state/usePane";
import { openCounts } from "../state/findings";
import { useFocusReturn } from "./useFocusReturn";
import { Intro } from "./Intro";
import { LiveRegion } from "./LiveRegion";
import { OpinionBar } from "./OpinionBar";
import { ResultHeader } from "./ResultHeader";
import { PaneToolbar } from "./PaneToolbar";
import { RecordProblemBar } from "./RecordProblemBar";
// Not on the first screen: loaded when first shown (lazyParts.tsx).
import {
  ErrorBar,
  ExportBar,
  FillPreviewDialog,
  FindingList,
  FormSummaries,
  preloadPanePartsWhenIdle,
  SettingsPanel,
  TakeBackResult,
} from "./lazyParts";

/** 自检 is opened rarely: its panel loads on demand, not with the pane. */
const SelfTestPanel = lazy(() =>
  import(/* webpackChunkName: "selftest-panel" */ "./SelfTestPanel").then((m) => ({ default: m.SelfTestPanel })),
);

/** The 审核意见 print view is shown on demand only. */
const OpinionPrint = lazy(() =>
  import(/* webpackChunkName: "opinion-print" */ "./OpinionPrint").then((m) => ({ default: m.OpinionPrint })),
);

/** Printing the pane itself: the results as one list, without the controls around them. */
const PANE_PRINT_CSS = `@media print {
  [data-print="no"], [role="progressbar"] { display: none !important; }
  li { break-inside: avoid; }
}`;

/** The task pane. It knows its host only through PaneHost, so Excel, WPS and the browser workbench share it. */
export function App({ host }: { host: PaneHost }) {
  const pane = usePane(host);
  const { settings, report, busy, error, actions } = pane;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  const settingsId = useId();
  const decisions = pane.reviews;
  const open = useMemo(() => (report ? openCounts(report, decisions.now?.findings ?? null) : []), [report, decisions.now]);
  const lang = settings.lang;
  const strings = useMemo(() => ({ lang, t: DICTIONARIES[lang] }), [lang]);
  const t = strings.t;
  const fillOpener = useRef<HTMLElement | null>(null);
  useFocusReturn(pane.preview !== null, fillOpener);
  useEffect(preloadPanePartsWhenIdle, []);

  return (
    <LangContext.Provider value={strings}>
      <main
        lang={lang === "zh" ? "zh-CN" : "en"}
        style={{ padding: 10, display: "flex", flexDirection: "column", gap: 8, color: tokens.colorNeutralForeground1 }}
      >
        <style>{PANE_PRINT_CSS}</style>
        <Text as="h1" weight="semibold" size={500} style={{ margin: 0 }}>
          {t.appTitle}
        </Text>
        <PaneToolbar
          busy={busy}
          hostState={pane.hostState}
          settingsOpen={settingsOpen}
          settingsId={settingsId}
          onCheck={() => void actions.check()}
          onFill={() => {
            fillOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            void actions.openFillPreview();
          }}
          onClearMarks={() => void actions.clearMarks()}
          onUndoFill={() => void actions.undoFill()}
          onToggleSettings={() => setSettingsOpen((o) => !o)}
        />
        {busy && <Spinner size="tiny" label={t.busy} labelPosition="after" />}
        <LiveRegion announcement={pane.announcement} />
        {error && <ErrorBar error={error} onDismiss={actions.dismissError} />}
        {pane.hostState.recordProblem && <RecordProblemBar reason={pane.hostState.recordProblem} />}
        {pane.takeBack && (
          <TakeBackResult
            shown={pane.takeBack}
            recordShown={!!pane.hostState.recordProblem}
            onSelect={(at) => void actions.select(at)}
            onDismiss={actions.dismissTakeBack}
          />
        )}
        {settingsOpen && <SettingsPanel id={settingsId} settings={settings} onChange={(c) => void actions.updateSettings(c)} />}
        {settingsOpen && host.selfTest && (
          <Suspense fallback={<Spinner size="tiny" />}>
            <SelfTestPanel run={() => host.selfTest!()} lang={lang} />
          </Suspense>
        )}
        {report === null ? (
          <Intro busy={busy} previousMarks={pane.hostState.marks > 0} onInsertSample={() => void actions.insertSample()} />
        ) : (
          <>
            {report.notices.length > 0 && (
              <section aria-label={t.notices}>
                {report.notices.map((n, i) => (
                  <Text as="p" key={i} size={200} style={{ margin: "2px 0" }}>
                    {n.sheet}: {n.messages[lang]}
                  </Text>
                ))}
              </section>
            )}
            <ResultHeader report={report} stale={pane.stale} busy={busy} onRecheck={() => void actions.check()} />
            {pane.restored && (
              <Text as="p" size={200} data-testid="restored-results" style={{ margin: 0 }}>
                {t.review.restored}
              </Text>
            )}
            <FormSummaries
              report={report}
              reviews={decisions.now?.forms}
              open={open}
              onSelectForm={(i) => void actions.select({ sheet: report.tables[i].sheet, cell: report.tables[i].range.split(":")[0] })}
              onDecide={decisions.decideForm}
            />
            <FindingList
              report={report}
              onSelect={(f) => void actions.select(f)}
              reviews={decisions.now}
              onDecide={decisions.decideFinding}
            />
            <ExportBar
              busy={busy}
              onExportSheet={() => void actions.exportSheet()}
              onExportCsv={host.canDownload === false ? null : actions.exportCsv}
            />
            <OpinionBar
              busy={busy}
              onPrint={() => {
                decisions.flush();
                // The units are read first: the print dialog opens as soon as the view shows.
                void actions.loadFacts().then(() => setPrinting(true));
              }}
              onExport={() => void actions.exportOpinion()}
            />
            {printing && (
              <Suspense fallback={<Spinner size="tiny" />}>
                <OpinionPrint report={report} reviews={decisions.reviews} facts={pane.facts} onClose={() => setPrinting(false)} />
              </Suspense>
            )}
          </>
        )}
        <FillPreviewDialog plan={pane.preview} onConfirm={(o) => void actions.confirmFill(o)} onCancel={actions.cancelFill} />
      </main>
    </LangContext.Provider>
  );
}
