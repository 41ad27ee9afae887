// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const hostGlobals = {
  name: 'Excel',
  message:
    'Office.js is used only in src/excel/ (and the task pane bootstrap); go through the OfficeWorkbook layer.',
};

/** Folders of the layers above the pure core (src/ledger's adapters and callers). */
const adapters = ['excel', 'xlsx', 'taskpane', 'cli', 'documents'];

/** Libraries and built-ins a pure layer must not import. */
const pureLibraries = [
  {
    group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path', 'child_process'],
    message: 'src/domain, src/workbook and src/ledger stay pure: no host, DOM, file system or UI library.',
  },
];

/** An import pattern that matches a relative path climbing to any of the given top-level folders of src. */
function layersAbove(folders) {
  return {
    regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
    message: `This layer imports nothing above it (${folders.join(', ')}); see DEVELOPERS.md, Architecture.`,
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'build-check/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The Excel and Office globals belong to src/excel/ alone.
      'no-restricted-globals': ['error', hostGlobals, { ...hostGlobals, name: 'Office' }],
      'no-restricted-syntax': [
        'error',
        { selector: "TSQualifiedName[left.name='Excel']", message: hostGlobals.message },
        { selector: "TSQualifiedName[left.name='Office']", message: hostGlobals.message },
      ],
    },
  },
  {
    // The host layer, its fake, and the task pane's bootstrap (which waits for Office.onReady) may use them.
    files: ['src/excel/**', 'src/taskpane/bootstrap.ts', 'tests/support/**', 'tests/excel/**'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // The domain imports nothing above it, at any depth: no workbook, ledger or adapter code, no host, DOM,
    // file system or UI library.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...pureLibraries, layersAbove(['workbook', 'ledger', ...adapters])] },
      ],
    },
  },
  {
    // The workbook plan is pure data over the domain: no ledger use cases, no adapters.
    files: ['src/workbook/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...pureLibraries, layersAbove(['ledger', ...adapters])] },
      ],
    },
  },
  {
    // The use cases talk to workbooks only through the LedgerWorkbook port, never to an adapter directly.
    files: ['src/ledger/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...pureLibraries, layersAbove(adapters)] }] },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
