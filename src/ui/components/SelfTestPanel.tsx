import { Button, Spinner, Text, Textarea, tokens } from "@fluentui/react-components";
import { Copy16Regular, Play16Regular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import { answerLine, headerLines, reportJson, STATUS_SIGN, STATUS_TEXT, summaryLine } from "../../app/selfTest/format";
import type { ProbeResult, SelfTestReport } from "../../app/selfTest/types";
import { copyText, type CopyEnv } from "./copyText";
import { SELF_TEST_TEXT as T } from "./selfTestStrings";

type Lang = "zh" | "en";

export interface SelfTestPanelProps {
  /** The host's self-test (`host.selfTest`). */
  run: () => Promise<SelfTestReport>;
  lang: Lang;
  /** Where 复制 writes (tests); the page's clipboard otherwise. */
  copyEnv?: CopyEnv;
}

const STATUS_COLOR: Record<ProbeResult["status"], string> = {
  ok: tokens.colorPaletteGreenForeground1,
  differs: tokens.colorPaletteMarigoldForeground1,
  failed: tokens.colorPaletteRedForeground1,
  skipped: tokens.colorNeutralForeground3,
};

function ResultItem({ result, lang }: { result: ProbeResult; lang: Lang }) {
  return (
    <li style={{ margin: "4px 0" }}>
      <Text weight="semibold" style={{ color: STATUS_COLOR[result.status] }}>
        {STATUS_SIGN[result.status]} {STATUS_TEXT[result.status][lang]}
      </Text>{" "}
      <Text>{result.title[lang]}</Text>{" "}
      <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
        {result.ms} ms
      </Text>
      <Text as="p" size={200} font="monospace" style={{ margin: "2px 0 0", overflowWrap: "anywhere" }}>
        {answerLine(result, lang)}
      </Text>
      {result.leftBehind?.length ? (
        <Text as="p" size={200} style={{ margin: "2px 0 0", color: tokens.colorPaletteRedForeground1 }}>
          {lang === "zh"
            ? `未能删除：${result.leftBehind.join("、")}（请手动删除）`
            : `Could not remove: ${result.leftBehind.join(", ")} (delete by hand)`}
        </Text>
      ) : null}
    </li>
  );
}

/**
 * 自检: runs the host's probes on request, shows each answer readably (a sign and a word beside every colour), and
 * copies the report's JSON with 复制 — through the clipboard, else by selection, else into a box to copy by hand.
 */
export function SelfTestPanel({ run, lang, copyEnv }: SelfTestPanelProps) {
  const headingId = useId();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [byHand, setByHand] = useState(false);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  async function start() {
    setRunning(true);
    setProblem(null);
    setByHand(false);
    setStatus(T.running[lang]);
    try {
      const r = await run();
      if (!mounted.current) return;
      setReport(r);
      setStatus(T.done[lang] + summaryLine(r, lang));
    } catch (e) {
      if (!mounted.current) return;
      const message = e instanceof Error ? e.message : String(e);
      setProblem(message);
      setStatus(T.failed[lang] + message);
    } finally {
      if (mounted.current) setRunning(false);
    }
  }

  async function copy() {
    if (!report) return;
    const copied = await copyText(reportJson(report), copyEnv);
    if (!mounted.current) return;
    setByHand(!copied);
    setStatus(copied ? T.copied[lang] : T.copyByHand[lang]);
  }

  useEffect(() => {
    if (byHand) box.current?.select();
  }, [byHand]);

  return (
    <section aria-labelledby={headingId} style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text as="h2" id={headingId} weight="semibold" size={400} style={{ margin: 0 }}>
        {T.heading[lang]}
      </Text>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {T.intro[lang]}
      </Text>
      <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
        <Button size="small" icon={<Play16Regular />} disabledFocusable={running} onClick={() => void start()}>
          {T.run[lang]}
        </Button>
        {report && (
          <Button
            size="small"
            icon={<Copy16Regular />}
            aria-label={T.copyLabel[lang]}
            disabledFocusable={running}
            onClick={() => void copy()}
          >
            {T.copy[lang]}
          </Button>
        )}
      </div>
      {running && <Spinner size="tiny" label={T.running[lang]} labelPosition="after" />}
      <div role="status" aria-live="polite" aria-atomic="true" style={{ minHeight: "1.2em" }}>
        {running ? "" : status}
      </div>
      {problem === null && report && (
        <>
          {headerLines(report, lang).map((line, i) => (
            <Text as="p" key={i} size={200} style={{ margin: 0 }}>
              {line}
            </Text>
          ))}
          <Text as="h3" weight="semibold" size={300} style={{ margin: "4px 0 0" }}>
            {T.results[lang]}
          </Text>
          <ul aria-label={T.results[lang]} style={{ margin: 0, paddingLeft: 16 }}>
            {report.results.map((r) => (
              <ResultItem key={r.id} result={r} lang={lang} />
            ))}
          </ul>
          <Text as="p" size={200} style={{ margin: 0 }}>
            {T.sendTo[lang]}
          </Text>
        </>
      )}
      {byHand && report && (
        <Textarea
          ref={box}
          readOnly
          aria-label={T.jsonLabel[lang]}
          value={reportJson(report)}
          resize="vertical"
          textarea={{ style: { fontFamily: tokens.fontFamilyMonospace, minHeight: 120 } }}
        />
      )}
    </section>
  );
}
