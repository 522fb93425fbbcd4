/**
 * check-audio — every French string a learner hears has current audio, and nothing else is there.
 *
 * Usage:
 *   npx tsx scripts/check-audio.ts [--content DIR] [--audio DIR]
 *
 * Fails (exit 1) on: a French string with no audio (no manifest entry or a missing file), stale
 * audio (the text or the voice settings changed since it was made: hash mismatch), a file whose
 * size differs from the manifest, an orphan manifest entry or an orphan file. Prints the total
 * size per volume and overall. Reads files only: it does not need espeak-ng or lame.
 * Fix with `npx tsx scripts/generate-audio.ts` (add `--prune` for orphans).
 * Exit status: 0 clean, 1 problems found, 2 usage error or unreadable content.
 */
import { relative, resolve } from 'node:path';
import { auditAudio, auditProblems, formatSizes, MANIFEST_FILE } from './lib/audio-check.ts';
import { collectClips } from './lib/audio-clips.ts';
import { listAudioFiles, loadLessonSources, readAudioManifest } from './lib/audio-files.ts';

function parseArgs(argv: readonly string[]): { content: string; audio: string } | 'help' {
  const options = { content: 'content', audio: 'public/audio' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === '-h' || arg === '--help') return 'help';
    if ((arg === '--content' || arg === '--audio') && next !== undefined) {
      options[arg === '--content' ? 'content' : 'audio'] = next;
      i += 1;
    } else {
      throw new Error(`unknown or incomplete argument: ${String(arg)}`);
    }
  }
  return options;
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options === 'help') {
    process.stdout.write('Usage: npx tsx scripts/check-audio.ts [--content DIR] [--audio DIR]\n');
    return 0;
  }
  const audioRoot = resolve(options.audio);
  const shownRoot = relative(process.cwd(), audioRoot) || '.';
  const { lessons, problems: contentProblems } = loadLessonSources(resolve(options.content), options.content.replace(/\/$/, ''));
  const { clips, problems: clipProblems } = collectClips(lessons);
  if (contentProblems.length > 0 || clipProblems.length > 0) {
    for (const problem of [...contentProblems, ...clipProblems]) console.error(`check-audio: ${problem}`);
    return 2;
  }
  const files = listAudioFiles(audioRoot);
  const { manifest, problems: manifestProblems } = readAudioManifest(audioRoot, files);
  const audit = auditAudio(clips, manifest, files);
  const problems = [...manifestProblems.map((problem) => `${shownRoot}/${MANIFEST_FILE}: ${problem}`), ...auditProblems(audit, shownRoot)];
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  for (const line of formatSizes(audit.sizes)) process.stdout.write(`check-audio: ${line}\n`);
  if (problems.length > 0) {
    process.stdout.write(
      `check-audio: ${String(problems.length)} problem(s) in ${String(clips.length)} clip(s) — run npx tsx scripts/generate-audio.ts` +
        `${audit.orphanFiles.length + audit.orphanEntries.length > 0 ? ' --prune' : ''}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `check-audio: OK — ${String(clips.length)} clip(s), each with current audio (normal, and slow where it has its own file)\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`check-audio: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
