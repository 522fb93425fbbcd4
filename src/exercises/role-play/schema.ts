import { z } from 'zod';
import { acceptedFrSchema, frOnlySchema, uiTextSchema } from '../../content/text-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Role-play: the learner takes one speaker's part (`role`) in a lesson dialogue (`dialogueRef`).
 * The dialogue's lines are copied into `lines` (the view has no lesson), each with `ref` = the line
 * id (its clip plays) — `ref`, not `id`, because the content validator treats every `id` as new.
 * The lint checks every copy against the lesson. The role's lines are the learner's turns:
 * - mode `choose`: each has `options` (the right line + 2 or 3 distractors; the right one is the
 *   option equal to `fr`);
 * - mode `type`: the learner types the line; `accept` lists other accepted forms (main first, equal
 *   to `fr` punctuation aside); without `accept`, only `fr` is accepted.
 */
export const rolePlaySchema = z.strictObject({
  id: z.string(),
  type: z.literal('role-play'),
  instructions: uiTextSchema,
  dialogueRef: z.string(),
  /** Speaker id of the part the learner plays. */
  role: z.string(),
  mode: z.enum(['choose', 'type']),
  /** The dialogue's speakers (id and name, copied from the dialogue) for the names on screen. */
  speakers: z.array(z.strictObject({ id: z.string(), name: nonEmpty })).min(2),
  lines: z
    .array(
      z.strictObject({
        /** Id of the dialogue line. */
        ref: z.string(),
        speaker: z.string(),
        fr: nonEmpty,
        en: nonEmpty.optional(),
        options: z.array(frOnlySchema).min(3).max(4).optional(),
        accept: acceptedFrSchema.optional(),
      }),
    )
    .min(2),
  explanation: uiTextSchema.optional(),
});

/** One answer per learner turn, in order: the French chosen or typed ('' when not answered yet). */
export const rolePlayResponseSchema = z.strictObject({
  answers: z.array(z.string()),
});

export type RolePlayExercise = z.infer<typeof rolePlaySchema>;
export type RolePlayResponse = z.infer<typeof rolePlayResponseSchema>;
export type RolePlayLine = RolePlayExercise['lines'][number];
