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
);
