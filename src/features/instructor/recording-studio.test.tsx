import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import lesson from '../../../content/vol1/unit-00/lesson-01.json';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { allRecordings, createRecordingsDb, setRecordingsDbForTests, type RecordingsDb } from '../../db/recordings';
import { useRecordingsStore } from '../../stores/recordings-store';
import RecordingStudioPage, { studioLines } from './recording-studio';

class FakeRecorder {
  state: 'inactive' | 'recording' = 'inactive';
  mimeType = 'audio/webm';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    const bytes = new Uint8Array([1, 2, 3]);
    const data = Object.assign(new Blob([bytes], { type: 'audio/webm' }), { arrayBuffer: () => Promise.resolve(bytes.buffer) });
    this.ondataavailable?.({ data });
    this.onstop?.();
  }
}

let db: RecordingsDb;
beforeAll(async () => {
  await initTestI18n();
});
beforeEach(() => {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia: () => Promise.resolve({ getTracks: () => [{ stop: () => undefined }] }) },
    configurable: true,
  });
  Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:take', configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
  db = createRecordingsDb('studio-test', new IDBFactory(), IDBKeyRange);
  setRecordingsDbForTests(db);
  useRecordingsStore.setState({ ids: new Set(), loaded: false });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

async function renderStudio() {
  const location = memoryLocation({ path: '/instructor/record/v1.u00.l01' });
  await act(async () => {
    render(
      <Router hook={location.hook}>
        <Suspense fallback={<p>loading</p>}>
          <Route path="/instructor/record/:lessonId">
            <RecordingStudioPage />
          </Route>
        </Suspense>
      </Router>,
    );
    await Promise.resolve();
  });
}

test('the studio lists every voiced line of the lesson: dialogue, words, examples, grammar, pronunciation', () => {
  const lines = studioLines(lesson as Lesson);
  const typed = lesson as Lesson;
  const expected =
    typed.dialogues.reduce((sum, dialogue) => sum + dialogue.lines.length, 0) +
    typed.vocabulary.length * 2 +
    typed.grammar.reduce((sum, point) => sum + point.examples.length, 0) +
    typed.pronunciation.reduce((sum, point) => sum + point.items.length, 0);
  expect(lines).toHaveLength(expected);
  expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
});

test('an instructor records a line with the prompter, keeps it, and moves to the next line', async () => {
  await renderStudio();
  const first = typedFirstLine();
  expect(await screen.findByText(first, { selector: '.prompter-text' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Record' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Keep and go on' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Line 1 saved.'));
  expect((await allRecordings(db)).map((row) => row.clipId)).toEqual([(lesson as Lesson).dialogues[0]!.lines[0]!.id]);
  expect(screen.getByRole('heading', { level: 2, name: /^Line 2 of/ })).toBeInTheDocument();
  expect(screen.getByText(/^1 of \d+ lines recorded on this device\.$/)).toBeInTheDocument();
});

test('a damaged pack file is refused with a message and nothing changes', async () => {
  await renderStudio();
  const file = new File(['{"format":"en-avant-audio-pack","version":1,"reco'], 'pack.json', { type: 'application/json' });
  await userEvent.upload(screen.getByLabelText('Import an audio pack'), file);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('This file is not an audio pack'));
  expect(await allRecordings(db)).toEqual([]);
});

function typedFirstLine(): string {
  return (lesson as Lesson).dialogues[0]!.lines[0]!.text.fr;
}
