import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineProject({
  test: {
    name: 'node',
    root,
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
  },
});
