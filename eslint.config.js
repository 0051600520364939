// One lint config; the environment of every folder is declared here and crossings are errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'cli/**', 'bin/**', 'tests/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ is pure: no React.',
            },
            { group: ['dexie', 'dexie/*'], message: 'shared/ is pure: Dexie lives in renderer/db.' },
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
              message: 'shared/ is pure: no Node built-ins.',
            },
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
              message: 'shared/ imports only itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', '**/electron/main/**'],
              message: 'renderer/ never imports electron/; go through renderer/platform.',
            },
            { group: ['node:*'], message: 'renderer/ runs in a browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // Users type key by key: fill() set whole values and hid a money input that turned 238760.50 into 50.00.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/support/whole-value.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='fill']",
          message:
            'End-to-end tests type as a person does (retype / pressSequentially / keyboard.type); a whole value goes through tests/e2e/support/whole-value.ts with its reason.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] },
      ],
    },
  },
);
