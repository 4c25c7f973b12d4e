#!/usr/bin/env node
// Makes sure the browser tests can run: Debian's Chromium and a CJK font.
// Without fonts-noto-cjk every Chinese character renders as a box (DOM and ECharts canvases).
// As root with apt-get available, installs what is missing; otherwise says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const CJK_FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

function hasChromium() {
  return existsSync(CHROMIUM);
}

function hasCjkFont() {
  if (existsSync(CJK_FONT_FILE)) return true;
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false; // fc-list missing (fontconfig not installed) counts as no font
  }
}

function missingPackages() {
  const missing = [];
  if (!hasChromium()) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  return missing;
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return isRoot && hasApt;
}

function run(cmd, args) {
  console.log(`ensure-browser: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`ensure-browser: '${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

let missing = missingPackages();
if (missing.length > 0) {
  if (!canInstall()) {
    console.error(
      `ensure-browser: missing ${missing.join(' and ')}. The browser tests need Debian's Chromium at ${CHROMIUM} ` +
        'and a CJK font. Install them with:\n' +
        `  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  run('apt-get', ['update']);
  // Install both packages, as documented, even if only one was missing.
  run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk']);
  missing = missingPackages();
  if (missing.length > 0) {
    console.error(`ensure-browser: still missing after install: ${missing.join(', ')}.`);
    process.exit(1);
  }
}
console.log(`ensure-browser: ok (${CHROMIUM}, CJK font present)`);
