// ESLint holds the walls of STYLE.md: core/ is pure, render/ never reaches into core/,
// and only cli.ts touches `process`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.mjs', '.ci/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                '../io/*',
                '../render/*',
                '../report/*',
                '../schema/*',
                '../app/*',
                '../commands/*',
              ],
              message: 'core/ is pure: it imports only decimal.js and itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'only cli.ts touches process' }],
    },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../core/*', 'node:fs', 'fs'], message: 'render/ is a function of the Report alone.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'only cli.ts touches process' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/build-rate-cache.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'only cli.ts touches process' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
