// Lint runs in `npm test`, so style is settled by the tool, not in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', '**/generated/**', 'bench/workspaces/**', '.e2e-artifacts/**']
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            eqeqeq: ['error', 'always'],
            'no-console': 'off'
        }
    },
    {
        files: ['**/*.cjs'],
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    },
    {
        files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
        languageOptions: {
            globals: {
                process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly',
                __filename: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly',
                document: 'readonly', window: 'readonly', performance: 'readonly', setInterval: 'readonly', clearInterval: 'readonly'
            }
        }
    }
);
