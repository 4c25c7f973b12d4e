import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in e2e/support/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where screenshots go (git-ignored). */
export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');
