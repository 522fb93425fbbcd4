import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The parts of a lesson the page model needs, read from the content files. */
export interface LessonData {
  id: string;
  title: { fr: string };
  dialogues: Array<{ lines: Array<{ id: string; text: { fr: string; en: string } }> }>;
  exercises: ExerciseData[];
}

/** A text that is French, in the learner's language, or both (the view shows French when there is some). */
export interface TextData {
  fr?: string;
  en?: string;
}

/** An option of a choice question (multiple-choice, listen-choose, reading). */
export interface OptionData {
  id: string;
  text: TextData;
}

/** Accepted French answers, main form first. */
interface AcceptedFr {
  fr: string[];
}

/** A question of a reading exercise. */
export type ReadingQuestionData =
  | { kind: 'choice'; options: OptionData[]; answer: string[] }
  | { kind: 'true-false'; answer: boolean }
  | { kind: 'short'; accept: AcceptedFr };

/**
 * The fields of each exercise type that the page model uses to answer it (see
 * `src/exercises/<type>/schema.ts` for the whole shape). Loose on purpose: the content files have
 * more fields, which the page model ignores.
 */
export type ExerciseData =
  | { id: string; type: 'multiple-choice'; options: OptionData[]; answer: string[] }
  | { id: string; type: 'true-false'; statements: Array<{ text: { fr: string }; answer: boolean }> }
  | { id: string; type: 'gap-fill'; gaps: Array<{ accept: AcceptedFr }> }
  | { id: string; type: 'gap-fill-choice'; gaps: Array<{ options: { fr: string[] }; answer: number }> }
  | { id: string; type: 'matching'; pairs: Array<{ left: TextData; right: TextData }> }
  | { id: string; type: 'word-order'; chips: { fr: string[] }; distractors?: { fr: string[] } }
  | {
      id: string;
      type: 'categorize';
      categories: Array<{ id: string; label: TextData }>;
      items: Array<{ text: TextData; category: string }>;
    }
  | { id: string; type: 'odd-one-out'; options: Array<{ id: string; text: { fr: string } }>; answer: string }
  | { id: string; type: 'translate'; direction: 'en-fr'; accept: AcceptedFr }
  | { id: string; type: 'translate'; direction: 'fr-en'; accept: { en: string[] } }
  | { id: string; type: 'conjugation'; cells: Array<{ accept: AcceptedFr; given?: boolean }> }
  | { id: string; type: 'reading'; questions: ReadingQuestionData[] }
  | { id: string; type: 'listen-choose'; options: OptionData[]; answer: string[] }
  | { id: string; type: 'dictation'; accept: AcceptedFr }
  | { id: string; type: 'minimal-pairs'; items: Array<{ options: { fr: string[] }; answer: number }> }
  | { id: string; type: 'speak' }
  | {
      id: string;
      type: 'role-play';
      role: string;
      mode: 'choose' | 'type';
      lines: Array<{ speaker: string; fr: string; options?: Array<{ fr: string }>; accept?: AcceptedFr }>;
    };

/** The exercise type names the page model can answer. */
export type ExerciseTypeName = ExerciseData['type'];

/** How the learner works: with the mouse (or a finger), or with the keyboard alone. */
export type InputMode = 'mouse' | 'keyboard';

export interface AnswerOptions {
  /** `false` gives a wrong answer (every part wrong where the type allows it). Default: true. */
  correct?: boolean;
  /** `keyboard`: focus the first control, then only Tab, Shift+Tab, arrows, Space, Enter and typing. Default: mouse. */
  mode?: InputMode;
}

/** Reads a lesson JSON file from content/. */
export function readLesson(file: string): LessonData {
  return JSON.parse(readFileSync(`content/${file}`, 'utf8')) as LessonData;
}

interface CourseData {
  volumes: Array<{ units: Array<{ id: string; lessons: Array<{ file?: string }>; test: { id: string; file?: string } }> }>;
}
const readCourse = (): CourseData => JSON.parse(readFileSync('content/course.json', 'utf8')) as CourseData;

/** The written lessons listed in content/course.json (planned ones have no file), in course order. */
export function readCourseLessons(): LessonData[] {
  return readCourse().volumes.flatMap((volume) =>
    volume.units.flatMap((unit) => unit.lessons.flatMap((lesson) => (lesson.file === undefined ? [] : [readLesson(lesson.file)]))),
  );
}

/** A unit test as the e2e journeys need it. */
export interface UnitTestData {
  id: string;
  title: TextData;
  passPercent: number;
  sections: Array<{ skill: string; title: TextData; exercises: string[] }>;
  exercises: ExerciseData[];
}

