import tseslint from '@typescript-eslint/eslint-plugin'
import tsparser from '@typescript-eslint/parser'

export default [
  {
    ignores: [
      `**/.sst/**`,
      `**/node_modules/**`,
      `**/dist/**`,
      `**/build/**`,
      `**/coverage/**`,
      `**/.next/**`,
      `**/.nitro/**`,
      `**/.output/**`,
      `**/.vitepress/cache/**`,
      `**/.vitepress/dist/**`,
      `**/.vitepress/dist-markdown/**`,
      `**/sst-env.d.ts`,
      `**/sst.config.ts`,
      `website/src/partials/**`,
      `**/routeTree.gen.ts`,
    ],
  },
  {
    files: [`**/*.{js,mjs,cjs,jsx}`],
    rules: {
      quotes: [`error`, `backtick`],
    },
  },
  {
    files: [`**/*.{ts,tsx}`],
    languageOptions: {
      parser: tsparser,
      parserOptions: {
        ecmaVersion: `latest`,
        sourceType: `module`,
      },
    },
    plugins: {
      '@typescript-eslint': tseslint,
    },
    rules: {
      quotes: [`error`, `backtick`],
      'no-unused-vars': `off`,
      '@typescript-eslint/no-unused-vars': [
        `error`,
        {
          argsIgnorePattern: `^_`,
          varsIgnorePattern: `^_`,
          caughtErrorsIgnorePattern: `^_`,
        },
      ],
    },
  },
  {
    files: [`**/*.d.ts`],
    rules: {
      quotes: `off`,
    },
  },
  {
    // Node ESM: `import` specifiers must use " or ' (not `), so relax quotes here.
    files: [`website/scripts/**`],
    rules: {
      quotes: `off`,
    },
  },
]
