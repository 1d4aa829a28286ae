import type { ProfileId, RuleProfile } from "./profile";

const base: RuleProfile = {
  id: "mof-2020",
  name: { zh: "财预〔2020〕10号（默认）", en: "MOF 2020 No. 10 (default)" },
  executionWeight: 10,
  levelWeights: { output: 50, effect: 30, satisfaction: 10 },
  tiers: { top: { min: 0.8, max: 1 }, middle: { min: 0.6, max: 0.8 }, bottom: { min: 0, max: 0.6 } },
  reverse: "ratio",
  reasonBelowExecution: null,
  reasonAboveAchievement: null,
};

export const PROFILES: Record<ProfileId, RuleProfile> = {
  "mof-2020": base,
  hubei: {
    ...base,
    id: "hubei",
    name: { zh: "湖北（执行率 20 分）", en: "Hubei (execution 20 points)" },
    executionWeight: 20,
    levelWeights: null,
    tiers: { top: { min: 0.8, max: 1 }, middle: { min: 0.5, max: 0.8 }, bottom: { min: 0, max: 0.5 } },
  },
  sichuan: {
    ...base,
    id: "sichuan",
    name: { zh: "四川（执行率低于 90% 须说明原因）", en: "Sichuan (reason below 90% execution)" },
    reasonBelowExecution: 0.9,
  },
  guangxi: {
    ...base,
    id: "guangxi",
    name: { zh: "广西（超额 30% 须说明原因）", en: "Guangxi (reason at 130% over-achievement)" },
    reasonAboveAchievement: 1.3,
  },
  "linear-reverse": {
    ...base,
    id: "linear-reverse",
    name: { zh: "反向指标线性扣分", en: "Linear reverse scoring" },
    reverse: "linear",
  },
  ningxia: {
    ...base,
    id: "ningxia",
    name: { zh: "宁夏转移支付（40/40/20）", en: "Ningxia transfer payments (40/40/20)" },
    levelWeights: { output: 40, effect: 40, satisfaction: 20 },
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

export function getProfile(id: string): RuleProfile | null {
  return (PROFILES as Record<string, RuleProfile>)[id] ?? null;
}