/** The written unit tests, in course order. */
export function readUnitTests(): UnitTestData[] {
  return readCourse().volumes.flatMap((volume) =>
    volume.units.flatMap((unit) =>
      unit.test.file === undefined ? [] : [JSON.parse(readFileSync(`content/${unit.test.file}`, 'utf8')) as UnitTestData],
    ),
  );
}

const text = (value: TextData) => value.fr ?? value.en ?? '';

/** What a wrong answer types into a text field. */
const WRONG_TEXT = 'xxxx';

/** The option after `index`, cyclically: a wrong choice when `index` is the right one. */
const other = (index: number, count: number) => (index + 1) % count;

/**
 * One thing the learner does to answer. The same steps are done with the mouse or the keyboard,
 * so both ways answer with the same data.
 */
type Step =
  /** Turn on a radio button or a checkbox. */
  | { kind: 'choose'; control: Locator }
  /** Choose the option with this value in a native select. */
  | { kind: 'select'; control: Locator; value: string }
  /** Type into a text field; `enterSubmits`: Enter in it checks the answer. */
  | { kind: 'type'; control: Locator; text: string; enterSubmits: boolean }
  /** Type a role-play line and say it: the "Say it" button, or Enter in the field. */
  | { kind: 'say'; control: Locator; text: string; button: Locator }
  /** Press a button. */
  | { kind: 'press'; control: Locator };

/** Most key presses a keyboard user needs to reach one control before the page model gives up. */
const MAX_TABS = 80;

/** Page model of the app, for journeys written as a learner would act. */
export class AppPage {
  /** The exercise on screen. */
  readonly exercise: Locator;

  constructor(readonly page: Page) {
    this.exercise = page.locator('section.exercise');
  }

