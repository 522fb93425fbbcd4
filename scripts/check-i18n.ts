/**
 * Key parity across UI locales: every locale has the same namespaces and keys as English (plural
 * suffixes _one/_other… are grouped), no value is empty, and interpolation variables match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = 'src/i18n/locales';
const reference = 'en';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

const errors: string[] = [];
const languages = readdirSync(root).sort();
const namespaces = readdirSync(join(root, reference))
  .filter((name) => name.endsWith('.json'))
  .sort();
let keyCount = 0;

for (const namespace of namespaces) {
  const load = (language: string): Map<string, string> | undefined => {
    try {
      return flatten(JSON.parse(readFileSync(join(root, language, namespace), 'utf8')) as Tree);
    } catch (error) {
      errors.push(`${root}/${language}/${namespace}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const base = load(reference);
  if (!base) continue;
  keyCount += base.size;
  const baseKeys = new Set([...base.keys()].map(baseKey));
  for (const language of languages) {
    const other = load(language);
    if (!other) continue;
    const otherKeys = new Set([...other.keys()].map(baseKey));
    for (const key of baseKeys) if (!otherKeys.has(key)) errors.push(`${root}/${language}/${namespace}: missing key "${key}"`);
    for (const key of otherKeys)
      if (!baseKeys.has(key)) errors.push(`${root}/${language}/${namespace}: extra key "${key}" (not in ${reference})`);
    for (const [key, value] of other) {
      if (value.trim() === '') errors.push(`${root}/${language}/${namespace}: "${key}" is empty`);
      const english = base.get(key) ?? base.get(`${baseKey(key)}_other`);
      if (english !== undefined && variables(english) !== variables(value)) {
        errors.push(
          `${root}/${language}/${namespace}: "${key}" uses {{${variables(value)}}} but ${reference} uses {{${variables(english)}}}`,
        );
      }
    }
  }
}

if (errors.length > 0) {
  for (const error of errors) process.stderr.write(`${error}\n`);
  process.exit(1);
}
process.stdout.write(`i18n OK: ${languages.length} locales × ${namespaces.length} namespaces, ${keyCount} keys in ${reference}.\n`);
