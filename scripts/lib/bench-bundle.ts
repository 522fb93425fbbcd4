/**
 * Bundle measurements for `npm run bench`: what a first visit must download before the app can
 * start (the entry chunk, its static imports, the stylesheets of index.html), all the JS of the
 * build, and the service worker's precache.
 *
 * Sizes are gzip sizes (node:zlib, level 9) in KB of 1024 bytes, unless said otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/** One built file with its raw and gzip sizes in bytes. */
export interface FileSize {
  /** Path relative to dist/, with `/`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PrecacheInfo {
  entries: number;
  /** Sum of the raw sizes of the precached files. */
  bytes: number;
  /** Sum of their gzip sizes (roughly what the service worker downloads from a gzip server). */
  gzipBytes: number;
  /** Manifest URLs with no file in dist/ (should be empty). */
  missing: string[];
}

export interface BundleReport {
  entry: string;
  initialJs: FileSize[];
  initialCss: FileSize[];
  /** `<link rel="modulepreload">` targets that are not static imports of the entry (should be empty). */
  modulepreloadNotImported: string[];
  /** Static imports of the entry that index.html does not modulepreload (a waterfall, should be empty). */
  importedNotPreloaded: string[];
  totalJs: { files: number; bytes: number; gzipBytes: number };
  precache: PrecacheInfo | undefined;
  /** Why the precache could not be measured, when it could not. */
  precacheNote: string | undefined;
}

const gzipCache = new Map<string, FileSize>();

/** Raw and gzip (level 9) size of a file under dist/. */
export function sizeOf(distDir: string, file: string): FileSize {
  const cached = gzipCache.get(`${distDir}\0${file}`);
  if (cached) return cached;
  const buffer = readFileSync(join(distDir, ...file.split('/')));
  const size: FileSize = { file, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length };
  gzipCache.set(`${distDir}\0${file}`, size);
  return size;
}

interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
}

/** The `<script>` and `<link>` start tags of an HTML document, with their attributes (lower-cased names). */
export function scanTags(html: string): HtmlTag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags: HtmlTag[] = [];
  for (const match of withoutComments.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const [, name = '', rawAttributes = ''] = match;
    const attributes = new Map<string, string>();
    for (const attribute of rawAttributes.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const [, key = '', doubleQuoted, singleQuoted, bare] = attribute;
      attributes.set(key.toLowerCase(), doubleQuoted ?? singleQuoted ?? bare ?? '');
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

/** A same-origin URL of index.html as a path relative to dist/ (undefined for other origins, data: URLs…). */
function distPathOfUrl(url: string, from = ''): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  const joined = clean.startsWith('/') ? clean : posix.join(posix.dirname(`/${from}`), clean);
  return posix.normalize(joined).replace(/^\/+/, '');
}

/**
 * The module specifiers of a built JS file's static `import … from` / `import "…"` / `export … from`
 * declarations. Dynamic `import()` calls (lazy chunks) are not static imports and are not returned.
 */
export function staticImportsOf(code: string, fileName = 'chunk.js'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** The entry chunk and every chunk it statically imports, recursively (paths relative to dist/). */
export function staticClosure(distDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, ...file.split('/')), 'utf8');
    for (const specifier of staticImportsOf(code, file)) {
      // Bare specifiers cannot occur in a browser build; only follow files of this build.
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = distPathOfUrl(specifier, file);
      if (target !== undefined && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/**
 * The URLs of the precache manifest in a Workbox service worker generated by vite-plugin-pwa:
 * the array literal passed to `precacheAndRoute([{url:"…",revision:…}, …])`. Undefined when the
 * call is not found (a different service worker layout).
 */
export function precacheUrls(swCode: string): string[] | undefined {
  const source = ts.createSourceFile('sw.js', swCode, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let urls: string[] | undefined;
  const visit = (node: ts.Node): void => {
    if (urls !== undefined) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const manifest = node.arguments[0];
      if (name === 'precacheAndRoute' && manifest !== undefined && ts.isArrayLiteralExpression(manifest)) {
        const found: string[] = [];
        for (const element of manifest.elements) {
          if (ts.isStringLiteral(element)) {
            found.push(element.text);
            continue;
          }
          if (!ts.isObjectLiteralExpression(element)) continue;
          for (const property of element.properties) {
            if (
              ts.isPropertyAssignment(property) &&
              (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
              property.name.text === 'url' &&
              ts.isStringLiteral(property.initializer)
            ) {
              found.push(property.initializer.text);
            }
          }
        }
        urls = found;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return urls;
}

/** Measures the build in `distDir` (see the module comment). Throws when index.html has no module entry. */
export function measureBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const tags = scanTags(html);
  const entryTag = tags.find((tag) => tag.name === 'script' && tag.attributes.get('type') === 'module' && tag.attributes.has('src'));
  const entry = distPathOfUrl(entryTag?.attributes.get('src') ?? '');
  if (entry === undefined || entry === '') throw new Error('dist/index.html has no <script type="module" src>');

  const linksWithRel = (rel: string): string[] =>
    tags
      .filter(
        (tag) =>
          tag.name === 'link' && (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes(rel) && tag.attributes.has('href'),
      )
      .map((tag) => distPathOfUrl(tag.attributes.get('href') ?? ''))
      .filter((path): path is string => path !== undefined && path !== '');

  const preloads = linksWithRel('modulepreload');
  const stylesheets = linksWithRel('stylesheet');
  const closure = staticClosure(distDir, entry);
  // Everything index.html makes the browser fetch eagerly counts, even a preload that is not imported.
  const initialJsFiles = [...new Set([...closure, ...preloads])];

  const allJs = listFiles(join(distDir, 'assets'))
    .filter((full) => full.endsWith('.js') || full.endsWith('.mjs'))
    .map((full) => sizeOf(distDir, relative(distDir, full).split(sep).join('/')));

  let precache: PrecacheInfo | undefined;
  let precacheNote: string | undefined;
  const swPath = join(distDir, 'sw.js');
  if (!existsSync(swPath)) {
    precacheNote = 'dist/sw.js not found';
  } else {
    const urls = precacheUrls(readFileSync(swPath, 'utf8'));
    if (urls === undefined) {
      precacheNote = 'no precacheAndRoute([...]) manifest found in dist/sw.js';
    } else {
      const missing: string[] = [];
      let bytes = 0;
      let gzipBytes = 0;
      for (const url of urls) {
        const path = distPathOfUrl(url, 'sw.js');
        if (path === undefined || !existsSync(join(dirname(swPath), ...path.split('/')))) {
          missing.push(url);
          continue;
        }
        const size = sizeOf(distDir, path);
        bytes += size.bytes;
        gzipBytes += size.gzipBytes;
      }
      precache = { entries: urls.length, bytes, gzipBytes, missing };
    }
  }

  return {
    entry,
    initialJs: initialJsFiles.map((file) => sizeOf(distDir, file)),
    initialCss: stylesheets.map((file) => sizeOf(distDir, file)),
    modulepreloadNotImported: preloads.filter((file) => !closure.includes(file)),
    importedNotPreloaded: closure.filter((file) => file !== entry && !preloads.includes(file)),
    totalJs: {
      files: allJs.length,
      bytes: allJs.reduce((sum, size) => sum + size.bytes, 0),
      gzipBytes: allJs.reduce((sum, size) => sum + size.gzipBytes, 0),
    },
    precache,
    precacheNote,
  };
}
