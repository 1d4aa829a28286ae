import { Button, Text, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Finding, Report } from "../../engine";
import type { FindingDecision, ReviewsNow } from "../../app/review/decision";
import { useStrings } from "../i18n";
import {
  FINDINGS_DRAWN_PER_TASK,
  FINDINGS_PAGE,
  firstWindow,
  showEarlier,
  showMore,
  windowHolding,
  type FindingWindow,
} from "../state/findingWindow";
import {
  NO_FILTER,
  codesIn,
  groupFindings,
  stepFinding,
  visibleFindings,
  type FindingFilter,
  type FindingGroup,
  type IndexedFinding,
} from "../state/findings";
import { useStepwise } from "../state/useStepwise";
import { FindingFilters } from "./FindingFilters";
import { FindingItem } from "./FindingItem";
import { SeverityBadge } from "./SeverityBadge";

export interface FindingListProps {
  report: Report;
  onSelect(finding: Finding): void;
  /** The decisions matched to this report (null while none are loaded). */
  reviews?: ReviewsNow | null;
  onDecide?(id: number, decision: FindingDecision | null, note: string, typing?: boolean): void;
}

const groupKey = (g: Pick<FindingGroup, "table" | "severity">) => `${g.table}-${g.severity}`;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));

/**
 * The findings, grouped by form and severity, with severity and code filters. F8 / Shift+F8 anywhere in the pane,
 * and J / K (or ↓ / ↑) inside the list, move to the next / previous finding, focus it and select its cell.
 * Only a window of the findings is rendered (see findingWindow): "show more / show earlier" grow it, and stepping to a
 * finding outside it moves it there, so every finding stays reachable by keyboard while a large report stays cheap.
 * A new list's window is drawn a few findings per task (useStepwise), marked aria-busy until it is whole.
 */
