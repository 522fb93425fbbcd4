/**
 * The import direction of docs/architecture.md, enforced without extra tools:
 * lib → domain → content / exercises core → db / services → stores → ui / features / exercise views → app.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

type Layer =
  | 'lib'
  | 'domain'
  | 'content'
  | 'exercises'
  | 'exercise-views'
  | 'db'
  | 'services'
  | 'stores'
  | 'i18n'
  | 'ui'
  | 'features'
  | 'app'
  | 'scripts';

/** What each layer may import from src/ (itself included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: ['lib'],
  domain: ['lib', 'domain'],
  content: ['lib', 'domain', 'content', 'exercises'],
  exercises: ['lib', 'domain', 'content', 'exercises'],
  db: ['lib', 'domain', 'content', 'db'],
  services: ['lib', 'domain', 'content', 'services'],
  stores: ['lib', 'domain', 'content', 'exercises', 'db', 'services', 'stores'],
  i18n: ['lib', 'i18n'],
  ui: ['lib', 'domain', 'content', 'exercises', 'services', 'i18n', 'ui'],
  'exercise-views': ['lib', 'domain', 'content', 'exercises', 'exercise-views', 'i18n', 'ui', 'services'],
  features: ['lib', 'domain', 'content', 'exercises', 'exercise-views', 'db', 'services', 'stores', 'i18n', 'ui', 'features'],
  app: ['lib', 'domain', 'content', 'exercises', 'exercise-views', 'db', 'services', 'stores', 'i18n', 'ui', 'features', 'app'],
  scripts: ['lib', 'domain', 'content', 'exercises', 'scripts'],
};

/** npm packages a layer must never import (pure layers stay free of UI, storage and audio). */
const FORBIDDEN_PACKAGES: Partial<Record<Layer, readonly string[]>> = {
  lib: ['react', 'react-dom', 'dexie', 'howler', 'i18next', 'react-i18next', 'zustand', 'zod'],
  domain: ['react', 'react-dom', 'dexie', 'howler', 'i18next', 'react-i18next', 'zustand'],
  content: ['react', 'react-dom', 'dexie', 'howler', 'i18next', 'react-i18next', 'zustand'],
  exercises: ['react', 'react-dom', 'dexie', 'howler', 'i18next', 'react-i18next', 'zustand'],
  db: ['react', 'react-dom', 'howler', 'i18next', 'react-i18next'],
  scripts: ['react', 'react-dom', 'dexie', 'howler', 'i18next', 'react-i18next', 'zustand'],
};

const root = resolve(__dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function layerOf(file: string): Layer | undefined {
  const path = relative(root, file).split(sep).join('/');
  if (path.startsWith('scripts/')) return 'scripts';
  const match = /^src\/([^/]+)\/(.*)$/.exec(path);
  if (!match) return undefined;
  const [, top, rest = ''] = match;
  if (top === 'exercises') {
    return /(^|\/)(view|review)\.tsx$/.test(rest) || rest === 'views.ts' || rest === 'view-types.ts' || rest === 'exercise-runner.tsx'
      ? 'exercise-views'
      : 'exercises';
  }
  return (['lib', 'domain', 'content', 'db', 'services', 'stores', 'i18n', 'ui', 'features', 'app'] as const).find(
    (layer) => layer === top,
  );
}

/** Resolves a relative import to the file it names (.ts, .tsx or as written). */
function resolveImport(file: string, specifier: string): string {
  const target = resolve(dirname(file), specifier);
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return `${target}.ts`;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

const files = [...walk(join(root, 'src')), ...walk(join(root, 'scripts'))];

describe('architecture: import direction', () => {
  test('every source file belongs to a known layer', () => {
    const unknown = files.filter((file) => layerOf(file) === undefined).map((file) => relative(root, file));
    expect(unknown).toEqual([]);
  });

  test('no file imports a layer above its own', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (!layer) continue;
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const targetLayer = layerOf(resolveImport(file, specifier));
        if (targetLayer && !ALLOWED[layer].includes(targetLayer)) {
          violations.push(`${relative(root, file)} (${layer}) imports ${specifier} (${targetLayer})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  test('pure layers do not import UI, storage or audio packages', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      const forbidden = layer ? FORBIDDEN_PACKAGES[layer] : undefined;
      if (!forbidden) continue;
      for (const specifier of importsOf(file)) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (name && forbidden.includes(name)) violations.push(`${relative(root, file)} (${layer}) imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('features never import each other', () => {
    const violations: string[] = [];
    for (const file of files.filter((candidate) => layerOf(candidate) === 'features')) {
      const feature = relative(join(root, 'src/features'), file).split(sep)[0];
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(join(root, 'src/features'), resolve(dirname(file), specifier)).split(sep);
        if (!target[0]?.startsWith('..') && target[0] !== feature) violations.push(`${relative(root, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('nothing imports app/', () => {
    const violations = files
      .filter((file) => layerOf(file) !== 'app')
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith('.') && layerOf(resolveImport(file, specifier)) === 'app')
          .map((specifier) => `${relative(root, file)} imports ${specifier}`),
      );
    expect(violations).toEqual([]);
  });

  test('no Date.now() or Math.random() in domain/ or exercise checkers', () => {
    const offenders = files
      .filter((file) => layerOf(file) === 'domain' || /exercises\/[^/]+\/check\.ts$/.test(file))
      .filter((file) => /Date\.now\(|Math\.random\(|new Date\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
