import { Badge, Button, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { memo, useId, useState } from "react";
import type { Finding, Report } from "../../engine";
import { FINDING_DECISIONS, type FindingDecision, type FindingReviewNow } from "../../app/review/decision";
import { useStrings } from "../i18n";
import { explanationFor } from "../state/findings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  item: {
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "4px 6px",
  },
  current: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    padding: "3px 5px",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    display: "block",
    width: "100%",
    textAlign: "start",
    background: "none",
    border: "none",
    padding: "2px",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px" },
  cell: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
  message: { display: "block", overflowWrap: "anywhere", marginTop: "2px" },
  decision: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px", marginTop: "2px" },
  note: { flex: "1 1 8em", minWidth: "6em" },
  // Plain buttons, not Fluent's ToggleButton: a page of findings renders two per finding, and these cost a third.
  toggle: {
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    padding: "0 8px",
    minHeight: "22px",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  pressed: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    border: `1px solid ${tokens.colorBrandBackground}`,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  details: { margin: "4px 0 2px", padding: "4px 6px", backgroundColor: tokens.colorNeutralBackground2, overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  /** The finding's index in report.issues. */
  id: number;
  finding: Finding;
  report: Report;
  codeLabel: string;
  current: boolean;
  onActivate(id: number): void;
  /** The reviewer's decision as it stands against this report, if any. */
  review?: FindingReviewNow;
  /** Sets (or with null clears) the decision; `typing` when only the note changed, so saving may wait. */
  onDecide?(id: number, decision: FindingDecision | null, note: string, typing?: boolean): void;
}

/**
 * One finding: a button that selects its cell (click, Enter, Space), and, where the row has arithmetic, a toggle to show it.
 * Memoised: stepping through the list changes only the old and the new current item, so only those two re-render.
 */
export const FindingItem = memo(function FindingItem(props: FindingItemProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { finding: f, id, onActivate } = props;
  const explanation = explanationFor(props.report, f, lang);
  const detailsId = useId();
  const { review, onDecide } = props;
  const taken = review && !review.changed ? review.decision : null;
  return (
    <li className={props.current ? `${styles.item} ${styles.current}` : styles.item} aria-current={props.current ? "true" : undefined}>
      <button
        type="button"
        className={styles.main}
        data-finding-id={id}
        data-finding-cell={`${f.sheet}!${f.cell}`}
        onClick={() => onActivate(id)}
      >
        <span className={styles.line}>
          <SeverityBadge severity={f.severity} />
          <span className={styles.cell}>
            <bdi>{f.sheet}</bdi>!{f.cell}
          </span>
          <span>{props.codeLabel}</span>
        </span>
        <span className={styles.message}>{f.messages[lang]}</span>
      </button>
      {onDecide && (
        <div className={styles.decision} data-print="no">
          {review?.changed && (
            <Badge appearance="tint" color="warning" title={t.review.changedHint} data-testid="review-changed">
              {t.review.changed}
            </Badge>
          )}
          {FINDING_DECISIONS.map((d) => (
            <button
              key={d}
              type="button"
              className={taken === d ? `${styles.toggle} ${styles.pressed}` : styles.toggle}
              aria-pressed={taken === d}
              data-decision={d}
              onClick={() => onDecide(id, taken === d ? null : d, review?.note ?? "")}
            >
              {taken === d ? t.review.decided[d] : t.review.decide[d]}
            </button>
          ))}
          {review && (
            <Input
              size="small"
              className={styles.note}
              aria-label={t.review.note}
              placeholder={t.review.note}
              value={review.note}
              onChange={(_, d) => onDecide(id, review.decision, d.value, true)}
            />
          )}
        </div>
      )}
      {explanation && (
        <>
          <Button
            size="small"
            appearance="transparent"
            icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t.hideDetails : t.showDetails}
          </Button>
          {open && (
            <div id={detailsId} className={styles.details}>
              {explanation.subject && (
                <Text block weight="semibold">
                  {explanation.subject}
                </Text>
              )}
              <Text block>
                {t.explanation}: {explanation.text}
              </Text>
              {explanation.assumptions.length > 0 && (
                <Text block>
                  {t.assumptions}: {explanation.assumptions.join("；")}
                </Text>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
});
