import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { RELAIS_BLUE, iconSpecs, renderIcon } from './icon-art';
import { defaultManifestDir } from './validate-manifest';

describe('icons', () => {
  it.each(iconSpecs.map((spec) => [spec.file, spec] as const))(
    '%s is committed as generated (run manifest/scripts/generate-icons.ts)',
    (_file, spec) => {
      const committed = PNG.sync.read(readFileSync(join(defaultManifestDir, spec.file)));
      const rendered = renderIcon(spec);
      expect([committed.width, committed.height]).toEqual([spec.size, spec.size]);
      expect(committed.data.equals(rendered.data)).toBe(true);
    },
  );

  it('draws the colour icon on Relais blue and the outline in white on transparent', () => {
    const color = renderIcon({ file: 'color.png', size: 192, style: 'color' });
    expect([...color.data.subarray((10 * 192 + 96) * 4, (10 * 192 + 96) * 4 + 4)]).toEqual([
      RELAIS_BLUE.r,
      RELAIS_BLUE.g,
      RELAIS_BLUE.b,
      255,
    ]);
    const outline = renderIcon({ file: 'outline.png', size: 32, style: 'outline' });
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...outline.data.subarray(i * 4, i * 4 + 4)]);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(
      pixels.filter(([, , , a]) => (a ?? 0) > 0).every(([r, g, b]) => r === 255 && g === 255 && b === 255),
    ).toBe(true);
  });
});
