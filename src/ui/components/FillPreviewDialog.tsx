import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { a1, isCellError, type CellValue, type FillPlace, type Plan } from "../../engine";
import { useStrings, type Dictionary } from "../i18n";
import { formatScore } from "../state/findings";

export interface FillPreviewDialogProps {
  plan: Plan | null;
  onConfirm(overwrite: boolean): void;
  onCancel(): void;
}

const listStyle = { margin: "4px 0 8px", paddingInlineStart: 18, maxHeight: 140, overflowY: "auto" } as const;

function shown(value: number, numberFormat: string | undefined): string {
  return numberFormat?.includes("%") ? `${formatScore(value * 100, "")}%` : formatScore(value, "");
}

function currentText(v: CellValue, formula: string | null): string {
  if (formula) return formula;
  if (isCellError(v)) return v.error;
  return v === null ? "" : String(v);
}

/** "回购统建房住宅经费 · 购置周转住房套数": the form and what in it a cell is; "" when the plan does not say. */
export function placeText(place: FillPlace | undefined, t: Dictionary): string {
  if (!place) return "";
  const what = place.kind === "score" ? place.indicator : t.review.previewPlace[place.kind];
  return [place.project.trim() || t.unnamedProject, what?.trim()].filter(Boolean).join(" · ");
}

/** The place, then the address: "项目 · 指标（表1!H20）", or the address alone. */
const named = (place: FillPlace | undefined, address: string, t: Dictionary) => {
  const text = placeText(place, t);
  return text ? `${text}（${address}）` : address;
};

/**
 * What 填充得分 will write, what it leaves alone, and the user's explicit choice to overwrite those too.
 * Non-modal: the sheet behind stays visible (and unshaded), so the reviewer can look at the cells while deciding.
 */
export function FillPreviewDialog({ plan, onConfirm, onCancel }: FillPreviewDialogProps) {
  const { t } = useStrings();
  const [overwrite, setOverwrite] = useState(false);
  useEffect(() => setOverwrite(false), [plan]);
  const writes = (plan?.edits ?? []).flatMap((e) => (e.kind === "value" ? [e] : []));
  const skipped = plan?.skipped ?? [];
  const canWrite = writes.length > 0 || (overwrite && skipped.length > 0);
  return (
    <Dialog open={plan !== null} modalType="non-modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: "calc(100vw - 24px)" }}>
        <DialogBody>
          <DialogTitle>{t.previewTitle}</DialogTitle>
          <DialogContent>
            {writes.length === 0 ? (
              <Text as="p">{t.previewNothing}</Text>
            ) : (
              <>
                <Text as="p" style={{ margin: 0 }}>
                  {t.previewWrites(writes.length)}
                </Text>
                <ul aria-label={t.previewWrites(writes.length)} style={listStyle}>
                  {writes.map((e, i) => (
                    <li key={i} data-testid="preview-write">
                      {named(e.place, `${e.at.sheet}!${a1(e.at.row, e.at.col)}`, t)} →{" "}
                      {typeof e.value === "number" ? shown(e.value, e.numberFormat) : String(e.value ?? "")}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {skipped.length > 0 && (
              <>
                <Text as="p" style={{ margin: 0 }}>
                  {t.previewSkipped(skipped.length)}
                </Text>
                <ul aria-label={t.previewSkipped(skipped.length)} style={listStyle}>
                  {skipped.map((s, i) => (
                    <li key={i} data-testid="preview-skipped">
                      {named(s.place, `${s.at.sheet}!${s.cell}`, t)} ({t.skippedReason[s.reason]}) {t.previewCurrent}{" "}
                      {currentText(s.current, s.formula)} → {t.previewNew} {formatScore(s.value, "")}
                    </li>
                  ))}
                </ul>
                <Checkbox label={t.previewOverwrite} checked={overwrite} onChange={(_, d) => setOverwrite(d.checked === true)} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!canWrite} onClick={() => onConfirm(overwrite && skipped.length > 0)}>
              {t.previewConfirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
