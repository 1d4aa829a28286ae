import { createContext, useContext } from "react";
import type { Dictionary, Lang } from "./dictionary";
import { en } from "./en";
import { zh } from "./zh";

export type { CheckSummary, Dictionary, Lang } from "./dictionary";

export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };

export interface LangContextValue {
  lang: Lang;
  t: Dictionary;
}

export const LangContext = createContext<LangContextValue>({ lang: "zh", t: zh });

/** The current language and its strings. */
export function useStrings(): LangContextValue {
  return useContext(LangContext);
}
