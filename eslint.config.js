// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import zd from './tools/eslint/module-boundary.js';

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/coverage/',
    '**/data/',
    '**/.data*/',
    '**/.tmp/',
    '**/test-results/',
    'e2e/screenshots/',
    'packages/api-types/',
    'apps/server/drizzle/',
  ]),

  // Plain JavaScript: this file, tools, scripts (.js / .mjs / .cjs).
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },

  // TypeScript: syntax-level recommended rules (not type-checked, to stay fast).
  {
    files: ['{apps/server,apps/web,e2e,bench}/**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // The browser app runs in the browser; its build config runs in Node.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
    languageOptions: { globals: { ...globals.browser } },
  },

  // One door per module (DESIGN.md, rule of the house 1).
  {
    files: ['apps/server/src/**/*.{ts,tsx,mts,cts,js,mjs}'],
    plugins: { zd },
    rules: { 'zd/module-boundary': 'error' },
  },
);
