/// <reference types="vitest/config" />
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Gzip budgets in KB (issue "Fast, robust and ready to host"). */
export const BUDGET = { firstScreenKb: 120, allJsKb: 250 };

/**
 * Fails the build when the JavaScript the first screen needs (the entry chunk and
 * everything it imports statically) or all JavaScript together grows past its budget.
 */
function jsBudget(): Plugin {
  return {
    name: 'session-guestbook:js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const gz = (code: string) => gzipSync(code, { level: 9 }).length / 1024;
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const firstScreen = new Set<string>();
      const visit = (name: string) => {
        if (firstScreen.has(name)) return;
        firstScreen.add(name);
        byName.get(name)?.imports.forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      const first = [...firstScreen].reduce((n, f) => n + gz(byName.get(f)?.code ?? ''), 0);
      const all = chunks.reduce((n, c) => n + gz(c.code), 0);
      const line = `JS gzip: first screen ${first.toFixed(1)} KB / ${BUDGET.firstScreenKb} KB, all ${all.toFixed(1)} KB / ${BUDGET.allJsKb} KB`;
      this.info(line);
      if (first > BUDGET.firstScreenKb || all > BUDGET.allJsKb) this.error(`Budget exceeded. ${line}`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works under any sub-path (GitHub Pages project sites).
  base: './',
  plugins: [react(), jsBudget()],
  build: { target: 'es2023', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
