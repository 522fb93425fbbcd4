/**
 * Pure helpers of the conjugation type, kept apart from the zod schema so views ship without zod.
 *
 * Elision: `je` becomes `j’` before a form starting with a vowel or an h (`j’ai`, `j’habite`).
 * Every h is treated as mute — the course's verbs (habiter, héberger, hésiter…) all are; a verb
 * with an aspirated h (`je hais`) would need its person written out in full by the author.
 *
 * The pronoun is optional in answers: `ai` and `j’ai` (or `j'ai`) are both right in the `je` row.
 * Either way the answer is judged *with* its pronoun, so the judge sees the verb in context
 * (`je parlé` is a wrong ending, not an accent slip) and `je ai` is an elision slip.
 */
import { normalizeApostrophes } from '../../lib/text';

/** Letters a `je` elides before. */
const ELIDING_START = /^[aeiouhàâäéèêëîïôöûüœæ]/iu;

/** Whether a form starts with a sound that makes `je` elide. */
export function elides(form: string): boolean {
  return ELIDING_START.test(form.trim());
}

/**
 * The person as shown in the table for a given form: `je` (or `que je`) becomes `j’`
 * (`que j’`) before a vowel or h; every other person is shown as authored.
 */
export function personLabel(person: { fr: string }, form: string): string {
  const label = person.fr.trim();
  return elides(form) ? label.replace(/(^|\s)je$/u, '$1j’') : label;
}

/** The pronouns a person stands for: `il/elle/on` → `il`, `elle`, `on`. */
export function pronounAlternatives(person: { fr: string }): string[] {
  return person.fr
    .split('/')
    .map((alternative) => alternative.trim())
    .filter((alternative) => alternative !== '');
}

/** Pronoun and form written together: `je suis`, `j’ai`, `que j’aie`. */
export function withPronoun(pronoun: string, form: string): string {
  const label = personLabel({ fr: pronoun }, form);
  return /['’]$/u.test(label) ? `${label}${form.trim()}` : `${label} ${form.trim()}`;
}

/** Lowercase with one kind of apostrophe and single spaces, for prefix tests. */
function simplify(text: string): string {
  return normalizeApostrophes(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * True when the learner typed the pronoun themselves: the answer starts with one of the
 * person's pronouns as a whole word, or with its elided form (`j'`, `j’`, `que j'`).
 */
export function startsWithPronoun(answer: string, person: { fr: string }): boolean {
  const typed = simplify(answer);
  return pronounAlternatives(person).some((pronoun) => {
    const plain = simplify(pronoun);
    if (typed.startsWith(`${plain} `)) return true;
    const elided = plain.replace(/(^|\s)je$/u, "$1j'");
    return elided !== plain && typed.startsWith(elided);
  });
}

/**
 * The readings of an answer to judge, best guess first: with the pronoun (added when the learner
 * typed the bare form), then as typed (for `jai`, a pronoun run into its verb). An empty answer
 * stays empty.
 */
export function answerReadings(answer: string, person: { fr: string }): string[] {
  const trimmed = answer.trim();
  if (trimmed === '') return [trimmed];
  const withIt = withPronoun(pronounAlternatives(person)[0] ?? person.fr, trimmed);
  // A reflexive form can start with the person's own pronoun (`nous levons` in the `nous` row
  // means `nous nous levons`): read it both as typed and with the pronoun added.
  if (startsWithPronoun(trimmed, person)) return [trimmed, withIt];
  return [withIt, trimmed];
}

/** Every accepted form of a cell written with each of its pronouns. */
export function acceptedWithPronoun(person: { fr: string }, accepted: readonly string[]): string[] {
  const main = accepted.flatMap((form) =>
    pronounAlternatives(person)
      .slice(0, 1)
      .map((pronoun) => withPronoun(pronoun, form)),
  );
  const others = accepted.flatMap((form) =>
    pronounAlternatives(person)
      .slice(1)
      .map((pronoun) => withPronoun(pronoun, form)),
  );
  return [...main, ...others];
}
