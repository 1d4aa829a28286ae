import { Checkbox, Field, Radio, RadioGroup, Select, Switch, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { PROFILES, PROFILE_IDS, type ProfileId, type Severity } from "../../engine";
import type { PaneSettings } from "../../app/host";
import { useStrings, type Lang } from "../i18n";
import { SEVERITIES } from "../state/findings";

export interface SettingsPanelProps {
  /** The panel's element id (the settings button controls it). */
  id: string;
  settings: PaneSettings;
  onChange(change: Partial<PaneSettings>): void;
}

/** Rule profile, severities to mark, notes on/off, language. Each change applies at once and is saved by the host. */
export function SettingsPanel({ id, settings, onChange }: SettingsPanelProps) {
  const { t, lang } = useStrings();
  const titleId = useId();
  const markId = useId();
  const toggleMark = (s: Severity, on: boolean) => {
    const mark = SEVERITIES.filter((x) => (x === s ? on : settings.mark.includes(x)));
    onChange({ mark });
  };
  return (
    <section
      id={id}
      data-print="no"
      aria-labelledby={titleId}
      style={{
        display: "flex",
        flexDirection: "column",
        gap: 8,
        padding: 8,
        border: `1px solid ${tokens.colorNeutralStroke1}`,
        borderRadius: tokens.borderRadiusMedium,
      }}
    >
      <Text as="h2" id={titleId} weight="semibold" size={400} style={{ margin: 0 }}>
        {t.settings}
      </Text>
      <Field label={t.settingsProfile}>
        <Select value={settings.profile} onChange={(_, d) => onChange({ profile: d.value as ProfileId })}>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {PROFILES[id].name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div role="group" aria-labelledby={markId}>
        <Text id={markId} block weight="semibold" size={300}>
          {t.settingsMark}
        </Text>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            label={t.severity[s]}
            checked={settings.mark.includes(s)}
            onChange={(_, d) => toggleMark(s, d.checked === true)}
          />
        ))}
      </div>
      <Switch label={t.settingsNotes} checked={settings.notes} onChange={(_, d) => onChange({ notes: d.checked })} />
      <Switch
        label={t.review.settingsFillQualitative}
        checked={settings.fillQualitative !== false}
        onChange={(_, d) => onChange({ fillQualitative: d.checked })}
      />
      <Field label={t.settingsLang}>
        <RadioGroup layout="horizontal" value={settings.lang} onChange={(_, d) => onChange({ lang: d.value as Lang })}>
          {(["zh", "en"] as const).map((l) => (
            <Radio key={l} value={l} label={<span lang={l === "zh" ? "zh-CN" : "en"}>{t.langNames[l]}</span>} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
