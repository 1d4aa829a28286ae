/** "#RRGGBB" → the BGR integer WPS uses for `Interior.Color` (r + g·256 + b·65536); null for anything else. */
export function bgrOf(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return r + g * 256 + b * 65536;
}

/** A BGR integer → "#RRGGBB"; null for anything that is not one (a mixed read, a negative system colour). */
export function hexOf(bgr: unknown): string | null {
  if (typeof bgr !== "number" || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return null;
  const hex = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(bgr & 0xff)}${hex((bgr >> 8) & 0xff)}${hex((bgr >> 16) & 0xff)}`;
}
