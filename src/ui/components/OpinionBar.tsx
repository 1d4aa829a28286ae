import { Button, Text } from "@fluentui/react-components";
import { Print16Regular, Table16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useStrings } from "../i18n";

/** 审核意见: print them from the pane, or (where the host can) write them as a worksheet 审核意见. */
export function OpinionBar({ busy, onPrint, onExport }: { busy: boolean; onPrint(): void; onExport: (() => void) | null }) {
  const { t } = useStrings();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-print="no" style={{ marginTop: 12 }}>
      <Text as="h2" id={headingId} weight="semibold" size={400} style={{ margin: "0 0 4px" }}>
        {t.review.opinionHeading}
      </Text>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
        <Button size="small" icon={<Print16Regular />} onClick={onPrint}>
          {t.review.printOpinion}
        </Button>
        {onExport && (
          <Button size="small" icon={<Table16Regular />} disabledFocusable={busy} onClick={onExport}>
            {t.review.exportOpinion}
          </Button>
        )}
      </div>
    </section>
  );
}
