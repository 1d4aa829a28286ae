import { Button, Field, Select, Text, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding, FindingCode, Report, Severity } from "../../engine";
import { useStrings } from "../i18n";
import { NO_FILTER, SEVERITIES, codesIn, explanationFor, groupFindings, stepFinding, visibleFindings, type FindingFilter } from "../state/findings";
import { FindingItem } from "./FindingItem";
import { SeverityBadge } from "./SeverityBadge";

export interface FindingListProps {
  report: Report;
  onSelect(finding: Finding): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));

/**
 * The findings, grouped by form and severity, with severity and code filters. F8 / Shift+F8 anywhere in the pane,
 * and J / K (or ↓ / ↑) inside the list, move to the next / previous finding, focus it and select its cell.
 */
export function FindingList({ report, onSelect }: FindingListProps) {
  const { t, lang } = useStrings();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());

  useEffect(() => {
    setCurrent(null);
    setFilter((f) => (f.code !== "all" && !report.issues.some((x) => x.code === f.code) ? { ...f, code: "all" } : f));
  }, [report]);

  const ordered = useMemo(() => visibleFindings(report, filter), [report, filter]);
  const groups = useMemo(() => groupFindings(ordered), [ordered]);
  const codes = useMemo(() => codesIn(report), [report]);

  const activate = useCallback(
    (id: number, focus: boolean) => {
      setCurrent(id);
      if (focus) buttons.current.get(id)?.focus();
      onSelect(report.issues[id]);
    },
    [report, onSelect],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepFinding(ordered, current, direction);
      if (next !== null) activate(next, true);
    },
    [ordered, current, activate],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F8" || e.ctrlKey || e.altKey || e.metaKey) return;
      // Behind an open modal (the fill preview) the list is not the user's focus.
      if (document.querySelector("[role='dialog'][aria-modal='true']")) return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  const onListKey = (e: React.KeyboardEvent) => {
    if (isTyping(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === "j" || e.key === "ArrowDown") {
      e.preventDefault();
      step(1);
    } else if (key === "k" || e.key === "ArrowUp") {
      e.preventDefault();
      step(-1);
    }
  };

  const position = current === null ? -1 : ordered.findIndex((x) => x.id === current);

  return (
    <section aria-labelledby="selfeval-findings">
      <Text as="h2" id="selfeval-findings" weight="semibold" size={400} style={{ margin: "12px 0 4px" }}>
        {t.findingsHeading} ({report.issues.length})
      </Text>
      {report.issues.length === 0 ? (
        <Text as="p">{t.noFindings}</Text>
      ) : (
        <>
          <div style={{ display: "flex", gap: 8 }}>
            <Field label={t.filterSeverity} size="small" style={{ flex: "1 1 0", minWidth: 0 }}>
              <Select value={filter.severity} onChange={(_, d) => setFilter((f) => ({ ...f, severity: d.value as Severity | "all" }))}>
                <option value="all">{t.filterAll}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t.severity[s]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.filterCode} size="small" style={{ flex: "2 1 0", minWidth: 0 }}>
              <Select value={filter.code} onChange={(_, d) => setFilter((f) => ({ ...f, code: d.value as FindingCode | "all" }))}>
                <option value="all">{t.filterAll}</option>
                {codes.map((c) => (
                  <option key={c} value={c}>
                    {t.codes[c] ?? c}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div style={{ display: "flex", alignItems: "center", gap: 4, margin: "6px 0", flexWrap: "wrap" }}>
            <Button size="small" icon={<ArrowUp16Regular />} disabled={ordered.length === 0} onClick={() => step(-1)} aria-keyshortcuts="Shift+F8 K">
              {t.previousFinding}
            </Button>
            <Button size="small" icon={<ArrowDown16Regular />} disabled={ordered.length === 0} onClick={() => step(1)} aria-keyshortcuts="F8 J">
              {t.nextFinding}
            </Button>
            {position >= 0 && <Text size={200}>{t.findingPosition(position + 1, ordered.length)}</Text>}
          </div>
          <Text as="p" size={200} style={{ margin: "0 0 6px", color: tokens.colorNeutralForeground2 }}>
            {t.navHint}
          </Text>
          {ordered.length === 0 ? (
            <Text as="p">{t.noFindingsForFilter}</Text>
          ) : (
            <div onKeyDown={onListKey}>
              {groups.map((g) => {
                const table = report.tables[g.table];
                return (
                  <div key={`${g.table}-${g.severity}`} role="group" aria-label={`${table?.project || t.unnamedProject} · ${t.severity[g.severity]}`}>
                    <Text as="h3" size={300} weight="semibold" block style={{ margin: "8px 0 4px", overflowWrap: "anywhere" }}>
                      {table?.project.trim() || t.unnamedProject} · <SeverityBadge severity={g.severity} count={g.items.length} />
                    </Text>
                    <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 4 }}>
                      {g.items.map(({ id, finding }) => (
                        <FindingItem
                          key={id}
                          ref={(el) => {
                            if (el) buttons.current.set(id, el);
                            else buttons.current.delete(id);
                          }}
                          finding={finding}
                          codeLabel={t.codes[finding.code] ?? finding.code}
                          current={id === current}
                          explanation={explanationFor(report, finding, lang)}
                          onActivate={() => activate(id, false)}
                        />
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          )}
        </>
      )}
    </section>
  );
}
