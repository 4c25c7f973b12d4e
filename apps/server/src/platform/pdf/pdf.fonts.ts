import fs from 'node:fs';
import path from 'node:path';
import { serverRoot } from '../config/paths.js';

/**
 * Noto Sans SC (OFL-1.1) vendored in apps/server/assets/fonts, so rendering needs no system
 * fonts. pdfkit embeds only the glyphs a document uses (a subset of a few KB per PDF).
 */
export const fontsDir = path.join(serverRoot, 'assets', 'fonts');
export const FONT_REGULAR = 'zh-regular';
export const FONT_BOLD = 'zh-bold';

const files = {
  [FONT_REGULAR]: 'NotoSansSC_400Regular.ttf',
  [FONT_BOLD]: 'NotoSansSC_700Bold.ttf',
} as const;

const cache = new Map<string, Buffer>();

/** The font bytes, read once per process (about 10 MB each). */
export function fontBytes(name: keyof typeof files): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    const file = path.join(fontsDir, files[name]);
    if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file} (vendored in apps/server/assets/fonts)`);
    bytes = fs.readFileSync(file);
    cache.set(name, bytes);
  }
  return bytes;
}
