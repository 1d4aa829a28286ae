import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { LeftAlone } from "../../app/host";
import { useStrings } from "../i18n";
import type { TakeBackShown } from "../state/usePane";

/** Most lists are short; a long one (after a big sort) shows this many per reason until asked for all. */
export const LEFT_ALONE_SHOWN = 50;

const REASONS: readonly LeftAlone["reason"][] = ["changed", "unrecorded", "unsafe", "sheet-missing"];

const listStyle = { margin: "2px 0 6px", paddingInlineStart: 18, maxHeight: 180, overflowY: "auto" } as const;

function Group({
  reason,
  items,
  onSelect,
}: {
  reason: LeftAlone["reason"];
  items: LeftAlone[];
  onSelect(at: { sheet: string; cell: string }): void;
}) {
  const { t } = useStrings();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LEFT_ALONE_SHOWN);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-reason={reason}>
      <Text as="h3" id={headingId} weight="semibold" size={200} style={{ display: "block", margin: "6px 0 0" }}>
        {t.leftAloneHeading[reason](items.length)}
      </Text>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {t.leftAloneWhy[reason]}
      </Text>
      <ul style={listStyle}>
        {shown.map((x, i) => {
          const address = `${x.sheet}!${x.cell}`;
          const label = `${address}（${t.leftAloneWhat[x.what]}）`;
          // A cell on a sheet that is gone cannot be shown; every other one can.
          return (
            <li key={i} data-testid="left-alone">
              {reason === "sheet-missing" ? (
                label
              ) : (
                <Link
                  as="button"
                  aria-label={`${t.leftAloneGoTo(address)}（${t.leftAloneWhat[x.what]}）`}
                  onClick={() => onSelect({ sheet: x.sheet, cell: x.cell })}
                >
                  {label}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < items.length && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
          {t.showAllLeftAlone(items.length)}
        </Button>
      )}
    </section>
  );
}

/**
 * What 清除标记 or 撤销填充 did: "已恢复 N 处", then every cell it left alone, grouped by why, each a link to its cell.
 * `recordShown`: the pane already says the record cannot be used (then it is not repeated here).
 */
export function TakeBackResult({
  shown,
  recordShown,
  onSelect,
  onDismiss,
}: {
  shown: TakeBackShown;
  recordShown: boolean;
  onSelect(at: { sheet: string; cell: string }): void;
  onDismiss(): void;
}) {
  const { t, lang } = useStrings();
  const { action, outcome } = shown;
  const clean = outcome.leftAlone.length === 0 && !outcome.recordProblem;
  return (
    <MessageBar intent={clean ? "success" : "warning"} layout="multiline" data-testid="take-back">
      <MessageBarBody>
        <MessageBarTitle>{t.takeBackTitle[action](outcome.restored)}</MessageBarTitle>
        {outcome.recordProblem && !recordShown && (
          <Text as="p" size={200} style={{ margin: "2px 0" }}>
            {t.recordProblem(outcome.recordProblem[lang])}
          </Text>
        )}
        {REASONS.map((reason) => {
          const items = outcome.leftAlone.filter((x) => x.reason === reason);
          return items.length > 0 ? <Group key={reason} reason={reason} items={items} onSelect={onSelect} /> : null;
        })}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
