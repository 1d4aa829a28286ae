import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../engine";
import { useStrings } from "../i18n";
import { SEVERITY_COLORS } from "../theme/severityColors";

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

/** Severity by icon and word as well as colour. With `count`, the word becomes "3 个错误". */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const { t } = useStrings();
  const Icon = ICONS[severity];
  const label = count === undefined ? t.severity[severity] : t.severityPlural[severity](count);
  return (
    <span
      data-severity={severity}
      style={{ display: "inline-flex", alignItems: "center", gap: 4, color: SEVERITY_COLORS[severity], fontWeight: 600 }}
    >
      <Icon aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
