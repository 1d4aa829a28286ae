import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { PROFILES, type ProfileId, type Report } from "../../engine";
import { useStrings } from "../i18n";

const profileName = (id: string, lang: "zh" | "en") => PROFILES[id as ProfileId]?.name[lang] ?? id;

/**
 * Which rule profile and language produced the shown results; when the settings now say otherwise, a bar that says the
 * results are out of date, with 重新校验. The pane marks rather than re-checks by itself: a check rewrites the marks
 * and notes in the workbook, and a reviewer trying profiles in the settings has not asked for that yet.
 */
export function ResultHeader({ report, stale, busy, onRecheck }: { report: Report; stale: boolean; busy: boolean; onRecheck(): void }) {
  const { t, lang } = useStrings();
  const profile = profileName(report.profile, lang);
  const language = t.langNames[report.lang];
  return (
    <>
      <Text as="p" size={200} data-testid="checked-with" style={{ margin: 0, color: tokens.colorNeutralForeground2 }}>
        {t.review.checkedWith(profile, language)}
      </Text>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-bar">
          <MessageBarBody>
            <MessageBarTitle>{t.review.staleTitle}</MessageBarTitle>
            {t.review.stale(profile, language)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabledFocusable={busy} onClick={onRecheck}>
              {t.review.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