  async createProfile(name: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Create the profile' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your course' })).toBeVisible();
  }

  /** Waits until the service worker has precached everything and controls the page. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await this.page.reload();
      await this.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
    }
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }

  async openSection(lessonId: string, section: string): Promise<void> {
    await this.page.goto(`/#/lesson/${lessonId}/${section}`);
    await expect(this.page.locator('#lesson-title')).toBeVisible();
  }

  /**
   * Opens the lesson's exercises and answers (right, with the mouse) every exercise before the one
   * with `exerciseId`, so that one is on screen.
   */
  async goToExercise(lesson: LessonData, exerciseId: string): Promise<void> {
    const target = lesson.exercises.findIndex((exercise) => exercise.id === exerciseId);
    if (target === -1) throw new Error(`no exercise ${exerciseId} in ${lesson.id}`);
    await this.openSection(lesson.id, 'exercises');
    for (const exercise of lesson.exercises.slice(0, target)) {
      await this.answer(exercise);
      await this.continue();
    }
    await expect(this.page.getByText(`Exercise ${target + 1} of ${lesson.exercises.length}`)).toBeVisible();
    await expect(this.exercise).toHaveAttribute('data-exercise-type', lesson.exercises[target]!.type);
  }

  /**
   * Answers the exercise on screen, checks it and waits for the feedback. `correct: false` gives a
   * wrong answer; `mode: 'keyboard'` answers without the mouse.
   */
  async answer(exercise: ExerciseData, { correct = true, mode = 'mouse' }: AnswerOptions = {}): Promise<void> {
    await expect(this.exercise).toHaveAttribute('data-exercise-type', exercise.type);
    const steps = this.steps(exercise, correct);
    const check = this.page.getByRole('button', { name: 'Check', exact: true });
    if (mode === 'mouse') {
      for (const step of steps) await this.doWithMouse(step);
      await check.click();
    } else {
      await this.exercise.locator('form').locator('input, select, textarea, button, summary, [tabindex="0"]').first().focus();
      for (const step of steps) await this.doWithKeyboard(step);
      const last = steps.at(-1);
      if (last?.kind === 'type' && last.enterSubmits) {
        await expect(last.control).toBeFocused();
      } else {
        await expect(check).toBeEnabled();
        await this.tabTo(check);
      }
      await this.page.keyboard.press('Enter');
    }
    await expect(this.page.getByRole('status').filter({ hasText: correct ? /Right!|Almost/ : /Not quite/ })).toBeVisible();
  }

  /** Goes on after the feedback: a click, or Enter on the Continue button, which has the focus. */
  async continue({ mode = 'mouse' }: { mode?: InputMode } = {}): Promise<void> {
    const button = this.page.getByRole('button', { name: /^(Continue|See my results)$/ });
    if (mode === 'mouse') {
      await button.click();
    } else {
      await expect(button).toBeFocused();
      await this.page.keyboard.press('Enter');
    }
  }

  /** What to do to answer `exercise`, right or wrong, from its data. */
  private steps(exercise: ExerciseData, correct: boolean): Step[] {
    const view = this.exercise;
    const choose = (scope: Locator, name: string): Step => ({ kind: 'choose', control: scope.getByRole('radio', { name, exact: true }) });
    const chooseOptions = (scope: Locator, options: OptionData[], answer: string[]): Step[] => {
      const ids = correct ? answer : [options.find((option) => !answer.includes(option.id))!.id];
      const role = answer.length > 1 ? 'checkbox' : 'radio';
      return ids.map((id) => ({
        kind: 'choose',
        control: scope.getByRole(role, { name: text(options.find((option) => option.id === id)!.text), exact: true }),
      }));
    };
    const type = (control: Locator, value: string): Step => ({ kind: 'type', control, text: value, enterSubmits: true });
    const truth = (value: boolean) => (value ? 'True' : 'False');

    switch (exercise.type) {
      case 'multiple-choice':
      case 'listen-choose':
        return chooseOptions(view, exercise.options, exercise.answer);
      case 'true-false':
        return exercise.statements.map((statement, index) =>
          choose(view.locator('fieldset.true-false-group').nth(index), truth(correct ? statement.answer : !statement.answer)),
        );
      case 'gap-fill':
        return exercise.gaps.map((gap, index) =>
          type(view.getByRole('textbox', { name: new RegExp(`^Gap ${index + 1} of`) }), correct ? gap.accept.fr[0]! : WRONG_TEXT),
        );
      case 'gap-fill-choice':
        return exercise.gaps.map((gap, index) => ({
          kind: 'select',
          control: view.getByRole('combobox', { name: new RegExp(`^Gap ${index + 1} of`) }),
          value: String(correct ? gap.answer : other(gap.answer, gap.options.fr.length)),
        }));
      case 'matching':
        // The options' values are the authored indexes of the right-hand items.
        return exercise.pairs.map((pair, index) => ({
          kind: 'select',
          control: view.getByLabel(text(pair.left), { exact: true }),
          value: String(correct ? index : other(index, exercise.pairs.length)),
        }));
      case 'word-order': {
        const chips = correct ? exercise.chips.fr : [...exercise.chips.fr].reverse();
        return chips.map((chip) => ({ kind: 'press', control: view.getByRole('button', { name: `Add “${chip}”`, exact: true }).first() }));
      }
      case 'categorize':
        return exercise.items.map((item) => {
          const right = exercise.categories.findIndex((category) => category.id === item.category);
          const category = exercise.categories[correct ? right : other(right, exercise.categories.length)]!;
          return choose(view.getByRole('group', { name: text(item.text), exact: true }), text(category.label));
        });
      case 'odd-one-out': {
        const option = correct
          ? exercise.options.find((candidate) => candidate.id === exercise.answer)!
          : exercise.options.find((candidate) => candidate.id !== exercise.answer)!;
        return [choose(view, option.text.fr)];
      }
      case 'translate': {
        const main = exercise.direction === 'en-fr' ? exercise.accept.fr[0]! : exercise.accept.en[0]!;
        return [type(view.locator('textarea'), correct ? main : WRONG_TEXT)];
      }
      case 'conjugation':
        return exercise.cells
          .filter((cell) => cell.given !== true)
          .map((cell, index) => type(view.locator('input.conjugation-input').nth(index), correct ? cell.accept.fr[0]! : WRONG_TEXT));
      case 'reading':
        return exercise.questions.flatMap((question, index) => {
          const scope = view.locator('li.reading-question').nth(index);
          switch (question.kind) {
            case 'choice':
              return chooseOptions(scope, question.options, question.answer);
            case 'true-false':
              return [choose(scope, truth(correct ? question.answer : !question.answer))];
            case 'short':
              return [type(scope.getByRole('textbox'), correct ? question.accept.fr[0]! : WRONG_TEXT)];
          }
        });
      case 'dictation':
        return [type(view.getByRole('textbox', { name: 'Write what you hear' }), correct ? exercise.accept.fr[0]! : WRONG_TEXT)];
      case 'minimal-pairs':
        return exercise.items.map((item, index) =>
          choose(
            view.getByRole('group', { name: `Word ${index + 1} of ${exercise.items.length}`, exact: true }),
            item.options.fr[correct ? item.answer : other(item.answer, item.options.fr.length)]!,
          ),
        );
      case 'speak':
        // Self-assessment: "Good" is right, "I need practice" is wrong. Recording is optional.
        return [{ kind: 'press', control: view.getByRole('button', { name: correct ? 'Good' : 'I need practice', exact: true }) }];
      case 'role-play': {
        const turn = view.locator('fieldset.role-play-turn');
        const sayIt = turn.getByRole('button', { name: 'Say it', exact: true });
        return exercise.lines
          .filter((line) => line.speaker === exercise.role)
          .flatMap((line): Step[] => {
            if (exercise.mode === 'type') {
              const typed = correct ? (line.accept?.fr[0] ?? line.fr) : WRONG_TEXT;
              return [{ kind: 'say', control: turn.getByRole('textbox', { name: 'Your line' }), text: typed, button: sayIt }];
            }
            const options = (line.options ?? []).map((option) => option.fr);
            const chosen = correct ? line.fr : options.find((option) => option.trim() !== line.fr.trim())!;
            return [choose(turn, chosen), { kind: 'press', control: sayIt }];
          });
      }
    }
  }

  private async doWithMouse(step: Step): Promise<void> {
    switch (step.kind) {
      case 'choose':
        await step.control.click();
        await expect(step.control).toBeChecked();
        break;
      case 'select':
        await step.control.selectOption({ value: step.value });
        break;
      case 'type':
        await step.control.fill(step.text);
        break;
      case 'say':
        await step.control.fill(step.text);
        await step.button.click();
        break;
      case 'press':
        await step.control.click();
        break;
    }
  }

  private async doWithKeyboard(step: Step): Promise<void> {
    const keyboard = this.page.keyboard;
    switch (step.kind) {
      case 'choose': {
        const radio = (await step.control.getAttribute('type')) === 'radio';
        await this.tabTo(step.control, { anyInGroup: radio });
        if (radio) {
          // Arrow keys move through the group, checking each radio on the way.
          for (let presses = 0; presses < 10 && !(await isFocused(step.control)); presses += 1) await keyboard.press('ArrowDown');
          await expect(step.control).toBeFocused();
        }
        if (!(await step.control.isChecked())) await keyboard.press('Space');
        await expect(step.control).toBeChecked();
        break;
      }
      case 'select': {
        await this.tabTo(step.control);
        // A closed native select steps through its options with the arrow keys.
        const target = await step.control.evaluate(
          (select, value) => Array.from((select as HTMLSelectElement).options).findIndex((option) => option.value === value),
          step.value,
        );
        if (target === -1) throw new Error(`no option with value ${step.value}`);
        for (let presses = 0; presses < 20; presses += 1) {
          const current = await step.control.evaluate((select) => (select as HTMLSelectElement).selectedIndex);
          if (current === target) break;
          await keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
        }
        await expect(step.control).toHaveValue(step.value);
        break;
      }
      case 'type':
        await this.tabTo(step.control);
        await keyboard.type(step.text);
        await expect(step.control).toHaveValue(step.text);
        break;
      case 'say':
        await this.tabTo(step.control);
        await keyboard.type(step.text);
        await keyboard.press('Enter');
        break;
      case 'press':
        await this.tabTo(step.control);
        await keyboard.press('Enter');
        break;
    }
  }

  /**
   * Moves the focus to `target` with Tab or Shift+Tab, as a keyboard user would, going forward or
   * back depending on where the focus is. `anyInGroup`: for a radio button, reaching any radio of
   * its group is enough (Tab stops once per group; the arrow keys do the rest).
   */
  async tabTo(target: Locator, { anyInGroup = false }: { anyInGroup?: boolean } = {}): Promise<void> {
    for (let presses = 0; presses <= MAX_TABS; presses += 1) {
      const direction = await target.evaluate((element, group) => {
        const active = document.activeElement;
        if (active === element) return 0;
        if (
          group &&
          element instanceof HTMLInputElement &&
          active instanceof HTMLInputElement &&
          active.type === 'radio' &&
          element.name !== '' &&
          active.name === element.name
        ) {
          return 0;
        }
        if (!active || active === document.body) return 1;
        return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
      }, anyInGroup);
      if (direction === 0) return;
      await this.page.keyboard.press(direction > 0 ? 'Tab' : 'Shift+Tab');
    }
    const focused = await this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    throw new Error(`could not reach ${target.toString()} with Tab / Shift+Tab; the focus is on ${focused}`);
  }
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
