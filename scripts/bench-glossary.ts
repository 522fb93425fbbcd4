/**
 * bench:glossary — how long the glossary search takes per keystroke, in Node.
 *
 * Builds the index over the real glossary topped up with synthetic entries to `--entries` (default
 * 2,000; the words of synthetic entries are drawn and recombined from the real ones, so the
 * vocabulary grows like a real glossary's), then "types" several hundred terms letter by letter —
 * English and French main terms, synonyms, acronyms, and terms with a typo — timing one search per
 * keystroke (50 hits, highlighted, as the screen asks). Prints p50/p95/p99/max and writes them
 * under the `glossary` key of bench/results.json (other keys are kept). Budget: p95 < 5 ms.
 *
 *   npm run bench:glossary
 *   npm run bench:glossary -- --entries 3000 --queries 600
 *   npm run bench:glossary -- --compare      # also MiniSearch, if installed (npm i --no-save minisearch)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenGlossary, toSearchDoc } from '../src/content/glossary-index.ts';
import { validateGlossary } from '../src/content/glossary-validate.ts';
import { createGlossaryIndex, type GlossarySearchDoc } from '../src/domain/glossary/search.ts';
import { createRng, type Rng } from '../src/lib/rng.ts';
import { readContentFiles } from './lib/read-content.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const BUDGET_P95_MS = 5;

const flag = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const targetEntries = Number(flag('--entries') ?? 2000);
const queryCount = Number(flag('--queries') ?? 400);
const compare = process.argv.includes('--compare');

const pick = <T>(items: readonly T[], rng: Rng): T => items[Math.floor(rng() * items.length)] as T;

/** Real entries, then synthetic ones built from their words until there are `target` entries. */
export function benchDocs(real: readonly GlossarySearchDoc[], target: number, rng: Rng): GlossarySearchDoc[] {
  const docs = [...real];
  const words = (lang: 'en' | 'fr') =>
    [...new Set(real.flatMap((doc) => doc[lang].flatMap((term) => term.split(/[\s']+/))).filter((word) => word.length > 3))].sort();
  const enWords = words('en');
  const frWords = words('fr');
  // New words made from two real ones, so the vocabulary grows as a bigger glossary's would.
  const blend = (list: readonly string[]) => {
    const a = pick(list, rng);
    const b = pick(list, rng);
    return rng() < 0.5 ? a : `${a.slice(0, Math.ceil(a.length / 2))}${b.slice(Math.floor(b.length / 2))}`;
  };
  const phrase = (list: readonly string[], joiner: string) =>
    Array.from({ length: 1 + Math.floor(rng() * 4) }, () => blend(list)).join(joiner);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let n = 0; docs.length < target; n += 1) {
    const acronyms =
      rng() < 0.15
        ? Array.from({ length: 2 }, () => Array.from({ length: 3 + Math.floor(rng() * 3) }, () => pick([...letters], rng)).join(''))
        : [];
    docs.push({
      id: `gl.synthetic.${String(n).padStart(4, '0')}`,
      en: Array.from({ length: 1 + Math.floor(rng() * 2) }, () => phrase(enWords, ' ')),
      fr: Array.from(
        { length: 1 + Math.floor(rng() * 2) },
        () => `${pick(['le ', 'la ', "l'", 'les '], rng)}${phrase(frWords, pick([' ', ' de ', ' des '], rng))}`,
      ),
      acronyms,
    });
  }
  return docs;
}

/** What a learner types: main terms both ways, synonyms, acronyms (some dotted), typos. */
export function benchQueries(docs: readonly GlossarySearchDoc[], count: number, rng: Rng): string[] {
  const queries: string[] = [];
  while (queries.length < count) {
    const doc = pick(docs, rng);
    const roll = rng();
    let query: string;
    if (roll < 0.35) query = doc.en[0] ?? '';
    else if (roll < 0.7) query = doc.fr[0] ?? '';
    else if (roll < 0.8) query = pick([...doc.en, ...doc.fr], rng);
    else if (roll < 0.88 && doc.acronyms.length > 0) query = rng() < 0.5 ? pick(doc.acronyms, rng) : [...pick(doc.acronyms, rng)].join('.');
    else {
      const term = pick([...doc.en, ...doc.fr], rng);
      const at = 1 + Math.floor(rng() * Math.max(1, term.length - 2));
      query = `${term.slice(0, at)}${term.charAt(at + 1)}${term.charAt(at)}${term.slice(at + 2)}`; // swapped letters
    }
    if (query.trim() !== '') queries.push(query.toLowerCase());
  }
  return queries;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

interface Timing {
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  buildMs: number;
}

/** Types every query letter by letter into `search`, timing each keystroke. */
function measure(build: () => (query: string) => unknown, queries: readonly string[], warmUp: readonly string[]): Timing {
  const started = performance.now();
  const search = build();
  const buildMs = performance.now() - started;
  // Warm-up (JIT) on other terms, not measured.
  for (const query of warmUp) for (let n = 1; n <= query.length; n += 1) search(query.slice(0, n));
  const times: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n += 1) {
      const t0 = performance.now();
      search(query.slice(0, n));
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return {
    keystrokes: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1] ?? 0),
    buildMs: round(buildMs),
  };
}

/** MiniSearch over the same documents, configured for the same job (prefix + fuzzy, folded). */
async function miniSearchBuild(docs: readonly GlossarySearchDoc[]): Promise<(() => (query: string) => unknown) | undefined> {
  let MiniSearch:
    | (new (options: Record<string, unknown>) => {
        addAll(docs: unknown[]): void;
        search(query: string, options?: Record<string, unknown>): unknown[];
      })
    | undefined;
  try {
    const specifier = 'minisearch';
    MiniSearch = ((await import(specifier)) as { default: typeof MiniSearch }).default;
  } catch {
    return undefined;
  }
  if (!MiniSearch) return undefined;
  const Ctor = MiniSearch;
  const { fold } = await import('../src/domain/glossary/fold.ts');
  return () => {
    const index = new Ctor({
      fields: ['en', 'fr', 'acronyms'],
      storeFields: ['id'],
      processTerm: (term: string) => fold(term),
      extractField: (doc: Record<string, unknown>, field: string) => {
        const value = doc[field];
        return Array.isArray(value) ? value.join(' ') : String(value ?? '');
      },
    });
    index.addAll(docs.map((doc) => ({ ...doc })));
    return (query: string) =>
      index
        .search(query, { prefix: true, fuzzy: (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0), combineWith: 'AND' })
        .slice(0, 50);
  };
}

async function main(): Promise<void> {
  const { errors, glossary } = validateGlossary(readContentFiles(join(ROOT, 'content')));
  if (errors.length > 0) process.stderr.write(`bench:glossary: ${errors.length} glossary error(s); measuring the valid files only\n`);
  const real = flattenGlossary(glossary.values()).map(toSearchDoc);
  const rng = createRng(20_250_601);
  const docs = benchDocs(real, Math.max(targetEntries, real.length), rng);
  const warmUp = benchQueries(docs, 50, rng);
  const queries = benchQueries(docs, queryCount, rng);

  const ours = measure(
    () => {
      const index = createGlossaryIndex(docs);
      return (query) => index.search(query, { limit: 50 });
    },
    queries,
    warmUp,
  );
  const lines = [
    `glossary search: ${docs.length} entries (${real.length} real), ${queries.length} terms typed letter by letter = ${ours.keystrokes} keystrokes`,
    `  own index   p50 ${ours.p50Ms} ms · p95 ${ours.p95Ms} ms · p99 ${ours.p99Ms} ms · max ${ours.maxMs} ms · build ${ours.buildMs} ms  (budget p95 < ${BUDGET_P95_MS} ms: ${ours.p95Ms < BUDGET_P95_MS ? 'pass' : 'FAIL'})`,
  ];
  let miniSearch: Timing | undefined;
  if (compare) {
    const build = await miniSearchBuild(docs);
    if (build) {
      miniSearch = measure(build, queries, warmUp);
      lines.push(
        `  MiniSearch  p50 ${miniSearch.p50Ms} ms · p95 ${miniSearch.p95Ms} ms · p99 ${miniSearch.p99Ms} ms · max ${miniSearch.maxMs} ms · build ${miniSearch.buildMs} ms`,
      );
    } else lines.push('  MiniSearch not installed: npm i --no-save minisearch, then run again with --compare');
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    entries: docs.length,
    realEntries: real.length,
    queries: queries.length,
    ...ours,
    budgetP95Ms: BUDGET_P95_MS,
    pass: ours.p95Ms < BUDGET_P95_MS,
    ...(miniSearch ? { miniSearch } : {}),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  // Read-modify-write: the app bench (npm run bench) owns the other keys.
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, glossary: result }, null, 2)}\n`);
}

await main();
