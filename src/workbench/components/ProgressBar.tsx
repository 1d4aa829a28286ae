import { useEffect, useState } from "react";
import type { Activity } from "../../hosts/browser/engineClient";
import type { ShellStrings } from "../strings";

/** What the engine is doing, with a bar (determinate while sheets are read) and the seconds so far. */
export function ProgressBar({ activity, strings }: { activity: Activity; strings: ShellStrings }) {
  const running = activity.running > 0;
  const [started, setStarted] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) {
      setStarted(null);
      return;
    }
    setStarted(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);
  const p = activity.progress;
  const seconds = started === null ? 0 : Math.max(0, Math.floor((now - started) / 1000));
  return (
    <div className="wb-progress" role="status" aria-live="polite">
      {running && p && (
        <>
          {p.total > 1 ? (
            <progress max={p.total} value={p.done} aria-label={strings.stage(p.stage, p.done, p.total)} />
          ) : (
            <progress aria-label={strings.stage(p.stage, p.done, p.total)} />
          )}
          <span>{strings.stage(p.stage, p.done, p.total)}</span>
          {seconds >= 1 && <span className="wb-muted">{strings.elapsed(seconds)}</span>}
        </>
      )}
    </div>
  );
}
