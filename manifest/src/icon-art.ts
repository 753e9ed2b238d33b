import { PNG } from 'pngjs';

/**
 * The Relais mark: an "R" whose leg runs out as a relay arrow, drawn from geometric shapes
 * so every icon size is rendered from one definition (no design tool in the loop).
 */
export const RELAIS_BLUE = { r: 0x0f, g: 0x6c, b: 0xbd } as const;
const WHITE = { r: 255, g: 255, b: 255 } as const;

type Rgb = { r: number; g: number; b: number };
type Point = [number, number];
/** A shape answers "is this point (unit square coordinates) inside?". */
type Shape = (x: number, y: number) => boolean;

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

const halfRing =
  (cx: number, cy: number, inner: number, outer: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return x >= cx && d >= inner && d <= outer;
  };

const segment =
  ([ax, ay]: Point, [bx, by]: Point, halfWidth: number): Shape =>
  (x, y) => {
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= halfWidth;
  };

const triangle =
  ([ax, ay]: Point, [bx, by]: Point, [cx, cy]: Point): Shape =>
  (x, y) => {
    const side = (px: number, py: number, qx: number, qy: number) =>
      (x - qx) * (py - qy) - (px - qx) * (y - qy);
    const [d1, d2, d3] = [side(ax, ay, bx, by), side(bx, by, cx, cy), side(cx, cy, ax, ay)];
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };

const roundedSquare =
  (radius: number): Shape =>
  (x, y) => {
    const cx = Math.min(Math.max(x, radius), 1 - radius);
    const cy = Math.min(Math.max(y, radius), 1 - radius);
    return Math.hypot(x - cx, y - cy) <= radius;
  };

/** The "R" in a box from (0.22, 0.18) to (0.80, 0.82); stroke 0.11. */
const letterR: Shape[] = [
  rect(0.24, 0.18, 0.35, 0.82),
  rect(0.24, 0.18, 0.5, 0.29),
  rect(0.24, 0.45, 0.5, 0.56),
  halfRing(0.5, 0.37, 0.08, 0.19),
  segment([0.46, 0.52], [0.64, 0.72], 0.055),
  triangle([0.56, 0.8], [0.8, 0.82], [0.76, 0.58]),
];

const inside = (shapes: Shape[], x: number, y: number): boolean => shapes.some((shape) => shape(x, y));

type Layer = { shapes: Shape[]; color: Rgb; inset: number };

/** Coverage by 4×4 supersampling gives anti-aliased edges at 16 px as well as at 192 px. */
const render = (size: number, layers: Layer[]): PNG => {
  const png = new PNG({ width: size, height: size });
  const steps = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < steps; sy++)
          for (let sx = 0; sx < steps; sx++) {
            const u = (px + (sx + 0.5) / steps) / size;
            const v = (py + (sy + 0.5) / steps) / size;
            const scale = 1 - 2 * layer.inset;
            if (inside(layer.shapes, (u - layer.inset) / scale, (v - layer.inset) / scale)) hits++;
          }
        const coverage = hits / (steps * steps);
        if (coverage === 0) continue;
        // "Over" compositing of this layer on what is below.
        const outA = coverage + a * (1 - coverage);
        r = (layer.color.r * coverage + r * a * (1 - coverage)) / outA;
        g = (layer.color.g * coverage + g * a * (1 - coverage)) / outA;
        b = (layer.color.b * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = Math.round(a === 0 ? 0 : r);
      png.data[offset + 1] = Math.round(a === 0 ? 0 : g);
      png.data[offset + 2] = Math.round(a === 0 ? 0 : b);
      png.data[offset + 3] = Math.round(a * 255);
    }
  }
  return png;
};

export type IconSpec = { file: string; size: number; style: 'color' | 'outline' | 'ribbon' };

/** Every PNG the product ships, relative to `manifest/`. */
export const iconSpecs: readonly IconSpec[] = [
  { file: 'color.png', size: 192, style: 'color' },
  { file: 'outline.png', size: 32, style: 'outline' },
  ...[16, 32, 64, 80, 128].map((size): IconSpec => ({
    file: `assets/icon-${size}.png`,
    size,
    style: 'ribbon',
  })),
];

export const renderIcon = ({ size, style }: IconSpec): PNG => {
  switch (style) {
    case 'color':
      return render(size, [
        { shapes: [roundedSquare(0.2)], color: RELAIS_BLUE, inset: 0 },
        { shapes: letterR, color: WHITE, inset: 0.12 },
      ]);
    case 'outline':
      // Teams draws the outline icon itself: white on transparent, nothing else.
      return render(size, [{ shapes: letterR, color: WHITE, inset: 0.02 }]);
    case 'ribbon':
      return render(size, [{ shapes: letterR, color: RELAIS_BLUE, inset: 0 }]);
  }
};

export const encodePng = (png: PNG): Buffer => PNG.sync.write(png);
