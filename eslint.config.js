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
