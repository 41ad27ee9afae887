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

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'tests/fixtures/**'] },
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
    // Pure layers: no DOM, no host, no exceljs.
    files: ['src/domain/**', 'src/workbook/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '../excel/*',
                '../xlsx/*',
                '../taskpane/*',
              ],
              message: 'src/domain and src/workbook stay pure.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
