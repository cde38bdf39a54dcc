// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** The pure core may not reach Office, React, a spreadsheet library, the file system or the clock's host. */
const DOMAIN_FORBIDDEN = [
  'exceljs',
  'jszip',
  '@xmldom/*',
  'react',
  'react-dom',
  '@fluentui/*',
  'office-*',
  '@microsoft/*',
  'node:*',
  'fs',
  'path',
  '**/adapters/**',
  '**/cli/**',
  '**/pane/**',
];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'lib-bench/', 'dist/', 'coverage/', 'test/output/', 'stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Office.js the way its authors advise: load before read, sync after load, never sync in a loop.
    files: ['src/adapters/office/**/*.ts', 'src/pane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'error'])),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: DOMAIN_FORBIDDEN, message: 'src/domain is the pure core: reach the workbook through the port.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'No Office in the core.' }, { name: 'Excel', message: 'No Excel in the core.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core knows nothing of the clock: take today as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core knows nothing of the clock: take today as a parameter.',
        },
      ],
    },
  },
);
module.exports.DOMAIN_FORBIDDEN = DOMAIN_FORBIDDEN;
