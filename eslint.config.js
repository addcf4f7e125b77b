// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// The engine must stay pure: it runs in a Web Worker, in the CLI and in Monte Carlo loops.
const engineBoundary = {
  patterns: [
    { group: ['node:*'], message: 'The engine (src/) is pure TypeScript: no Node modules.' },
    {
      group: [
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'fs',
        'path',
        'os',
        'child_process',
      ],
      message: 'The engine (src/) is pure TypeScript: no Node, DOM or Electron libraries.',
    },
    {
      group: ['**/cli/**', '**/backend/**'],
      message: 'The engine must not import its Node adapters.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.mjs', 'scripts/*.mjs'] },
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/backend/**'],
    rules: {
      'no-restricted-imports': ['error', engineBoundary],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The renderer talks to the privileged side only through the typed bridge client.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3'],
              message: 'The renderer has browser APIs only.',
            },
            {
              group: ['**/src/backend/**', '**/src/cli/**', '**/electron/**'],
              message: 'Use the bridge (renderer/src/api).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
