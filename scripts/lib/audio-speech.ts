/**
 * How French text becomes speech: the espeak-ng voices, the two speeds, the MP3 encoding, and the
 * small text rewrites that make written forms speakable. Pure (no process, no file system), so
 * `check-audio` can compute the same hashes as `generate-audio` without espeak-ng.
 *
 * How the settings were chosen (espeak-ng 1.51 and lame 3.100 from Debian 12; measured on 40
 * course sentences, with an STOI intelligibility score — Taal et al. 2011 — of the decoded MP3
 * against the clean WAV, alone and with speech-shaped noise at 0 and 5 dB SNR):
 *
 * - Voice: the `fr` (France) voice. Variants must be given as `fr+m3`: espeak-ng 1.51 silently
 *   ignores the variant in `fr-fr+m3`. Of the male variants, `m3` kept the highest STOI in noise
 *   (0.763 at 0 dB, 0.852 at 5 dB; default voice 0.757/0.849; m7 0.735/0.838) and gives the
 *   smallest files. Of the female ones, `f1` (0.737/0.842) and `Annie` (0.747/0.838) were best;
 *   f2–f5 add breath/echo and do worse. f1 also keeps a clear rising tune on yes/no questions
 *   ("Vous êtes ghanéen ?"), which A1 learners must hear. MBROLA voices are not in Debian main.
 * - Dialogue lines are spoken by a voice of the speaker's gender; the 2nd speaker of the same
 *   gender in a dialogue gets a second, clearly different voice (male: m6 four semitones lower,
 *   ~81 Hz vs ~102 Hz; female: Annie, ~225 Hz vs f1 ~175 Hz), so learners can follow who speaks.
 *   Vocabulary, grammar and pronunciation use the first male voice (the narrator).
 * - Normal speed `-s 160`: ≈4.3 syllables/s including pauses (espeak's default 175 gives 4.8;
 *   natural conversation is 5–6). A formant voice is harder to follow than a human one, so a
 *   little slower than natural.
 * - Slow `-s 120 -g 4`: ≈2.7 syllables/s, 62 % of normal — genuinely slower articulation plus a
 *   short gap between words so a beginner can segment them (liaisons are kept). Same pitch.
 * - `-z`: no trailing sentence pause (smaller files; the player adds its own rhythm).
 * - Amplitude default (peaks ≈ −1.5 dBFS at most, no clipping).
 * - MP3: `lame -m m --resample 16 -V 9 -B 24` — mono, 16 kHz, VBR capped at 24 kbps. STOI 0.989
 *   clean and the same as the uncompressed voice in noise; keeps the band up to 7.3 kHz (s/ʃ/f).
 *   CBR 24 is 4 % larger with a 5.8 kHz low-pass; 16 kbps (VBR or CBR) saves ~30 % but adds
 *   audible smearing (log-spectral distance below 5 kHz 6.0 dB vs 4.1 dB) that blurs the vowel
 *   contrasts learners must hear (u/ou, é/è); 8 kHz sampling kills the fricatives (STOI 0.89).
 *   MPEG-2 Layer III at 16 kHz plays in every target browser, iOS Safari included.
 *
 * - Slow without a file: vocabulary terms and their examples, in lessons and in the glossary (~5,500
 *   short clips, looked up one at a time), ship the normal file only; the player slows it down in
 *   the browser with the pitch kept (`preservesPitch`: a time-stretch, not a tape slowdown; see
 *   `PLAYER_SLOW_RATE` in `src/services/audio/audio-service.ts`). A second file for each would
 *   push all audio past its 60 MB budget (64 MB with a 1,961-entry glossary). Dialogue lines,
 *   listening and dictation clips, grammar examples and pronunciation items keep their own slow
 *   files: connected speech, where the gap between words (`-g 4`) helps beginners segment, and
 *   minimal pairs, where espeak's slower articulation matters. `ClipText.slowFile` carries the choice.
 *
 * Any change here changes {@link voiceSettingsVersion}, so every generated clip becomes stale and
 * is regenerated. Bump {@link SPEECH_RULES_REVISION} when {@link speakableText} changes.
 */

/** Which voice speaks a clip. */
export type VoiceRole = 'narrator' | 'female-1' | 'female-2' | 'male-1' | 'male-2';

export interface EspeakVoice {
  /** espeak-ng voice with variant, e.g. `fr+m3`. */
  voice: string;
  /** espeak-ng pitch adjustment, 0–99 (50 = the variant's own pitch). */
  pitch: number;
}

export const VOICES: Readonly<Record<VoiceRole, EspeakVoice>> = {
  narrator: { voice: 'fr+m3', pitch: 50 },
  'male-1': { voice: 'fr+m3', pitch: 50 },
  'male-2': { voice: 'fr+m6', pitch: 30 },
  'female-1': { voice: 'fr+f1', pitch: 50 },
  'female-2': { voice: 'fr+Annie', pitch: 50 },
};

