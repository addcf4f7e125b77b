// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

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
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
