import type { Announcement } from "../state/usePane";

/** Polite status region: screen readers read each new announcement; visible too, as the action's confirmation. */
export function LiveRegion({ announcement }: { announcement: Announcement }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-serial={announcement.serial} style={{ minHeight: "1.2em" }}>
      {announcement.text}
    </div>
  );
}
