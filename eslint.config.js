// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// The engine must stay pure: it runs in a Web Worker, in the CLI and in Monte Carlo loops.
const engineBoundary = {
  patterns: [
    { group: ['node:*'], message: 'The engine (src/engine) is pure TypeScript: no Node modules.' },
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
      message: 'The engine (src/engine) is pure TypeScript: no Node, DOM or Electron libraries.',
    },
    {
      group: ['#engine', '**/node/**', '**/cli/**', '**/contract/**', '**/renderer/**'],
      message: 'The engine imports only itself (relative paths), never the rooms around it.',
    },
  ],
};

// Everything outside src/engine reaches the engine through its front door, src/engine/index.ts.
const frontDoor = {
  group: ['**/engine/*', '**/engine/**', '!**/engine/index', '!**/engine/index.ts'],
  message: "Import the engine through its front door: import { … } from '#engine'.",
};
// Nothing outside renderer/ depends on the UI (the report contract lives in src/contract).
const noRenderer = {
  group: ['**/renderer/**'],
  message:
    'Only the renderer (and its tests) import renderer/; shared contracts live in src/contract.',
};

// What the renderer may not import: Node, Electron, the Node side, the engine's insides.
const rendererPatterns = [
  {
    group: ['node:*', 'electron', 'better-sqlite3'],
    message: 'The renderer has browser APIs only.',
  },
  {
    group: ['**/src/node/**', '**/src/cli/**', '**/electron/**'],
    message: 'Use the bridge (renderer/src/api).',
  },
  frontDoor,
];
// Components reach the privileged side through the store's actions, not the bridge itself.
const viaStore = {
  group: ['**/api/bridge', '**/api/bridge-client'],
  message: 'Call a store action (renderer/src/stores) instead of the bridge.',
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
    // Small functions a newcomer can read: no source function (components included) over 150 lines.
    files: ['{src,renderer/src,electron,scripts,bench,models}/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 150, IIFEs: true }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineBoundary],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: [
      'src/{node,cli,contract}/**/*.ts',
      'electron/**/*.ts',
      '{scripts,bench,models}/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [frontDoor, noRenderer] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frontDoor] }] },
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
    rules: { 'no-restricted-imports': ['error', { patterns: rendererPatterns }] },
  },
  {
    // Components call the store's actions; only the store (and main.tsx) holds the bridge.
    files: ['renderer/src/components/**/*.{ts,tsx}', 'renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererPatterns, viaStore] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
