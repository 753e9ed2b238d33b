/** Regenerates the committed icons: `npx tsx manifest/scripts/generate-icons.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodePng, iconSpecs, renderIcon } from '../src/icon-art';

const manifestDir = join(__dirname, '..');

for (const spec of iconSpecs) {
  const target = join(manifestDir, spec.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, encodePng(renderIcon(spec)));
  console.log(`wrote manifest/${spec.file} (${spec.size}x${spec.size})`);
}
