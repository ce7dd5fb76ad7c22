// ESLint flat config: typescript-eslint's type-aware recommended rules for all TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use as const objects, not enums.' },
      ],
    },
  },
  {
    // Pure layers must run in Node: no Phaser, Howler or DOM here.
    files: ['src/{content,story,machine,persistence,settings,i18n,view,classroom}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['phaser', 'howler'] }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
