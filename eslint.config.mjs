// Lint setup. The one architectural rule that matters most: src/core is pure TypeScript that the CLI,
// the extension and the tests share, so it must never import `vscode` (nor anything from the adapters).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test/vscode/out/**', 'bench/out/**', 'bench/corpus/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // node:test's test() returns a promise the runner tracks itself; awaiting it at top level is noise.
    files: ['test/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is shared with the CLI and must not depend on VS Code; adapt in src/extension.' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not import from the adapters.' }],
      }],
    },
  },
);
