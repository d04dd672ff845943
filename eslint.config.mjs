import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'test-results/', '.vscode-test/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
    },
  },
  {
    // Outside the core, only its façade (core/index.ts) is imported: its modules can move freely.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*'], message: 'Import the analysis core through its façade, core/index.ts.' }] }],
    },
  },
  {
    // The analysis core is text in, findings out: no editor, no protocol.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'nodejieba'] }],
    },
  },
  {
    // The summary check compares two readings: it may use their types, and the lexicons and character
    // classes, but no part of the reader (a re-parse of either text would hide here).
    files: ['server/src/core/summary/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['../*', '../**', '!../text', '!../vocabulary'],
          allowTypeImports: true,
          message: 'summary/ works on readings: import their types, or the lexicons (../vocabulary) and character classes (../text).',
        }],
      }],
    },
  },
);
