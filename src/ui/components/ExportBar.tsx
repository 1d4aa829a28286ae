import { Button, Text } from "@fluentui/react-components";
import { ArrowDownload16Regular, Table16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useStrings } from "../i18n";

/** Export of the report: a new worksheet 校验报告 (through the host) or, where the host can save a download, a CSV file. */
export function ExportBar({
  busy,
  onExportSheet,
  onExportCsv,
}: {
  busy: boolean;
  onExportSheet(): void;
  onExportCsv: (() => void) | null;
}) {
  const { t } = useStrings();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-print="no" style={{ marginTop: 12 }}>
      <Text as="h2" id={headingId} weight="semibold" size={400} style={{ margin: "0 0 4px" }}>
        {t.exportHeading}
      </Text>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
        <Button size="small" icon={<Table16Regular />} disabledFocusable={busy} onClick={onExportSheet}>
          {t.exportSheet}
        </Button>
        {onExportCsv && (
          <Button size="small" icon={<ArrowDownload16Regular />} disabledFocusable={busy} onClick={onExportCsv}>
            {t.exportCsv}
          </Button>
        )}
      </div>
    </section>
  );
}