export function FindingList({ report, onSelect, reviews, onDecide }: FindingListProps) {
  const { t } = useStrings();
  const headingId = useId();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const renderedButton = (id: number) => listRef.current?.querySelector<HTMLButtonElement>(`button[data-finding-id="${id}"]`) ?? null;

  useEffect(() => {
    setCurrent(null);
    setFilter((f) => (f.code !== "all" && !report.issues.some((x) => x.code === f.code) ? { ...f, code: "all" } : f));
  }, [report]);

  const decided = reviews?.findings ?? null;
  // Only a review filter depends on the decisions: otherwise a decision must not reset the window the user is in.
  const decidedForFilter = filter.review === "all" ? null : decided;
  const ordered = useMemo(() => visibleFindings(report, filter, decidedForFilter), [report, filter, decidedForFilter]);
  const groupSizes = useMemo(() => new Map(groupFindings(ordered).map((g) => [groupKey(g), g.items.length])), [ordered]);
  const codes = useMemo(() => codesIn(report), [report]);

  // The window belongs to one ordered list: a new report or filter starts again at the first page.
  const [view, setView] = useState<{ source: IndexedFinding[]; range: FindingWindow }>(() => ({
    source: ordered,
    range: firstWindow(ordered.length),
  }));
  const range = view.source === ordered ? view.range : firstWindow(ordered.length);
  const setRange = useCallback((next: FindingWindow) => setView({ source: ordered, range: next }), [ordered]);
  const drawn = useStepwise(ordered, range.end - range.start, FINDINGS_DRAWN_PER_TASK, FINDINGS_DRAWN_PER_TASK);
  const groups = useMemo(() => groupFindings(ordered.slice(range.start, range.start + drawn)), [ordered, range.start, drawn]);

  // A finding to focus once it is rendered (after the window moved to it).
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const button = renderedButton(pendingFocus.current);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const activate = useCallback(
    (id: number, focus: boolean) => {
      setCurrent(id);
      if (focus) {
        const rendered = renderedButton(id);
        if (rendered) rendered.focus();
        else {
          pendingFocus.current = id;
          setRange(
            windowHolding(
              range,
              ordered.findIndex((x) => x.id === id),
              ordered.length,
            ),
          );
        }
      }
      onSelect(report.issues[id]);
    },
    [report, onSelect, ordered, range, setRange],
  );

  // Items are memoised: they get one callback for the list's lifetime, which calls the latest activate.
  const activateRef = useRef(activate);
  activateRef.current = activate;
  const onItemActivate = useCallback((id: number) => activateRef.current(id, false), []);

  const reveal = (next: FindingWindow, focusAt: number) => {
    pendingFocus.current = ordered[focusAt]?.id ?? null;
    setRange(next);
  };

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
  const partial = range.start > 0 || range.end < ordered.length;
  const before = range.start;
  const after = ordered.length - range.end;

  return (
    <section aria-labelledby={headingId}>
      <Text as="h2" id={headingId} data-heading="findings" weight="semibold" size={400} style={{ margin: "12px 0 4px" }}>
        {t.findingsHeading} ({report.issues.length})
      </Text>
      {report.issues.length === 0 ? (
        <Text as="p">{t.noFindings}</Text>
      ) : (
        <>
          <FindingFilters filter={filter} codes={codes} onChange={setFilter} />
          <div data-print="no" style={{ display: "flex", alignItems: "center", gap: 4, margin: "6px 0", flexWrap: "wrap" }}>
            <Button
              size="small"
              icon={<ArrowUp16Regular />}
              disabled={ordered.length === 0}
              onClick={() => step(-1)}
              aria-keyshortcuts="Shift+F8 K"
            >
              {t.previousFinding}
            </Button>
            <Button
              size="small"
              icon={<ArrowDown16Regular />}
              disabled={ordered.length === 0}
              onClick={() => step(1)}
              aria-keyshortcuts="F8 J"
            >
              {t.nextFinding}
            </Button>
            {position >= 0 && <Text size={200}>{t.findingPosition(position + 1, ordered.length)}</Text>}
          </div>
          <Text as="p" size={200} data-print="no" style={{ margin: "0 0 6px", color: tokens.colorNeutralForeground2 }}>
            {t.navHint}
          </Text>
          {ordered.length === 0 ? (
            <Text as="p">{t.noFindingsForFilter}</Text>
          ) : (
            <div ref={listRef} onKeyDown={onListKey} aria-busy={drawn < range.end - range.start || undefined}>
              {partial && (
                <Text as="p" size={200} data-testid="finding-range" style={{ margin: "0 0 4px" }}>
                  {t.findingRange(range.start + 1, range.end, ordered.length)}
                </Text>
              )}
              {before > 0 && (
                <Button size="small" onClick={() => reveal(showEarlier(range), Math.max(0, range.start - FINDINGS_PAGE))}>
                  {t.showEarlierFindings(Math.min(FINDINGS_PAGE, before), before)}
                </Button>
              )}
              {groups.map((g) => {
                const table = report.tables[g.table];
                return (
                  <div key={groupKey(g)} role="group" aria-label={`${table?.project || t.unnamedProject} · ${t.severity[g.severity]}`}>
                    <Text as="h3" size={300} weight="semibold" block style={{ margin: "8px 0 4px", overflowWrap: "anywhere" }}>
                      {table?.project.trim() || t.unnamedProject} ·{" "}
                      <SeverityBadge severity={g.severity} count={groupSizes.get(groupKey(g)) ?? g.items.length} />
                    </Text>
                    <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 4 }}>
                      {g.items.map(({ id, finding }) => (
                        <FindingItem
                          key={id}
                          id={id}
                          finding={finding}
                          report={report}
                          codeLabel={t.codes[finding.code] ?? finding.code}
                          current={id === current}
                          onActivate={onItemActivate}
                          review={decided?.[id]}
                          onDecide={onDecide}
                        />
                      ))}
                    </ul>
                  </div>
                );
              })}
              {after > 0 && (
                <Button size="small" style={{ marginTop: 6 }} onClick={() => reveal(showMore(range, ordered.length), range.end)}>
                  {t.showMoreFindings(Math.min(FINDINGS_PAGE, after), after)}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
