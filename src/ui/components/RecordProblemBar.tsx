import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { LocalText } from "../../engine";
import { useStrings } from "../i18n";

/** The workbook holds a record of our changes that fails validation: nothing is taken back on its account. */
export function RecordProblemBar({ reason }: { reason: LocalText }) {
  const { t, lang } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="record-problem">
      <MessageBarBody>
        <MessageBarTitle>{t.recordProblemTitle}</MessageBarTitle>
        {t.recordProblem(reason[lang])}
      </MessageBarBody>
    </MessageBar>
  );
}
