import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src-main/core/store/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The core and the shared contract run without Electron: the shell is the only place that may import it.
    files: ['src-main/core/**/*.ts', 'src-shared/**/*.ts', 'src-main/host/**/*.ts', 'src-main/cli.ts', 'src-main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core never imports electron: pass what it needs through createCore.' }] }],
    },
  },
  {
    // The shared contract and the renderer have no Node.
    files: ['src-shared/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '../src-main/*', '../../src-main/*', '../../../src-main/*'], message: 'No Node or main-process code here.' }] }],
    },
  },
);
