import type { Bitmap } from "./png";

/** A shape in unit coordinates (0..1 across the icon): does it cover this point? */
export type Shape = (x: number, y: number) => boolean;
export type Rgba = [number, number, number, number];

export function hex(color: string, alpha = 255): Rgba {
  const n = parseInt(color.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

export const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

export const frame =
  (x0: number, y0: number, x1: number, y1: number, w: number): Shape =>
  (x, y) =>
    rect(x0, y0, x1, y1)(x, y) && !rect(x0 + w, y0 + w, x1 - w, y1 - w)(x, y);

/** A line of width `w` with round ends. */
export const segment =
  (ax: number, ay: number, bx: number, by: number, w: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  };

/** A ring of radius r and width w between angles a0 and a1 (radians, y down). */
export const arc =
  (cx: number, cy: number, r: number, w: number, a0: number, a1: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (Math.abs(d - r) > w / 2) return false;
    let a = Math.atan2(y - cy, x - cx);
    while (a < a0) a += 2 * Math.PI;
    return a <= a1;
  };

export const triangle =
  (p: [number, number], q: [number, number], r: [number, number]): Shape =>
  (x, y) => {
    const side = (a: [number, number], b: [number, number]) => (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    const s1 = side(p, q);
    const s2 = side(q, r);
    const s3 = side(r, p);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };

export const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** Paints layers in order over a transparent square, 4×4 samples a pixel for smooth edges. */
export function render(size: number, layers: [Shape, Rgba][]): Bitmap {
  const data = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [shape, color] of layers) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++)
          for (let sx = 0; sx < n; sx++) if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
        if (hits === 0) continue;
        const alpha = (color[3] / 255) * (hits / (n * n));
        const outA = alpha + a * (1 - alpha);
        r = (color[0] * alpha + r * a * (1 - alpha)) / outA;
        g = (color[1] * alpha + g * a * (1 - alpha)) / outA;
        b = (color[2] * alpha + b * a * (1 - alpha)) / outA;
        a = outA;
      }
      data.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  return { width: size, height: size, data };
}
