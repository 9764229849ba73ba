import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.cache/**', 'tests/editor-pages/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The analyzer and the statistics are pure: no DOM, browser, clock or randomness (STYLE.md habit 4).
    files: ['lib/analysis/**/*.ts', 'lib/stats/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'indexedDB', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'pass the time in' },
        { object: 'Math', property: 'random', message: 'no randomness in pure modules' },
      ],
    },
  },
);
