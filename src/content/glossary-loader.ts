/**
 * Loads the glossary in the browser, only when the glossary screen asks for it: each domain file is
 * its own lazy chunk (the same chunks the review deck uses for glossary cards), precached by the
 * service worker, so the glossary works offline and costs nothing on the first screen. The files
 * were validated at build time (the content plugin fails the build on any error).
 */
import { createGlossaryIndex, type GlossaryIndex } from '../domain/glossary/search';
import { GLOSSARY_DOMAINS } from './glossary-domains';
import { compareBy, flattenGlossary, toSearchDoc, type DomainEntry } from './glossary-index';
import type { GlossaryFile } from './glossary-schema';

const domainModules = import.meta.glob<GlossaryFile>('../../content/glossary/*.json', { import: 'default' });

/** A domain as the screens list it. */
export interface GlossaryDomainInfo {
  id: string;
  title: { en: string; fr: string };
  count: number;
}

/** The loaded glossary: entries A–Z (by English), by id, by domain, and the search index. */
export interface LoadedGlossary {
  domains: GlossaryDomainInfo[];
  entries: DomainEntry[];
  byId: Map<string, DomainEntry>;
  index: GlossaryIndex;
  /** Entries A–Z by their main French term. */
  entriesByFrench: DomainEntry[];
}

/** Builds the loaded glossary from domain files (used by the loader and by tests). */
export function buildGlossary(files: readonly GlossaryFile[]): LoadedGlossary {
  const ordered = [...files].sort(
    (a, b) =>
      GLOSSARY_DOMAINS.indexOf(a.domain as (typeof GLOSSARY_DOMAINS)[number]) -
      GLOSSARY_DOMAINS.indexOf(b.domain as (typeof GLOSSARY_DOMAINS)[number]),
  );
  const entries = flattenGlossary(ordered);
  return {
    domains: ordered.map((file) => ({ id: file.domain, title: file.title, count: file.entries.length })),
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    index: createGlossaryIndex(entries.map(toSearchDoc)),
    entriesByFrench: [...entries].sort(compareBy('fr')),
  };
}

let loading: Promise<LoadedGlossary> | undefined;

/** Loads every domain file once per session (a failed load is retried next time). */
export function loadGlossary(): Promise<LoadedGlossary> {
  loading ??= Promise.all(Object.values(domainModules).map((load) => load())).then(buildGlossary, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
