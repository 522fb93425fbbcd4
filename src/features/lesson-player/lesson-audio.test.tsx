/** Listening in the lesson sections: every French text has a Listen button; a dialogue plays whole. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, test } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import lessonJson from '../../../content/vol1/unit-00/lesson-01.json';
import type { Lesson } from '../../content/schema';
import { createFakeAudio, type AudioService } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { AudioPreferencesProvider } from '../../ui/audio-preferences';
import { DialogueSection } from './dialogue-section';
import { GrammarSection, PronunciationSection } from './explanation-sections';
import { VocabularySection } from './vocabulary-section';

const lesson = lessonJson as unknown as Lesson;

beforeAll(async () => {
  await initTestI18n();
});

function renderWith(audio: AudioService, ui: ReactNode) {
  return render(
    <AudioContext.Provider value={audio}>
      <AudioPreferencesProvider>{ui}</AudioPreferencesProvider>
    </AudioContext.Provider>,
  );
}

describe('Listen buttons in every section', () => {
  test('dialogue: one per line, described by its French text', () => {
    renderWith(createFakeAudio(), <DialogueSection lesson={lesson} />);
    const lines = lesson.dialogues.flatMap((dialogue) => dialogue.lines);
    const buttons = screen.getAllByRole('button', { name: 'Listen' });
    expect(buttons).toHaveLength(lines.length);
    expect(buttons[0]).toHaveAccessibleDescription(lines[0]!.text.fr);
    expect(screen.getByRole('checkbox', { name: 'Show the translation' })).toBeInTheDocument();
  });

  test('vocabulary: term and example', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    renderWith(audio, <VocabularySection lesson={lesson} />);
    expect(screen.getAllByRole('button', { name: 'Listen' })).toHaveLength(lesson.vocabulary.length * 2);
    const first = lesson.vocabulary[0]!;
    const row = screen.getByText(first.example.fr).closest('tr')!;
    const [term, example] = within(row).getAllByRole('button', { name: 'Listen' });
    await user.click(term!);
    await user.click(example!);
    expect(audio.played.map((p) => p.clipId)).toEqual([first.id, `${first.id}.example`]);
  });

  test('grammar examples and pronunciation items', () => {
    const examples = lesson.grammar.flatMap((point) => point.examples).length;
    const items = lesson.pronunciation.flatMap((point) => point.items).length;
    const { unmount } = renderWith(createFakeAudio(), <GrammarSection lesson={lesson} />);
    expect(screen.getAllByRole('button', { name: 'Listen' })).toHaveLength(examples);
    unmount();
    renderWith(createFakeAudio(), <PronunciationSection lesson={lesson} />);
    expect(screen.getAllByRole('button', { name: 'Listen' })).toHaveLength(items);
  });

  test('without audio (no service), the sections show no audio controls', () => {
    render(<DialogueSection lesson={lesson} />);
    expect(screen.queryByRole('button', { name: /Listen|Play/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Slow audio' })).not.toBeInTheDocument();
  });
});

describe('playing a whole dialogue', () => {
  test('the line being played is marked aria-current; Escape stops', async () => {
    const user = userEvent.setup();
    const resolvers: Array<(result: 'ended' | 'stopped') => void> = [];
    const audio: AudioService = {
      has: () => true,
      play: () => new Promise((resolve) => resolvers.push(resolve)),
      stop: () => resolvers.splice(0).forEach((resolve) => resolve('stopped')),
    };
    renderWith(audio, <DialogueSection lesson={lesson} />);
    const [dialogue] = lesson.dialogues;
    const article = screen.getByRole('article', { name: new RegExp(dialogue!.title.fr) });
    await user.click(within(article).getByRole('button', { name: 'Play the whole dialogue' }));
    const current = () => article.querySelector('[aria-current="true"]');
    expect(current()?.id).toBe(dialogue!.lines[0]!.id);
    await act(async () => resolvers.shift()!('ended'));
    expect(current()?.id).toBe(dialogue!.lines[1]!.id);
    expect(within(article).getByRole('button', { name: 'Stop the dialogue' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(current()).toBeNull();
    expect(within(article).getByRole('button', { name: 'Play the whole dialogue' })).toHaveAttribute('aria-pressed', 'false');
  });
});
