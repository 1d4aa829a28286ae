import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import type { PaneError } from "../state/usePane";

/** A host's own message (in the pane's language) or, for anything unexpected, a generic message with the detail. */
export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss(): void }) {
  const { t, lang } = useStrings();
  const title = error.kind === "host" ? t.hostErrorTitle[error.code] : t.errorTitle;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.kind === "host" ? (
          error.messages[lang]
        ) : (
          <>
            {t.genericError}{" "}
            <span>
              {t.errorDetail}: {error.detail}
            </span>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
