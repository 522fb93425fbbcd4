/**
 * check-french — the project's French quality check (grammar, agreement, conjugation, spelling).
 *
 * Usage:
 *   npx tsx scripts/check-french.ts [--dir content] [--json] [--allowlist FILE] [--report-unused]
 *
 * What it does:
 *   1. Reads every *.json file under --dir (recursively) and collects each French string — the
 *      value of a key `fr`, string or array of strings — with its JSON path
 *      (see scripts/lib/french-strings.ts). Gap markers `{n}` are filled with the first accepted
 *      answer of gaps[n-1] of the nearest enclosing object that has a `gaps` array ("X" if none).
 *   2. Writes the distinct strings to a temp file, one per line (= one grammalecte paragraph), and
 *      runs `grammalecte-cli` ONCE over it with JSON output. The Debian package is installed with
 *      scripts/ensure-debian-packages.sh when `grammalecte-cli` is not on PATH.
 *   3. Keeps, per string: all findings for sentences; spelling findings only for word-order chips
 *      (a path segment containing `chips`) and fragments of 1–2 words without final punctuation.
 *   4. Drops findings excused by scripts/french-allowlist.json (each entry must say `why`).
 *   5. Prints `file: json.path: "sentence" — message (rule id on "word") → suggestions` per finding
 *      and a summary; exits 1 when a finding remains, 2 on usage/configuration/tool failure.
 *
 * Typographic policy — which grammalecte checks are switched off, and why:
 *   Our content is typed on ordinary keyboards and rendered by the app, which handles typography
 *   (CSS keeps "?" with its word). Both apostrophes (' and ’) are accepted, and plain spaces are
 *   used before ? ! : ; and inside « ». Flagging those would bury real errors in noise, so:
 *   - option `apos` (apostrophe_typographique…): ' vs ’ — both are accepted.
 *   - option `nbsp` (nbsp_avant_double_ponctuation, nbsp_avant_deux_points, nbsp_…chevrons…,
 *     nbsp_après_tiret…): asks for U+00A0/U+202F instead of a plain space — invisible to a
 *     learner, our content uses plain spaces.
 *   - option `unit` (unit_nbsp_avant_unités…): non-breaking space in "5 km", "14 h" — same reason.
 *   - rules `typo_guillemets_typographiques_*`: straight quotes " ' instead of « » “ ” — an ASCII
 *     keyboard convention, not a French error. (Unbalanced/incoherent quotes are still caught.)
 *   - rules `typo_points_suspension1..3`: "..." instead of the single character "…".
 *   - rules `typo_tiret_incise1..2`: " - " instead of an en/em dash for an incise.
 *   - rule `typo_ordinaux_chiffres_exposants` (graph rule): wants superscript 1ᵉʳ/2ᵉ; plain
 *     "1er", "2e" are correct French. Wrong forms ("2ème", "2nd") are still caught by
 *     `typo_ordinaux_chiffres_incorrects`.
 *   Everything else stays on: agreement (gn), past participles (ppas), conjugation (conj), modes,
 *   imperative, interrogative, confusions, elision/euphony, capitals, superfluous spaces (esp),
 *   missing spaces after punctuation, unbalanced quotes, dates, and spelling.
 *   Grammalecte 2.1.2 only honours `-roff` for regex rules, so disabled rules are also filtered
 *   from the results here (by full id or base name, which covers graph rules).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collectFrenchStrings,
  findAllowingEntry,
  parseAllowlist,
  parseGrammalecteOutput,
  ruleMatches,
  type AllowlistEntry,
  type CheckScope,
  type FrenchString,
  type GrammalecteIssue,
} from './lib/french-strings.ts';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const ENSURE_PACKAGES = join(SCRIPT_DIR, 'ensure-debian-packages.sh');
const DEFAULT_ALLOWLIST = join(SCRIPT_DIR, 'french-allowlist.json');
const GRAMMALECTE = 'grammalecte-cli';
const GRAMMALECTE_PACKAGE = 'grammalecte-cli';

/** Grammalecte options switched off (see the header for why). */
const DISABLED_OPTIONS = ['apos', 'nbsp', 'unit'] as const;

/** Grammalecte rules switched off, by full id or base name (see the header for why). */
const DISABLED_RULES = [
  'typo_guillemets_typographiques_doubles_ouvrants',
  'typo_guillemets_typographiques_doubles_fermants',
  'typo_guillemets_typographiques_simples_doubles_ouvrants',
  'typo_guillemets_typographiques_simples_doubles_fermants',
  'typo_guillemets_typographiques_simples_ouvrants',
  'typo_guillemets_typographiques_simples_fermants',
  'typo_points_suspension1',
  'typo_points_suspension2',
  'typo_points_suspension3',
  'typo_tiret_incise1',
  'typo_tiret_incise2',
  'typo_ordinaux_chiffres_exposants',
] as const;

