import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.twin/**', '.scratch/**', 'coverage/**', 'test/fixtures/**', 'twin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: 'Only src/action.ts may import @actions/core.' }] },
      ],
    },
  },
  {
    // lines <= 120 columns, strings, templates and comments included (only URLs in comments may run over)
    rules: { 'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }] },
  },
  {
    // no function over 80 lines outside the entries; test files' describe() callbacks may be longer
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ignores: ['src/action.ts', 'src/cli.ts', 'src/cli-*.ts', 'test/**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  { files: ['src/action.ts', 'src/index.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['scripts/**', 'bench/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
