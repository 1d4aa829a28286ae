import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Report } from "../../engine";
import type { PaneHost } from "../../app/host";
import {
  EMPTY_REVIEWS,
  reviewsNow,
  withFindingReview,
  withFormReview,
  type FindingDecision,
  type FormDecision,
  type Reviews,
} from "../../app/review/decision";

/** Notes are saved this long after the last keystroke; decisions at once. */
export const NOTE_SAVE_DELAY = 600;

/**
 * The reviewer's decisions for the shown report: kept with the workbook through the host, matched to the report's
 * findings and forms (reviewsNow). Every change is saved whole; a failed save is reported through onError.
 */
export function useReviews(host: PaneHost, report: Report | null, onError: (e: unknown) => void) {
  const [reviews, setReviews] = useState<Reviews>(EMPTY_REVIEWS);
  const reviewsRef = useRef(reviews);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  const save = useCallback(
    (next: Reviews) => {
      host.saveReviews(next).catch((e) => onErrorRef.current(e));
    },
    [host],
  );

  const flush = useCallback(() => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    save(reviewsRef.current);
  }, [save]);

  const change = useCallback(
    (next: Reviews, delay: number) => {
      reviewsRef.current = next;
      setReviews(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      if (delay <= 0) save(next);
      else
        timer.current = setTimeout(() => {
          timer.current = null;
          save(reviewsRef.current);
        }, delay);
    },
    [save],
  );

  useEffect(() => flush, [flush]);

  /** Reads the stored decisions (after each check): a pending note is saved first so that nothing typed is lost. */
  const load = useCallback(async () => {
    flush();
    const loaded = await host.loadReviews();
    reviewsRef.current = loaded;
    setReviews(loaded);
  }, [host, flush]);

  const now = useMemo(() => (report ? reviewsNow(report, reviews) : null), [report, reviews]);

  const decideFinding = useCallback(
    (id: number, decision: FindingDecision | null, note: string, typing = false) => {
      if (!report) return;
      change(withFindingReview(reviewsRef.current, report, report.issues[id], decision, note), typing ? NOTE_SAVE_DELAY : 0);
    },
    [report, change],
  );

  const decideForm = useCallback(
    (table: number, decision: FormDecision | null, note: string, typing = false) => {
      if (!report) return;
      change(withFormReview(reviewsRef.current, report, table, decision, note), typing ? NOTE_SAVE_DELAY : 0);
    },
    [report, change],
  );

  return { reviews, now, load, flush, decideFinding, decideForm };
}
