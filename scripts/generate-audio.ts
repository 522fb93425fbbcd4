/**
 * generate-audio — voices every French string a learner hears, with Debian's espeak-ng and lame.
 *
 * Usage:
 *   npx tsx scripts/generate-audio.ts [--prune] [--force] [--jobs N] [--content DIR] [--out DIR]
 *
 * 1. Collects the clips of every lesson in content/course.json (scripts/lib/audio-clips.ts:
 *    dialogue lines, vocabulary terms and examples, grammar examples, pronunciation items).
 * 2. Compares them with public/audio/manifest.json and the files on disk
 *    (scripts/lib/audio-check.ts). Only clips that are missing or stale (hash of the French text
 *    and the voice settings changed) are made: `<out>/<volume>/<id>.mp3` and `<id>.slow.mp3`
 *    (no slow file for clips the player slows down: `ClipText.slowFile`).
 *    A file whose size changed while its hash is current (a human recording put in its place) is
 *    kept, and the manifest takes its new size; mark such entries `"recorded": true` so a later
 *    change of voice settings leaves them alone.
 * 3. Each clip: espeak-ng → WAV (normal and slow) → lame → MP3 (voice, speed and bitrate choices
 *    are documented in scripts/lib/audio-speech.ts). Identical texts with the same voice are
 *    synthesized once. `--jobs` clips are made in parallel (default: 2, or the CPU count if lower).
 * 4. Orphans (files and manifest entries no French text needs) are reported, and deleted only with
 *    `--prune`.
 * 5. Writes the manifest (sorted, stable) and prints the sizes per volume.
 *
 * espeak-ng and lame are installed with scripts/ensure-debian-packages.sh when missing.
 * Exit status: 0 done, 1 content problems or a failed clip, 2 usage or tool problem.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clipPath, type AudioClipEntry, type AudioManifest } from '../src/content/audio-manifest.ts';
import {
  auditAudio,
  expectedHash,
  formatSizes,
  MANIFEST_FILE,
  needsGeneration,
  stringifyManifest,
  wavDurationMs,
} from './lib/audio-check.ts';
import { collectClips, type ClipText } from './lib/audio-clips.ts';
import { listAudioFiles, loadLessonSources, readAudioManifest } from './lib/audio-files.ts';
import { espeakArgs, lameArgs, speakableText } from './lib/audio-speech.ts';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const ENSURE_PACKAGES = join(SCRIPT_DIR, 'ensure-debian-packages.sh');
const TOOLS = ['espeak-ng', 'lame'] as const;

class UsageError extends Error {}

interface Options {
  content: string;
  out: string;
  prune: boolean;
  force: boolean;
  jobs: number;
}

const HELP = `Usage: npx tsx scripts/generate-audio.ts [options]

Makes public/audio/<volume>/<id>.mp3 and <id>.slow.mp3 for every French string a learner hears,
only where missing or stale, and updates public/audio/manifest.json.

Options:
  --prune          delete orphan files and manifest entries (no French text needs them)
  --force          remake every generated clip (recorded ones are kept)
  --jobs <n>       clips made in parallel (default: ${String(defaultJobs())})
  --content <dir>  content directory (default: content)
  --out <dir>      audio directory (default: public/audio)
  -h, --help       show this help
`;

function defaultJobs(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { content: 'content', out: 'public/audio', prune: false, force: false, jobs: defaultJobs() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--prune') options.prune = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--content') options.content = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--jobs') {
      const jobs = Number.parseInt(value(), 10);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number ≥ 1');
      options.jobs = jobs;
    } else throw new UsageError(`unknown argument: ${arg}`);
  }
  return options;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (dir === '') return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function ensureTools(): void {
  const missing = TOOLS.filter((tool) => !onPath(tool));
  if (missing.length === 0) return;
  console.error(`generate-audio: ${missing.join(', ')} not found; installing Debian packages…`);
  const result = spawnSync('bash', [ENSURE_PACKAGES, ...missing], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || missing.some((tool) => !onPath(tool))) {
    throw new UsageError(`could not install ${missing.join(', ')} (run: bash scripts/ensure-debian-packages.sh ${TOOLS.join(' ')})`);
  }
}

/** Runs a command, writing `input` to its stdin; rejects with its stderr on failure. */
function run(command: string, args: readonly string[], input?: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} exited with ${String(code)}: ${stderr.trim()}`));
    });
    if (child.stdin) {
      // A tool that exits early closes its stdin: its exit status tells what went wrong.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}

interface Made {
  bytes: number;
  slowBytes: number;
  durationMs: number | undefined;
}

/** Makes both files of one clip (through temporary files, renamed into place at the end). */
async function makeClip(clip: ClipText, audioRoot: string, workDir: string): Promise<Made> {
  const text = speakableText(clip.text);
  const made: Partial<Record<'normal' | 'slow', { file: string; bytes: number }>> = {};
  let durationMs: number | undefined;
  const partials: string[] = [];
  try {
    for (const speed of clipSpeeds(clip)) {
      const wav = join(workDir, `${clip.id}.${speed}.wav`);
      const target = join(audioRoot, clipPath(clip.volume, clip.id, speed));
      const partial = `${target}.partial`;
      mkdirSync(dirname(target), { recursive: true });
      await run('espeak-ng', espeakArgs(clip.voice, speed, wav), text);
      if (speed === 'normal') durationMs = wavDurationMs(readFileSync(wav));
      partials.push(partial);
      await run('lame', lameArgs(wav, partial));
      unlinkSync(wav);
      made[speed] = { file: partial, bytes: statSync(partial).size };
    }
  } catch (error) {
    for (const partial of partials) rmSync(partial, { force: true });
    throw error;
  }
  for (const speed of clipSpeeds(clip)) {
    const file = made[speed]?.file;
    if (file) renameSync(file, file.slice(0, -'.partial'.length));
  }
  return { bytes: made.normal?.bytes ?? 0, slowBytes: made.slow?.bytes ?? 0, durationMs };
}

/** The files a clip has: normal, and slow unless the player slows the normal one down. */
function clipSpeeds(clip: Pick<ClipText, 'slowFile'>): ReadonlyArray<'normal' | 'slow'> {
  return clip.slowFile ? ['normal', 'slow'] : ['normal'];
}

/** Runs `worker` over `items` with at most `jobs` at a time. */
async function pool<T>(items: readonly T[], jobs: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await worker(item);
    }
  });
  await Promise.all(lanes);
}

function entryFor(clip: ClipText, made: Made): AudioClipEntry {
  const entry: AudioClipEntry = { volume: clip.volume, hash: expectedHash(clip), bytes: made.bytes, slowBytes: made.slowBytes };
  if (made.durationMs !== undefined) entry.durationMs = made.durationMs;
  return entry;
}

async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  const parsed = parseArgs(argv);
  if (parsed === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const options = parsed;
  const audioRoot = resolve(options.out);
  const shownRoot = relative(process.cwd(), audioRoot) || '.';

  const { lessons, problems: contentProblems } = loadLessonSources(resolve(options.content), options.content.replace(/\/$/, ''));
  const { clips, problems: clipProblems } = collectClips(lessons);
  for (const problem of [...contentProblems, ...clipProblems]) console.error(`generate-audio: ${problem}`);
  if (contentProblems.length > 0 || clipProblems.length > 0) return 1;

  const files = listAudioFiles(audioRoot);
  // Leftovers of an interrupted run are never valid.
  for (const file of [...files.keys()].filter((path) => path.endsWith('.partial'))) {
    rmSync(join(audioRoot, file), { force: true });
    files.delete(file);
  }
  const { manifest: previous, problems: manifestProblems } = readAudioManifest(audioRoot, files);
  for (const problem of manifestProblems) console.warn(`generate-audio: ${shownRoot}/${MANIFEST_FILE}: ${problem} (entries dropped)`);
  const manifest: AudioManifest = { ...previous, clips: { ...previous.clips } };
  const audit = auditAudio(clips, previous, files);

  // Sizes changed under a current hash (a recording dropped in): adopt them.
  for (const { clip, status, entry } of audit.clips) {
    if (status !== 'size-mismatch' || !entry) continue;
    manifest.clips[clip.id] = {
      ...entry,
      bytes: files.get(clipPath(clip.volume, clip.id, 'normal')) ?? entry.bytes,
      slowBytes: clip.slowFile ? (files.get(clipPath(clip.volume, clip.id, 'slow')) ?? entry.slowBytes) : 0,
    };
    console.info(`generate-audio: ${clip.id}: file size changed, manifest updated (recorded voice?)`);
  }

  const todo = audit.clips
    .filter(({ status, entry }) => needsGeneration(status) || (options.force && !entry?.recorded))
    .map(({ clip }) => clip);
  for (const { clip, status, entry } of audit.clips) {
    if (status === 'stale' && entry?.recorded) {
      console.warn(`generate-audio: ${clip.id}: the text of a recorded clip changed; replaced by a generated voice — record it again`);
    }
  }

  // Orphans.
  if (audit.orphanFiles.length > 0 || audit.orphanEntries.length > 0) {
    if (options.prune) {
      for (const file of audit.orphanFiles) rmSync(join(audioRoot, file), { force: true });
      const orphans = new Set(audit.orphanEntries);
      manifest.clips = Object.fromEntries(Object.entries(manifest.clips).filter(([id]) => !orphans.has(id)));
      console.info(
        `generate-audio: pruned ${String(audit.orphanFiles.length)} orphan file(s), ${String(audit.orphanEntries.length)} orphan entr(y/ies)`,
      );
    } else {
      for (const file of audit.orphanFiles) console.warn(`generate-audio: orphan file ${shownRoot}/${file} (use --prune to delete)`);
      for (const id of audit.orphanEntries) console.warn(`generate-audio: orphan manifest entry ${id} (use --prune to delete)`);
    }
  }

  // Identical text + voice: synthesize once, copy to the other ids.
  const groups = new Map<string, ClipText[]>();
  for (const clip of todo) {
    const key = `${clip.voice}\n${String(clip.slowFile)}\n${clip.text}`;
    groups.set(key, [...(groups.get(key) ?? []), clip]);
  }

  const writeManifest = () => {
    mkdirSync(audioRoot, { recursive: true });
    const target = join(audioRoot, MANIFEST_FILE);
    writeFileSync(`${target}.partial`, stringifyManifest(manifest));
    renameSync(`${target}.partial`, target);
  };

  let failed = 0;
  if (todo.length > 0) {
    ensureTools();
    const workDir = mkdtempSync(join(tmpdir(), 'generate-audio-'));
    let done = 0;
    let sinceSave = 0;
    try {
      console.info(
        `generate-audio: making ${String(todo.length)} clip(s) (${String(groups.size)} distinct) with ${String(options.jobs)} job(s)…`,
      );
      await pool([...groups.values()], options.jobs, async (group) => {
        const [first, ...copies] = group;
        if (!first) return;
        try {
          const made = await makeClip(first, audioRoot, workDir);
          manifest.clips[first.id] = entryFor(first, made);
          for (const copy of copies) {
            for (const speed of clipSpeeds(copy)) {
              const target = join(audioRoot, clipPath(copy.volume, copy.id, speed));
              mkdirSync(dirname(target), { recursive: true });
              copyFileSync(join(audioRoot, clipPath(first.volume, first.id, speed)), target);
            }
            manifest.clips[copy.id] = entryFor(copy, made);
          }
        } catch (error) {
          failed += group.length;
          console.error(`generate-audio: ${first.where}: ${first.id}: ${(error as Error).message}`);
        }
        done += group.length;
        sinceSave += group.length;
        if (sinceSave >= 100) {
          sinceSave = 0;
          writeManifest();
          console.info(`generate-audio: ${String(done)}/${String(todo.length)}`);
        }
      });
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  writeManifest();

  const after = auditAudio(clips, manifest, listAudioFiles(audioRoot));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const line of formatSizes(after.sizes)) console.info(`generate-audio: ${line}`);
  console.info(
    `generate-audio: ${String(clips.length)} clip(s); made ${String(todo.length - failed)}, failed ${String(failed)}, ` +
      `up to date ${String(clips.length - todo.length)} — ${seconds} s`,
  );
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`generate-audio: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error('Run with --help for usage.');
    process.exitCode = 2;
  },
);
