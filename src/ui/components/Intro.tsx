import { useId } from "react";
import { Button, Text } from "@fluentui/react-components";
import { useStrings } from "../i18n";

/** First run: what the add-in does, and a way to try it on the bundled sample. */
export function Intro({ busy, previousMarks, onInsertSample }: { busy: boolean; previousMarks: boolean; onInsertSample(): void }) {
  const { t } = useStrings();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="p" id={headingId} style={{ margin: 0 }}>
        {t.introLines[0]}
      </Text>
      <Text as="p" style={{ margin: 0 }}>
        {t.introLines[1]}
      </Text>
      {previousMarks && (
        <Text as="p" weight="semibold" style={{ margin: 0 }}>
          {t.previousMarksHint}
        </Text>
      )}
      <div>
        <Button disabledFocusable={busy} onClick={onInsertSample}>
          {t.insertSample}
        </Button>
      </div>
    </section>
  );
}
