// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import direction (bulletproof-react): shared code (lib, components, hooks, i18n) → features
 * → app. Shared code imports no feature and no app code; a feature imports no other feature and
 * no app code; only tests import the test kit.
 */
const SRC = resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The src-relative target of each project import in a file (`@/…` or relative). */
function projectImports(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
  return specifiers.flatMap((spec) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.')) return [relative(SRC, resolve(dirname(file), spec))];
    return [];
  });
}

/** Which layer a src-relative path is in: `app`, `feature:<name>`, `testing` or `shared`. */
function layerOf(path: string): string {
  const [top, name] = path.split('/');
  if (top === 'features') return `feature:${name}`;
  if (top === 'app' || top === 'main.tsx') return 'app';
  if (top === 'testing') return top;
  return 'shared';
}

test('imports only flow from shared code to features to the app', () => {
  const violations = sourceFiles(SRC).flatMap((file) => {
    const from = relative(SRC, file);
    const fromLayer = layerOf(from);
    const isTest = /\.test\.tsx?$/.test(from) || fromLayer === 'testing';
    return projectImports(file)
      .filter((target) => {
        const to = layerOf(target);
        // main.tsx may start the browser mock API in `--mode mock` (dropped from production builds).
        if (from === 'main.tsx' && target === 'testing/mocks/browser') return false;
        if (to === 'testing') return !isTest;
        if (isTest || fromLayer === 'app' || to === 'shared' || to === fromLayer) return false;
        return true; // shared → feature/app, feature → app or another feature
      })
      .map((target) => `${from} → ${target}`);
  });
  expect(violations).toEqual([]);
});
