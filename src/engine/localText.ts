/** A text in both languages the checker speaks: every message, explanation and notice carries one. */
export interface LocalText {
  zh: string;
  en: string;
}
