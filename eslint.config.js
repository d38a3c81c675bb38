import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/generated/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'sharp', 'chalk'].map(
            (name) => ({
              name,
              message:
                'Rules are pure functions of facts: no fs, sharp or chalk (see docs/style.md).',
            }),
          ),
          patterns: [
            {
              group: ['**/facts/*'],
              allowTypeImports: true,
              message:
                'Rules read facts, they import only their types; the platform limits, formats, materials and levels are in src/platform/.',
            },
            {
              group: ['**/messages/*'],
              message:
                'Rules report ids and args; the words are in src/messages/ (a term for a word picked by key).',
            },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['src/report/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
            name,
            message: 'Renderers return strings; the CLI writes them (see docs/style.md).',
          })),
        },
      ],
    },
  },
);