interface Options {
  dir: string;
  json: boolean;
  allowlist: string;
  reportUnused: boolean;
}

/** One finding that survived filtering, as printed and as emitted with --json. */
interface Finding {
  file: string;
  path: string;
  text: string;
  raw: string;
  scope: CheckScope;
  kind: GrammalecteIssue['kind'];
  ruleId: string;
  ruleType: string;
  word: string;
  message: string;
  suggestions: string[];
}

interface Located extends FrenchString {
  file: string;
}

class UsageError extends Error {}

const HELP = `Usage: npx tsx scripts/check-french.ts [options]

Checks every French string (values of "fr" keys) in the content JSON with grammalecte.

Options:
  --dir <path>        content directory to scan recursively for *.json (default: content)
  --json              print machine-readable results on stdout
  --allowlist <file>  allow-list file (default: scripts/french-allowlist.json)
  --report-unused     also list allow-list entries that excused nothing
  -h, --help          show this help

Exit status: 0 clean, 1 French errors found, 2 usage/configuration/tool failure.
`;

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { dir: 'content', json: false, allowlist: DEFAULT_ALLOWLIST, reportUnused: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${String(arg)} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') options.json = true;
    else if (arg === '--report-unused') options.reportUnused = true;
    else if (arg === '--dir') options.dir = value();
    else if (arg?.startsWith('--dir=')) options.dir = arg.slice('--dir='.length);
    else if (arg === '--allowlist') options.allowlist = value();
    else if (arg?.startsWith('--allowlist=')) options.allowlist = arg.slice('--allowlist='.length);
    else throw new UsageError(`unknown argument: ${String(arg)}`);
  }
  return options;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string): void => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
    }
  };
  visit(dir);
  return out;
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** Makes sure grammalecte-cli is available, installing the Debian package if needed. */
function ensureGrammalecte(): void {
  if (onPath(GRAMMALECTE)) return;
  console.error(`check-french: ${GRAMMALECTE} not found on PATH; installing Debian package ${GRAMMALECTE_PACKAGE}…`);
  // stdout of the installer goes to our stderr, so --json output stays clean.
  const result = spawnSync('bash', [ENSURE_PACKAGES, GRAMMALECTE_PACKAGE], { stdio: ['ignore', 2, 2] });
  if (result.error !== undefined || result.status !== 0 || !onPath(GRAMMALECTE)) {
    throw new Error(`could not install ${GRAMMALECTE} (run: bash scripts/ensure-debian-packages.sh ${GRAMMALECTE_PACKAGE})`);
  }
}

function grammalecteVersion(output: string): string {
  const match = /"grammalecte"\s*:\s*"([^"]*)"/u.exec(output);
  return match?.[1] ?? 'unknown';
}

