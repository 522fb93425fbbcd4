import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { createFakeAudio } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { checkDictation } from './check';
import { dictationExamples } from './examples';
import { lintDictation } from './lint';
import { dictationWords } from './model';
import { dictationModule } from './module';
import { dictationSchema, type DictationExercise, type DictationResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const [checkpoint, radio] = dictationExamples as [(typeof dictationExamples)[number], (typeof dictationExamples)[number]];

beforeAll(async () => {
  await initTestI18n();
});

const dictation = (fr: string, accept: string[] = [fr]): DictationExercise => ({
  id: 'v1.u00.l01.ex30',
  type: 'dictation',
  instructions: { en: 'Write what you hear.' },
  audio: { id: 'v1.u00.l01.ex30.a1', fr },
  accept: { fr: accept },
});

describe('dictation examples', () => {
  test.each(dictationExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_, example) => {
      expect(dictationSchema.safeParse(example.exercise).success).toBe(true);
      expect(lintDictation(example.exercise, context)).toEqual([]);
      for (const response of example.right) expect(checkDictation(example.exercise, response).result).toBe('correct');
      for (const response of example.wrong) expect(checkDictation(example.exercise, response).result).toBe('wrong');
      expect(checkDictation(example.exercise, dictationModule.solution(example.exercise)).result).toBe('correct');
      expect(dictationModule.answerKey(example.exercise)).toHaveLength(1);
    },
  );
});

describe('dictation words', () => {
  test('words are what stands between spaces, punctuation aside', () => {
    expect(dictationWords("J'habite à Saint-Louis.").map((word) => word.text)).toEqual(["J'habite", 'à', 'Saint-Louis']);
    expect(dictationWords('Ça va ? Oui, très bien.').map((word) => word.text)).toEqual(['Ça', 'va', 'Oui', 'très', 'bien']);
    expect(dictationWords('« Halte ! »').map((word) => word.text)).toEqual(['Halte']);
    expect(dictationWords("Je m'appelle Kofi.").map((word) => word.spans)).toEqual([[0], [1, 2], [3]]);
  });
});

describe('dictation check, word by word', () => {
  test('one part per expected word', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: 'Arrêtez le véhicule et coupez le moteur.' });
    expect(verdict.parts.map((part) => part.expected)).toEqual(['Arrêtez', 'le', 'véhicule', 'et', 'coupez', 'le', 'moteur']);
    expect(verdict.score).toBe(1);
  });

  test('missing accents are near-misses on the words concerned only', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: 'Arretez le vehicule et coupez le moteur.' });
    expect(verdict.result).toBe('near-miss');
    expect(verdict.parts.map((part) => part.result)).toEqual([
      'near-miss',
      'correct',
      'near-miss',
      'correct',
      'correct',
      'correct',
      'correct',
    ]);
    expect(verdict.parts[2]).toMatchObject({ given: 'vehicule', expected: 'véhicule' });
    expect(verdict.parts[2]?.issues.map((issue) => issue.kind)).toEqual(['accent']);
    expect(verdict.score).toBe(1);
  });

  test('a wrong article is wrong on that word; the score counts the other words', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: 'Arrêtez la véhicule et coupez le moteur.' });
    expect(verdict.result).toBe('wrong');
    expect(verdict.parts[1]).toMatchObject({ result: 'wrong', given: 'la', expected: 'le' });
    expect(verdict.score).toBeCloseTo(6 / 7);
  });

  test('a missing word is wrong with nothing given', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: 'Arrêtez le véhicule et coupez moteur.' });
    expect(verdict.parts[5]).toMatchObject({ result: 'wrong', given: '', expected: 'le' });
  });

  test('extra words make a last part, so they are never silently accepted', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: 'Arrêtez le véhicule et coupez le moteur tout de suite.' });
    expect(verdict.result).toBe('wrong');
    expect(verdict.parts).toHaveLength(8);
    expect(verdict.parts[7]).toMatchObject({ result: 'wrong', expected: '', given: 'tout de suite' });
  });

  test('context counts: an accent on a verb after être is wrong, a missing apostrophe a slip', () => {
    const arrived = checkDictation(dictation('Le convoi est arrivé.'), { answer: 'Le convoi est arrive.' });
    expect(arrived.parts[3]).toMatchObject({ result: 'wrong', given: 'arrive', expected: 'arrivé' });
    const name = checkDictation(dictation("Je m'appelle Kofi Mensah."), { answer: 'je m appelle kofi mensah' });
    expect(name.result).toBe('near-miss');
    expect(name.parts.map((part) => part.result)).toEqual(['correct', 'near-miss', 'correct', 'correct']);
    expect(name.parts[2]).toMatchObject({ result: 'correct', given: 'kofi', expected: 'Kofi' });
  });

  test('an alternative accepted answer is judged word by word against itself', () => {
    const verdict = checkDictation(radio.exercise, { answer: 'Ici Bravo 2. Je vous reçois 5 sur 5, à vous.' });
    expect(verdict.result).toBe('correct');
    expect(verdict.parts.map((part) => part.expected)).toContain('5');
  });

  test('an empty answer is wrong on every word', () => {
    const verdict = checkDictation(checkpoint.exercise, { answer: '  ' });
    expect(verdict.parts.every((part) => part.result === 'wrong' && part.given === '')).toBe(true);
    expect(verdict.score).toBe(0);
  });
});

