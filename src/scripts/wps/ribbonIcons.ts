import * as fs from "fs";
import * as path from "path";
import { ICONS } from "../icons/drawIcons";
import { encodePng } from "../icons/png";
import { render } from "../icons/raster";

/** Each ribbon button → the drawn icon it shows (src/scripts/icons/drawIcons.ts). */
export const RIBBON_ICONS: Record<string, keyof typeof ICONS> = {
  btnCheck: "check",
  btnPane: "pane",
  btnFill: "fill",
  btnClearMarks: "clear",
  btnUndoFill: "undo",
};

/** WPS draws a large ribbon button's image at 32 × 32. */
export const RIBBON_ICON_SIZE = 32;

/**
 * Draws the ribbon's icons as PNGs into `<folder>/images/<buttonId>.png` (what GetImage returns): shapes rasterised here,
 * no text glyph (WPS's Qt ribbon renders SVG text with whatever fonts the system has; Kylin and UOS lack ✓ ✗ ☰ ↶).
 */
export function drawRibbonIcons(folder: string): string[] {
  const images = path.join(folder, "images");
  fs.mkdirSync(images, { recursive: true });
  return Object.entries(RIBBON_ICONS).map(([id, icon]) => {
    const file = path.join(images, `${id}.png`);
    fs.writeFileSync(file, encodePng(render(RIBBON_ICON_SIZE, ICONS[icon].layers(RIBBON_ICON_SIZE))));
    return file;
  });
}
