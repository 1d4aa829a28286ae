import { useEffect, useRef, type RefObject } from "react";

/**
 * When `open` turns false, gives focus back to `opener` if it was left nowhere (on <body>, as a closing dialog leaves it),
 * retrying for a few frames while the dialog's exit motion still holds it.
 */
export function useFocusReturn(open: boolean, opener: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const target = opener.current;
    if (!target) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || active.closest("[role='dialog']") !== null;
      if (lost && target.isConnected) target.focus();
      if (document.activeElement !== target && lost && ++tries < 20) timer = setTimeout(attempt, 25);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [open, opener]);
}