describe('dictation lint', () => {
  test('the main answer must be what the clip says, punctuation aside', () => {
    expect(lintDictation(dictation('Halte !', ['Halte']), context)).toEqual([]);
    expect(lintDictation(dictation('Halte !', ['Halte là']), context).map((issue) => issue.path)).toEqual(['accept.fr[0]']);
  });

  test('the clip is named after the exercise', () => {
    const exercise = { ...dictation('Halte !'), audio: { id: 'v1.u00.l01.ex31.a1', fr: 'Halte !' } };
    expect(lintDictation(exercise, context).map((issue) => issue.path)).toEqual(['audio.id']);
  });
});

function Harness({ exercise, onChange }: { exercise: DictationExercise; onChange: (response: DictationResponse) => void }) {
  const [response, setResponse] = useState(viewModule.emptyResponse(exercise));
  return (
    <viewModule.View
      exercise={exercise}
      response={response}
      onChange={(next) => {
        onChange(next);
        setResponse(next);
      }}
      verdict={undefined}
      disabled={false}
    />
  );
}

describe('dictation view', () => {
  test('listen, then type: the response follows the keyboard; the text is not shown', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={checkpoint.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    await user.tab();
    await user.keyboard('{Enter}');
    expect(audio.played).toEqual([{ clipId: 'v1.u02.l03.ex08.a1', speed: 'normal' }]);
    expect(screen.queryByText(/Arrêtez le véhicule/)).toBeNull();
    await user.click(screen.getByLabelText('Write what you hear'));
    await user.keyboard('Arrêtez');
    expect(onChange).toHaveBeenLastCalledWith({ answer: 'Arrêtez' });
    expect(viewModule.isAnswered(checkpoint.exercise, { answer: 'Arrêtez' })).toBe(true);
    expect(viewModule.isAnswered(checkpoint.exercise, { answer: ' ' })).toBe(false);
  });

  test('after checking: word-by-word marks, the text, and a read-only input', () => {
    const response = { answer: 'Arretez la véhicule et coupez le moteur.' };
    const verdict = checkDictation(checkpoint.exercise, response);
    render(<viewModule.View exercise={checkpoint.exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    expect(screen.getByLabelText('Write what you hear')).toHaveAttribute('readonly');
    const list = screen.getByRole('list', { name: 'Your answer word by word' });
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(7);
    expect(items[0]?.textContent).toContain('≈');
    expect(items[0]?.textContent).toContain('(almost)');
    expect(items[0]?.textContent).toContain('you wrote Arretez');
    expect(items[1]?.textContent).toContain('(wrong)');
    expect(items[2]?.textContent).toContain('(right)');
    expect(screen.getByText('Arrêtez le véhicule et coupez le moteur.')).toHaveAttribute('lang', 'fr');
  });

  test('review', () => {
    const response = { answer: 'Arrêtez le véhicule.' };
    const { container } = render(
      <viewModule.Review exercise={checkpoint.exercise} response={response} verdict={checkDictation(checkpoint.exercise, response)} />,
    );
    expect(container.textContent).toContain('Arrêtez le véhicule et coupez le moteur.');
    expect(container.textContent).toContain('(Arrêtez le véhicule.)');
  });
});