/** Runs grammalecte once over `texts` (one paragraph each); returns issues by text index. */
function runGrammalecte(texts: readonly string[]): { issues: Map<number, GrammalecteIssue[]>; version: string } {
  const workDir = mkdtempSync(join(tmpdir(), 'check-french-'));
  try {
    const input = join(workDir, 'strings.txt');
    writeFileSync(input, texts.join('\n') + '\n', 'utf8');
    const args = ['-f', input, '-j', '-ctx', '-wss', '-owe', '-off', ...DISABLED_OPTIONS, '-roff', ...DISABLED_RULES];
    const result = spawnSync(GRAMMALECTE, args, {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
    });
    if (result.error !== undefined) throw new Error(`${GRAMMALECTE} failed to start: ${result.error.message}`);
    if (result.status !== 0) {
      throw new Error(`${GRAMMALECTE} exited with status ${String(result.status)}:\n${result.stderr}`);
    }
    const byParagraph = parseGrammalecteOutput(result.stdout);
    const issues = new Map<number, GrammalecteIssue[]>();
    for (const [paragraph, list] of byParagraph) issues.set(paragraph - 1, list);
    return { issues, version: grammalecteVersion(result.stdout) };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function isDisabledRule(ruleId: string): boolean {
  return DISABLED_RULES.some((rule) => ruleMatches(rule, ruleId));
}

function formatFinding(f: Finding): string {
  const source = f.raw.trim() !== f.text ? ` (source: ${JSON.stringify(f.raw)})` : '';
  const on = f.word !== '' ? ` on ${JSON.stringify(f.word)}` : '';
  const suggestions = f.suggestions.length > 0 ? ` → ${f.suggestions.slice(0, 5).join(' | ')}` : '';
  return `${f.file}: ${f.path}: ${JSON.stringify(f.text)}${source} — ${f.message} (${f.ruleId}${on})${suggestions}`;
}

function loadAllowlist(file: string): AllowlistEntry[] {
  if (!existsSync(file)) throw new UsageError(`allow-list not found: ${file}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`allow-list ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const { entries, problems } = parseAllowlist(parsed);
  if (problems.length > 0) {
    throw new UsageError(`allow-list ${displayPath(file)} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return entries;
}

function main(argv: readonly string[]): number {
  const started = performance.now();
  const parsedArgs = parseArgs(argv);
  if (parsedArgs === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const options = parsedArgs;
  const dir = resolve(options.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${options.dir}`);
  const allowlist = loadAllowlist(resolve(options.allowlist));

  // 1. Collect.
  const files = listJsonFiles(dir);
  const located: Located[] = [];
  const fileErrors: string[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fileErrors.push(`${shown}: invalid JSON: ${(error as Error).message}`);
      continue;
    }
    for (const item of collectFrenchStrings(value)) located.push({ ...item, file: shown });
  }

  // 2. Check each distinct text once, in one grammalecte run.
  const textIndex = new Map<string, number>();
  const texts: string[] = [];
  for (const item of located) {
    if (!textIndex.has(item.text)) {
      textIndex.set(item.text, texts.length);
      texts.push(item.text);
    }
  }
  let issuesByText = new Map<number, GrammalecteIssue[]>();
  let version = 'not run';
  if (texts.length > 0) {
    ensureGrammalecte();
    ({ issues: issuesByText, version } = runGrammalecte(texts));
  }

  // 3–4. Filter by scope, disabled rules and allow-list.
  const findings: Finding[] = [];
  const used = new Set<AllowlistEntry>();
  let allowed = 0;
  for (const item of located) {
    const index = textIndex.get(item.text);
    const issues = index === undefined ? undefined : issuesByText.get(index);
    for (const issue of issues ?? []) {
      if (item.scope === 'spelling' && issue.kind !== 'spelling') continue;
      if (issue.kind === 'grammar' && isDisabledRule(issue.ruleId)) continue;
      const entry = findAllowingEntry(issue, item, allowlist);
      if (entry !== undefined) {
        used.add(entry);
        allowed += 1;
        continue;
      }
      findings.push({
        file: item.file,
        path: item.path,
        text: item.text,
        raw: item.raw,
        scope: item.scope,
        kind: issue.kind,
        ruleId: issue.ruleId,
        ruleType: issue.ruleType,
        word: issue.word,
        message: issue.message,
        suggestions: issue.suggestions,
      });
    }
  }
  const unused = allowlist.filter((entry) => !used.has(entry));
  const seconds = (performance.now() - started) / 1000;
  const failed = findings.length > 0 || fileErrors.length > 0;

  // 5. Report.
  if (options.json) {
    const report = {
      ok: !failed,
      dir: displayPath(dir),
      grammalecte: version,
      files: files.length,
      strings: located.length,
      distinctStrings: texts.length,
      allowed,
      seconds: Number(seconds.toFixed(2)),
      fileErrors,
      findings,
      ...(options.reportUnused ? { unusedAllowlistEntries: unused } : {}),
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    for (const line of fileErrors) process.stdout.write(line + '\n');
    for (const finding of findings) process.stdout.write(formatFinding(finding) + '\n');
    if (options.reportUnused) {
      for (const entry of unused) {
        process.stdout.write(
          `allow-list entry excused nothing: ${JSON.stringify(entry.match)}${entry.rule !== undefined ? ` (rule ${entry.rule})` : ''}\n`,
        );
      }
    }
    const strings = `${String(located.length)} French string(s) (${String(texts.length)} distinct) in ${String(files.length)} file(s)`;
    const extra = `${String(allowed)} excused by the allow-list; grammalecte ${version}; ${seconds.toFixed(2)} s`;
    const problems = findings.length + fileErrors.length;
    process.stdout.write(
      failed
        ? `check-french: ${String(problems)} error(s) in ${strings} — ${extra}\n`
        : `check-french: OK — ${strings}, no errors — ${extra}\n`,
    );
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`check-french: ${message}`);
  if (error instanceof UsageError) console.error('Run with --help for usage.');
  process.exitCode = 2;
}