export interface SpeedSettings {
  /** Words per minute (`-s`). */
  wpm: number;
  /** Extra gap between words in units of 10 ms at the default speed (`-g`). */
  wordGap: number;
}

export const SPEEDS = {
  normal: { wpm: 160, wordGap: 0 },
  slow: { wpm: 120, wordGap: 4 },
} as const satisfies Record<'normal' | 'slow', SpeedSettings>;

/** lame options after the input/output: mono, 16 kHz, VBR quality 9 capped at 24 kbps. */
export const LAME_OPTIONS: readonly string[] = ['-m', 'm', '--resample', '16', '-V', '9', '-B', '24'];

/** Bump when {@link speakableText} changes the text of existing clips. */
export const SPEECH_RULES_REVISION = 1;

/** The voice version of a clip replaced by a human recording (see `AudioClipEntry.recorded`). */
export const RECORDED_VOICE_VERSION = 'recorded';

/**
 * The "voice settings version" of a clip: everything that shapes its sound, so that any change
 * makes the clip stale. Does not include the espeak-ng/lame versions: another machine must not
 * regenerate the whole course. A clip without a slow file (`slowFile` false) has its own version,
 * so changing which clips have one remakes them.
 */
export function voiceSettingsVersion(role: VoiceRole, slowFile = true): string {
  const { voice, pitch } = VOICES[role];
  const speed = (s: SpeedSettings) => `s${String(s.wpm)}g${String(s.wordGap)}`;
  return [
    `espeak-ng:${voice}:p${String(pitch)}`,
    `normal:${speed(SPEEDS.normal)}`,
    slowFile ? `slow:${speed(SPEEDS.slow)}` : 'slow:playback',
    '-z',
    `lame:${LAME_OPTIONS.join(' ')}`,
    `rules:${String(SPEECH_RULES_REVISION)}`,
  ].join('|');
}

/** espeak-ng arguments to write a WAV of stdin's text at a speed. */
export function espeakArgs(role: VoiceRole, speed: keyof typeof SPEEDS, wavFile: string): string[] {
  const { voice, pitch } = VOICES[role];
  const { wpm, wordGap } = SPEEDS[speed];
  return ['-v', voice, '-p', String(pitch), '-s', String(wpm), '-g', String(wordGap), '-z', '-b', '1', '-w', wavFile, '--stdin'];
}

/** lame arguments to encode a WAV to MP3 with {@link LAME_OPTIONS}. */
export function lameArgs(wavFile: string, mp3File: string): string[] {
  return ['--quiet', '--noreplaygain', ...LAME_OPTIONS, wavFile, mp3File];
}

/**
 * Rewrites written-only forms so espeak-ng says what a French speaker would say:
 * - parenthesised notes are not read: `madame (Mme)` → `madame`, `l'arme (f)` → `l'arme`;
 * - a slash between alternatives says both: `le/la capitaine` → `le capitaine, la capitaine`,
 *   `il/elle est` → `il est, elle est`;
 * - `M. Diallo` → `monsieur Diallo` (espeak-ng says the letter M);
 * - clock times `14 h 30` / `14 h` → `14 heures 30` / `14 heures` (`1 h` → `une heure`);
 * - spaces are collapsed.
 * Everything else (numbers, letters being spelled, `Mme`, `Mlle`, « », …, —) espeak-ng reads well.
 */
export function speakableText(text: string): string {
  let out = text.replace(/\s*\([^()]*\)/g, '');
  out = out.replace(/\bM\.\s+(?=\p{Lu})/gu, 'monsieur ');
  out = out.replace(/\b(\d{1,2})\s?h\s?(\d{2})\b/g, (_m, hours: string, minutes: string) => `${hourWords(hours)} ${minutes}`);
  out = out.replace(/\b(\d{1,2})\s?h\b/g, (_m, hours: string) => hourWords(hours));
  // Alternatives: the first word with a slash splits the phrase (up to the next punctuation) in two.
  for (let guard = 0; guard < 5; guard += 1) {
    const match = /(^|[^\p{L}'’])([\p{L}'’-]+)\/([\p{L}'’-]+)([^,.;:!?…/]*)/u.exec(out);
    if (!match) break;
    const [whole, before = '', first = '', second = '', rest = ''] = match;
    const start = match.index + before.length;
    const phrase = rest.replace(/\s+$/, '');
    const trailing = rest.slice(phrase.length);
    const spoken = `${first}${phrase}, ${second}${phrase}${trailing}`;
    out = out.slice(0, start) + spoken + out.slice(match.index + whole.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function hourWords(hours: string): string {
  const value = Number.parseInt(hours, 10);
  return value === 1 ? 'une heure' : `${String(value)} heures`;
}
