import { Button, Toolbar, ToolbarButton } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { HostState } from "../../app/host";
import { useStrings } from "../i18n";

export const SETTINGS_PANEL_ID = "selfeval-settings";

export interface PaneToolbarProps {
  busy: boolean;
  hostState: HostState;
  settingsOpen: boolean;
  onCheck(): void;
  onFill(): void;
  onClearMarks(): void;
  onUndoFill(): void;
  onToggleSettings(): void;
  /** The settings panel's id; each pane its own, so that several panes in one page repeat none. */
  settingsId?: string;
}

/**
 * The pane's actions. While the host works they are aria-disabled but stay focusable, so focus stays on the button
 * the user pressed; arrow keys move between them (Fluent Toolbar), Tab leaves the toolbar.
 */
export function PaneToolbar(props: PaneToolbarProps) {
  const { t } = useStrings();
  const { busy, hostState } = props;
  return (
    <Toolbar aria-label={t.toolbarLabel} size="small" style={{ flexWrap: "wrap", gap: 4, padding: 0 }}>
      <Button appearance="primary" disabledFocusable={busy} onClick={props.onCheck}>
        {t.check}
      </Button>
      <ToolbarButton disabledFocusable={busy} onClick={props.onFill}>
        {t.fill}
      </ToolbarButton>
      <ToolbarButton disabledFocusable={busy || hostState.marks === 0} onClick={props.onClearMarks}>
        {t.clearMarks}
      </ToolbarButton>
      <ToolbarButton disabledFocusable={busy || hostState.fills === 0} onClick={props.onUndoFill}>
        {t.undoFill}
      </ToolbarButton>
      <ToolbarButton
        icon={<Settings20Regular />}
        aria-label={t.settings}
        title={t.settings}
        aria-expanded={props.settingsOpen}
        aria-controls={props.settingsId ?? SETTINGS_PANEL_ID}
        appearance="subtle"
        onClick={props.onToggleSettings}
      />
    </Toolbar>
  );
}
