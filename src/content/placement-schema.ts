/**
 * The placement test's item bank (`content/placement/items.json`): exercises of registered types,
 * each with the CEFR band and the skill it assesses. Validated by tests/placement-items.test.ts and
 * by scripts/validate-content.ts with the same code. Node-safe (zod and the exercise registry).
 */
import { z } from 'zod';
import { isExerciseType, moduleFor } from '../exercises/registry';
import { PLACEMENT_LEVELS, PLACEMENT_SKILLS } from '../domain/placement/staircase';
import type { ContentError } from './validate';
import { formatJsonPath } from './validate';

/** Exercise types a placement item may use: auto-marked, quick, no typing (a fair test on a phone). */
export const PLACEMENT_TYPES = ['multiple-choice', 'gap-fill-choice', 'listen-choose', 'reading', 'true-false'] as const;

const placementItemSchema = z.strictObject({
  level: z.enum(PLACEMENT_LEVELS),
  skill: z.enum(PLACEMENT_SKILLS),
  exercise: z.looseObject({
    id: z.string().regex(/^pl\.(a1|a2|b1)\.\d{2}$/, 'placement item ids look like "pl.a2.07"'),
    type: z.enum(PLACEMENT_TYPES),
  }),
});

/** The file: a format tag, a version and the items. */
export const placementBankSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('en-avant-placement'),
  version: z.literal(1),
  items: z.array(placementItemSchema).min(1),
});

export type PlacementBankItem = z.infer<typeof placementItemSchema>;

/** Minimum items per band, so the staircase never runs dry at one level. */
export const MIN_ITEMS_PER_LEVEL = 20;

/**
 * Validates the bank: the schema, each exercise against its type's schema and lint (the key
 * passes, distractors fail), ids unique and matching their band, enough items per band, and every
 * listening item naming its clip by `ref` (the clip id; the audio generator voices `transcript.fr`).
 */
export function validatePlacementBank(data: unknown, file = 'content/placement/items.json'): ContentError[] {
  const errors: ContentError[] = [];
  const parsed = placementBankSchema.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ file, path: formatJsonPath(issue.path) || '(root)', message: issue.message }));
  }
  const seen = new Set<string>();
  const refs = new Set(parsed.data.items.flatMap((item) => (typeof item.exercise['ref'] === 'string' ? [item.exercise['ref']] : [])));
  const context = { lesson: { id: 'placement', dialogues: [], vocabulary: [], grammar: [], pronunciation: [], exercises: [] }, ids: refs };
  parsed.data.items.forEach((item, index) => {
    const at = `items[${index}].exercise`;
    const { id, type } = item.exercise;
    if (seen.has(id)) errors.push({ file, path: `${at}.id`, message: `duplicate id "${id}"` });
    seen.add(id);
    if (!id.startsWith(`pl.${item.level.toLowerCase()}.`))
      errors.push({ file, path: `${at}.id`, message: `id "${id}" does not match level ${item.level}` });
    if (!isExerciseType(type)) return;
    const module = moduleFor(type);
    const exercise = module.schema.safeParse(item.exercise);
    if (!exercise.success) {
      for (const issue of exercise.error.issues) errors.push({ file, path: `${at}.${formatJsonPath(issue.path)}`, message: issue.message });
      return;
    }
    for (const issue of module.lint(exercise.data, context)) errors.push({ file, path: `${at}.${issue.path}`, message: issue.message });
    if (type === 'listen-choose' && item.exercise['ref'] !== `${id}.a1`) {
      errors.push({ file, path: `${at}.ref`, message: `a listening item plays the clip "${id}.a1": set "ref" to it` });
    }
  });
  for (const level of PLACEMENT_LEVELS) {
    const count = parsed.data.items.filter((item) => item.level === level).length;
    if (count < MIN_ITEMS_PER_LEVEL)
      errors.push({ file, path: 'items', message: `${level} has ${count} items; at least ${MIN_ITEMS_PER_LEVEL} needed` });
  }
  return errors;
}
