import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { encodePng } from "./png";
import { arc, frame, hex, rect, render, roundRect, segment, triangle, union, type Rgba, type Shape } from "./raster";

/**
 * Draws the add-in's icons into assets/: the app icon (icon-16/32/64/80/128.png) and one glyph per ribbon button
 * (check, pane, fill, clear, undo at 16/32/80). Run: npx tsx src/scripts/icons/drawIcons.ts
 */

const TEAL = hex("#0F6E63");
const WHITE = hex("#FFFFFF");
const INK = hex("#3B3B3B");
const GREEN = hex("#107C41");
const BLUE = hex("#2B6CB0");
const RED = hex("#C42B1C");

const sheet = (w: number): Shape =>
  union(frame(0.12, 0.12, 0.88, 0.88, w), rect(0.12, 0.36, 0.88, 0.36 + w), rect(0.42, 0.12, 0.42 + w, 0.88));

export const ICONS: Record<string, { sizes: number[]; layers: (size: number) => [Shape, Rgba][] }> = {
  icon: {
    sizes: [16, 32, 64, 80, 128],
    layers: () => [
      [roundRect(0.04, 0.04, 0.96, 0.96, 0.18), TEAL],
      [union(rect(0.2, 0.2, 0.8, 0.25), rect(0.2, 0.2, 0.25, 0.8), rect(0.2, 0.75, 0.55, 0.8)), hex("#FFFFFF", 150)],
      [union(segment(0.34, 0.55, 0.48, 0.7, 0.11), segment(0.48, 0.7, 0.76, 0.36, 0.11)), WHITE],
    ],
  },
  check: {
    sizes: [16, 32, 80],
    layers: (s) => [
      [sheet(s <= 16 ? 1.2 / s : 0.06), INK],
      [union(segment(0.3, 0.58, 0.47, 0.76, 0.14), segment(0.47, 0.76, 0.84, 0.3, 0.14)), GREEN],
    ],
  },
  pane: {
    sizes: [16, 32, 80],
    layers: (s) => [
      [frame(0.08, 0.14, 0.92, 0.86, s <= 16 ? 1.2 / s : 0.06), INK],
      [rect(0.58, 0.14, 0.92, 0.86), BLUE],
      [union(rect(0.64, 0.28, 0.86, 0.34), rect(0.64, 0.44, 0.86, 0.5), rect(0.64, 0.6, 0.8, 0.66)), WHITE],
    ],
  },
  fill: {
    sizes: [16, 32, 80],
    layers: (s) => [
      [sheet(s <= 16 ? 1.2 / s : 0.06), INK],
      [rect(0.48, 0.42, 0.82, 0.82), BLUE],
    ],
  },
  clear: {
    sizes: [16, 32, 80],
    layers: (s) => [
      [sheet(s <= 16 ? 1.2 / s : 0.06), INK],
      [union(segment(0.46, 0.46, 0.84, 0.84, 0.13), segment(0.84, 0.46, 0.46, 0.84, 0.13)), RED],
    ],
  },
  undo: {
    sizes: [16, 32, 80],
    layers: () => [
      [arc(0.52, 0.55, 0.3, 0.13, -Math.PI * 0.95, Math.PI * 0.55), INK],
      [triangle([0.06, 0.52], [0.38, 0.52], [0.22, 0.26]), INK],
    ],
  },
};

export function drawAll(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, icon] of Object.entries(ICONS))
    for (const size of icon.sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      writeFileSync(file, encodePng(render(size, icon.layers(size))));
      written.push(file);
    }
  return written;
}

if (require.main === module) {
  const files = drawAll(path.join(__dirname, "..", "..", "..", "assets"));
  process.stdout.write(`${files.length} icons written\n`);
}
