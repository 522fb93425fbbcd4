import { judge } from '../../domain/answers/judge';
import type { Dialogue, ExerciseHost } from '../../content/schema';
import type { LintContext, LintIssue } from '../types';
import { sameWords } from '../listen-choose/audio';
import { checkRolePlay } from './check';
import { acceptedForLine, learnerLineIndexes } from './model';
import type { RolePlayExercise } from './schema';

const same = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/** The dialogue in the lesson, when the lesson is at hand (unit tests lint with an empty one). */
function findDialogue(lesson: ExerciseHost, id: string): Dialogue | undefined {
  return ((lesson as Partial<ExerciseHost>).dialogues ?? []).find((dialogue) => dialogue.id === id);
}

export function lintRolePlay(exercise: RolePlayExercise, context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const turns = learnerLineIndexes(exercise);
  const speakerIds = exercise.speakers.map((speaker) => speaker.id);

  if (!context.ids.has(exercise.dialogueRef)) {
    issues.push({ path: 'dialogueRef', message: `reference to a missing dialogue "${exercise.dialogueRef}"` });
  }
  if (!speakerIds.includes(exercise.role)) issues.push({ path: 'role', message: `"${exercise.role}" is not one of the speakers` });
  if (turns.length === 0) issues.push({ path: 'role', message: `no line is spoken by "${exercise.role}": nothing for the learner to say` });
  if (turns.length === exercise.lines.length) issues.push({ path: 'lines', message: 'every line is the learner’s: nobody to talk to' });
  speakerIds.forEach((speakerId, index) => {
    if (speakerIds.indexOf(speakerId) !== index)
      issues.push({ path: `speakers[${index}].id`, message: `duplicate speaker "${speakerId}"` });
  });

  const dialogue = findDialogue(context.lesson, exercise.dialogueRef);
  if (dialogue) {
    exercise.speakers.forEach((speaker, index) => {
      const original = dialogue.speakers.find((candidate) => candidate.id === speaker.id);
      if (!original) issues.push({ path: `speakers[${index}].id`, message: `"${speaker.id}" is not a speaker of ${dialogue.id}` });
      else if (original.name !== speaker.name) {
        issues.push({ path: `speakers[${index}].name`, message: `the dialogue names this speaker "${original.name}"` });
      }
    });
  }
  let previousPosition = -1;
  exercise.lines.forEach((line, index) => {
    const path = `lines[${index}]`;
    if (!line.ref.startsWith(`${exercise.dialogueRef}.`)) {
      issues.push({ path: `${path}.ref`, message: `line "${line.ref}" is not in dialogue ${exercise.dialogueRef}` });
    }
    if (!context.ids.has(line.ref)) issues.push({ path: `${path}.ref`, message: `reference to a missing line "${line.ref}"` });
    if (exercise.lines.findIndex((other) => other.ref === line.ref) !== index) {
      issues.push({ path: `${path}.ref`, message: `line "${line.ref}" is used twice` });
    }
    if (!speakerIds.includes(line.speaker)) issues.push({ path: `${path}.speaker`, message: `unknown speaker "${line.speaker}"` });
    if (dialogue) {
      const position = dialogue.lines.findIndex((candidate) => candidate.id === line.ref);
      const original = dialogue.lines[position];
      if (original) {
        if (!sameWords(line.fr, original.text.fr)) {
          issues.push({ path: `${path}.fr`, message: `differs from the dialogue's line: "${original.text.fr}"` });
        }
        if (line.en !== undefined && line.en !== original.text.en) {
          issues.push({ path: `${path}.en`, message: `differs from the dialogue's line: "${original.text.en}"` });
        }
        if (line.speaker !== original.speaker) {
          issues.push({ path: `${path}.speaker`, message: `the dialogue gives this line to "${original.speaker}"` });
        }
        if (position < previousPosition) issues.push({ path: `${path}.ref`, message: 'lines are not in the order of the dialogue' });
        previousPosition = position;
      }
    }
    const isTurn = line.speaker === exercise.role;
    if (!isTurn && (line.options || line.accept)) {
      issues.push({ path: path, message: 'only the learner’s lines take "options" or "accept"' });
    }
    if (!isTurn) return;
    if (exercise.mode === 'choose') {
      if (line.accept) issues.push({ path: `${path}.accept`, message: 'in choose mode, give "options", not "accept"' });
      if (!line.options) {
        issues.push({
          path: `${path}.options`,
          message: 'in choose mode, each learner line needs options (the line + 2 or 3 distractors)',
        });
        return;
      }
      const rights = line.options.filter((option) => same(option.fr, line.fr)).length;
      if (rights !== 1) issues.push({ path: `${path}.options`, message: `exactly one option must be the line itself (found ${rights})` });
      line.options.forEach((option, optionIndex) => {
        if (line.options?.findIndex((other) => same(other.fr, option.fr)) !== optionIndex) {
          issues.push({ path: `${path}.options[${optionIndex}]`, message: 'two options have the same text' });
        }
      });
    } else {
      if (line.options) issues.push({ path: `${path}.options`, message: 'in type mode, give "accept" (optional), not "options"' });
      const accepted = acceptedForLine(line);
      if (line.accept && !sameWords(accepted[0] ?? '', line.fr)) {
        issues.push({ path: `${path}.accept.fr[0]`, message: `the main answer must be the line itself ("${line.fr}"), punctuation aside` });
      }
      accepted.forEach((answer, answerIndex) => {
        if (judge(answer, accepted).result !== 'correct') {
          issues.push({ path: `${path}.accept.fr[${answerIndex}]`, message: 'fails its own checker' });
        }
      });
    }
  });

  const key = turns.map((lineIndex) => exercise.lines[lineIndex]?.fr ?? '');
  if (turns.length > 0 && checkRolePlay(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'lines', message: 'the key fails its own check' });
  }
  if (turns.length > 0 && checkRolePlay(exercise, { answers: turns.map(() => '') }).result !== 'wrong') {
    issues.push({ path: 'lines', message: 'an empty answer passes the check' });
  }
  if (exercise.mode === 'choose') {
    turns.forEach((lineIndex, turn) => {
      const line = exercise.lines[lineIndex];
      line?.options?.forEach((option, optionIndex) => {
        if (same(option.fr, line.fr)) return;
        const answers = key.map((answer, at) => (at === turn ? option.fr : answer));
        if (checkRolePlay(exercise, { answers }).result !== 'wrong') {
          issues.push({ path: `lines[${lineIndex}].options[${optionIndex}]`, message: 'this distractor passes the check' });
        }
      });
    });
  }
  return issues;
}
