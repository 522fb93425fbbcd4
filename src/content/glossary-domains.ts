/**
 * The glossary's domains, in the order the app lists them. A domain's entries live in
 * `content/glossary/<id>.json` with ids `gl.<id>.NNNN`. Adding a domain: add it here, then write
 * its file (the validator refuses a file whose name is not listed). No zod here: the browser
 * imports this list.
 */
export const GLOSSARY_DOMAINS = [
  'mission-structure',
  'ranks-units',
  'operations-tactics',
  'checkpoint-patrol',
  'radio-signals',
  'logistics-equipment',
  'medical-casevac',
  'police-rule-of-law',
  'human-rights-poc',
  'humanitarian-civil-affairs',
  'ddr-ssr-mine-action',
  'elections-governance',
  'conduct-gender',
  'weapons-safety',
  'terrain-geography',
] as const;

/** A glossary domain id (also the file name without `.json`). */
export type GlossaryDomainId = (typeof GLOSSARY_DOMAINS)[number];

/** Whether `value` is a known domain id. */
export function isGlossaryDomain(value: string): value is GlossaryDomainId {
  return (GLOSSARY_DOMAINS as readonly string[]).includes(value);
}

/** `gl.<domain>.NNNN`: four digits, never reused. */
export const GLOSSARY_ID_PATTERN = /^gl\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{4})$/;

/** The domain part of a glossary entry id, or undefined when the id is not one. */
export function glossaryDomainOf(id: string): string | undefined {
  return GLOSSARY_ID_PATTERN.exec(id)?.[1];
}
