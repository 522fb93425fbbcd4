import { z } from 'zod';
import { anyTextSchema, frOnlySchema, uiTextSchema } from '../../content/text-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * A clip the exercise owns: `id` is the exercise id plus `.a1`, `.a2`… (checked by the lint) and
 * `fr` the French the audio generator voices; an optional gloss (`en`, …) may follow.
 * Shared by the listening and speaking types.
 */
export const exerciseAudioSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^v[1-3]\.u\d{2}\.(?:l\d{2}|test)\.ex\d{2}\.a\d+$/,
        'clip ids look like "v1.u00.l03.ex07.a1" (or "v1.u01.test.ex07.a1" in a unit test)',
      ),
    fr: nonEmpty,
  })
  .catchall(nonEmpty);

/**
 * `ref` + `transcript`, or `audio`: exactly one way to name what plays. Shared by listen-choose and
 * speak.
 */
export function refineClip(
  value: { ref?: string | undefined; transcript?: unknown; audio?: unknown },
  ctx: { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void },
): void {
  const hasRef = value.ref !== undefined;
  const hasAudio = value.audio !== undefined;
  if (hasRef === hasAudio) {
    ctx.addIssue({
      code: 'custom',
      path: hasRef ? ['audio'] : ['ref'],
      message: 'give either "ref" (+ "transcript") or "audio", not both',
    });
  }
  if (hasRef && value.transcript === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['transcript'],
      message: 'with "ref", copy the French of the referenced line into "transcript": {"fr": …}',
    });
  }
  if (!hasRef && value.transcript !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['transcript'], message: '"transcript" goes with "ref"; with "audio", the text is "audio.fr"' });
  }
}

/**
 * Listen and choose: the learner hears a French line — a lesson item by `ref` (a dialogue line,
 * whose French is copied into `transcript` so the view can show it after checking) or a clip of the
 * exercise's own (`audio`) — and picks what was said or what it means. The French is hidden until
 * the learner has checked.
 */
export const listenChooseSchema = z
  .strictObject({
    id: z.string(),
    type: z.literal('listen-choose'),
    instructions: uiTextSchema,
    /** Optional question, e.g. "What does the sergeant ask for?". */
    prompt: anyTextSchema.optional(),
    /** Content id of the lesson item whose clip plays (a dialogue line, a vocabulary item…). */
    ref: z.string().optional(),
    /** With `ref`: the French of that item (checked against the lesson), shown after checking. */
    transcript: frOnlySchema.optional(),
    /** Without `ref`: a clip of the exercise's own. */
    audio: exerciseAudioSchema.optional(),
    options: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z]$/, 'option ids are single letters'), text: anyTextSchema }))
      .min(2)
      .max(6),
    /** Ids of the right options (usually one). */
    answer: z.array(z.string()).min(1),
    explanation: uiTextSchema.optional(),
  })
  .superRefine(refineClip);

export const listenChooseResponseSchema = z.strictObject({
  selected: z.array(z.string()),
});

export type ListenChooseExercise = z.infer<typeof listenChooseSchema>;
export type ListenChooseResponse = z.infer<typeof listenChooseResponseSchema>;
