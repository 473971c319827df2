// ESLint holds the walls of STYLE.md: core/ is pure, render/ never reaches into core/,
// and only cli.ts touches `process`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = ['core', 'io', 'render', 'report', 'schema', 'app', 'commands'];

/** A wall of STYLE.md: code under src/<dir> may not import `group` (layers given by name). */
function wall(dir, group, message) {
  const patterns = [{ group: group.map((g) => (LAYERS.includes(g) ? `../${g}/*` : g)), message }];
  return { files: [`src/${dir}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'bin/*.js', 'bin/*.mjs', 'bench/*.mjs', '.ci/*.mjs'],
        },
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
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // The CLI bundle is CommonJS run by vm.Script (bin/wa-cost.js): import() of a package fails
          // there. Import the package statically in a module that is itself imported lazily.
          selector: 'ImportExpression > Literal[value=/^[^.]/]',
          message:
            'no dynamic import() of a package: import it statically in a lazily imported module (docs/startup.md)',
        },
      ],
    },
  },
  wall(
    'core',
    ['node:*', 'fs', 'path', ...LAYERS.filter((l) => l !== 'core')],
    'core/ is pure: it imports only decimal.js and itself.',
  ),
  wall(
    'report',
    ['node:*', 'fs', 'path', ...LAYERS.filter((l) => !['core', 'report'].includes(l))],
    'report/ builds the Report from core/ values alone (STYLE.md, the shape of the house).',
  ),
  wall('render', ['node:fs', 'fs', 'core'], 'render/ is a function of the Report alone.'),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/build-rate-cache.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'only cli.ts touches process' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The start-up loader is CommonJS on purpose (bin/package.json; it says why); it imports with require().
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
