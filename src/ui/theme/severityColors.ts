import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine";

/**
 * The Fluent tokens that colour each severity's icon and label. Chosen for ≥ 4.5:1 against the neutral backgrounds in
 * the light and dark themes (severityColors.test.ts checks it); high-contrast themes map them all to the system text colour.
 */
export const SEVERITY_TOKEN_NAMES: Record<
  Severity,
  "colorStatusDangerForeground3" | "colorStatusWarningForeground2" | "colorBrandForeground2"
> = {
  error: "colorStatusDangerForeground3",
  warning: "colorStatusWarningForeground2",
  info: "colorBrandForeground2",
};

export const SEVERITY_COLORS: Record<Severity, string> = {
  error: tokens[SEVERITY_TOKEN_NAMES.error],
  warning: tokens[SEVERITY_TOKEN_NAMES.warning],
  info: tokens[SEVERITY_TOKEN_NAMES.info],
};
