import { Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import type { PaneHost } from "../../app/host";
import { DICTIONARIES, LangContext } from "../i18n";
import { usePane } from "../state/usePane";
import { useFocusReturn } from "./useFocusReturn";
import { Intro } from "./Intro";
import { LiveRegion } from "./LiveRegion";
import { PaneToolbar } from "./PaneToolbar";
import { RecordProblemBar } from "./RecordProblemBar";
// Not on the first screen: loaded when first shown (lazyParts.tsx).
import { ErrorBar, ExportBar, FillPreviewDialog, FindingList, FormSummaries, SettingsPanel, TakeBackResult } from "./lazyParts";

/** 自检 is opened rarely: its panel loads on demand, not with the pane. */
const SelfTestPanel = lazy(() => import(/* webpackChunkName: "selftest-panel" */ "./SelfTestPanel").then((m) => ({ default: m.SelfTestPanel })));

/** The task pane. It knows its host only through PaneHost, so Excel, WPS and the browser workbench share it. */
export function App({ host }: { host: PaneHost }) {
  const pane = usePane(host);
  const { settings, report, busy, error, actions } = pane;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const lang = settings.lang;
  const strings = useMemo(() => ({ lang, t: DICTIONARIES[lang] }), [lang]);
  const t = strings.t;
  const fillOpener = useRef<HTMLElement | null>(null);
  useFocusReturn(pane.preview !== null, fillOpener);

  return (
    <LangContext.Provider value={strings}>
      <main lang={lang === "zh" ? "zh-CN" : "en"} style={{ padding: 10, display: "flex", flexDirection: "column", gap: 8, color: tokens.colorNeutralForeground1 }}>
        <Text as="h1" weight="semibold" size={500} style={{ margin: 0 }}>
          {t.appTitle}
        </Text>
        <PaneToolbar
          busy={busy}
          hostState={pane.hostState}
          settingsOpen={settingsOpen}
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
          <TakeBackResult shown={pane.takeBack} recordShown={!!pane.hostState.recordProblem} onSelect={(at) => void actions.select(at)} onDismiss={actions.dismissTakeBack} />
        )}
        {settingsOpen && <SettingsPanel settings={settings} onChange={(c) => void actions.updateSettings(c)} />}
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
            <FormSummaries report={report} />
            <FindingList report={report} onSelect={(f) => void actions.select(f)} />
            <ExportBar busy={busy} onExportSheet={() => void actions.exportSheet()} onExportCsv={host.canDownload === false ? null : actions.exportCsv} />
          </>
        )}
        <FillPreviewDialog plan={pane.preview} onConfirm={(o) => void actions.confirmFill(o)} onCancel={actions.cancelFill} />
      </main>
    </LangContext.Provider>
  );
}
