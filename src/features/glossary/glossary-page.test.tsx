import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { initTestI18n } from '../../../tests/helpers/i18n';
import radioSignals from '../../../content/glossary/radio-signals.json';
import fixture from '../../../tests/fixtures/glossary/valid/glossary/checkpoint-patrol.json';
import { buildGlossary } from '../../content/glossary-loader';
import type { GlossaryFile } from '../../content/glossary-schema';
import { createDb } from '../../db/db';
import { setDbForTests } from '../../db/instance';
import { isInReviewDeck } from '../../db/repos/review-deck';
import { createProfile } from '../../db/repos/profiles';
import glossaryEn from '../../i18n/locales/en/glossary.json';
import { createFakeAudio } from '../../services/audio/audio-service';
import { useProfileStore } from '../../stores/profile-store';
import { AudioContext } from '../../ui/audio-context';
import GlossaryEntryPage from './glossary-entry';
import GlossaryPage, { forgetGlossaryScreen, PAGE_SIZE } from './glossary-page';
import GlossaryPrintPage from './glossary-print';

const glossary = buildGlossary([fixture as GlossaryFile, radioSignals as GlossaryFile]);
const source = () => Promise.resolve(glossary);

beforeAll(async () => {
  await initTestI18n();
  i18next.addResourceBundle('en', 'glossary', glossaryEn);
});

beforeEach(() => {
  forgetGlossaryScreen();
  useProfileStore.setState({ activeProfileId: undefined, profiles: [], unlocked: new Set() });
});

/** Renders inside act(): React resolves the glossary promise (`use`) within the act scope. */
async function renderAt(ui: React.ReactNode) {
  const { hook } = memoryLocation({ path: '/glossary' });
  await act(async () => {
    render(<Router hook={hook}>{ui}</Router>);
  });
}

test('a search box finds English and French, with and without accents, and says how many', async () => {
  const user = userEvent.setup();
  await renderAt(<GlossaryPage source={source} />);
  const box = await screen.findByRole('searchbox', { name: 'Search in English or French' });
  await user.type(box, 'poste de controle');
  const results = await screen.findByRole('region', { name: 'Search results' });
  await waitFor(() => expect(within(results).getAllByRole('link')[0]).toHaveTextContent('le poste de contrôle — checkpoint'));
  expect(screen.getByRole('status')).toHaveTextContent(/entr(y|ies) found/);
  // The match is highlighted where it is, accents and all.
  const marks = within(within(results).getAllByRole('link')[0]!).getAllByText((_, element) => element?.tagName === 'MARK');
  expect(marks.map((mark) => mark.textContent)).toEqual(['poste', 'de', 'contrôle']);

  await user.clear(box);
  await user.type(box, 'Frequency');
  await waitFor(() =>
    expect(within(screen.getByRole('region', { name: 'Search results' })).getAllByRole('link')[0]).toHaveTextContent('frequency'),
  );
});

test('an acronym is found by its letters, in either language', async () => {
  const user = userEvent.setup();
  await renderAt(<GlossaryPage source={source} />);
  const box = await screen.findByRole('searchbox');
  await user.type(box, 'e.e.i');
  const results = await screen.findByRole('region', { name: 'Search results' });
  await waitFor(() => expect(within(results).getAllByRole('link')[0]).toHaveTextContent("l'engin explosif improvisé"));
  expect(within(results).getAllByRole('link')[0]).toHaveTextContent('Matched: EEI');
  await user.clear(box);
  await user.type(box, 'IED');
  await waitFor(() =>
    expect(within(screen.getByRole('region', { name: 'Search results' })).getAllByRole('link')[0]).toHaveTextContent('Matched: IED'),
  );
});

test('nothing found says so', async () => {
  const user = userEvent.setup();
  await renderAt(<GlossaryPage source={source} />);
  await user.type(await screen.findByRole('searchbox'), 'zzzzqqq');
  expect(await screen.findByText(/No entry matches “zzzzqqq”/)).toBeInTheDocument();
});

test('with an empty box, the glossary is browsed by domain and letter, in English or French order', async () => {
  const user = userEvent.setup();
  await renderAt(<GlossaryPage source={source} />);
  expect(await screen.findByRole('heading', { level: 2, name: 'Browse' })).toBeInTheDocument();
  const list = screen.getByRole('list', { name: 'Glossary entries' });
  expect(within(list).getAllByRole('link')).toHaveLength(PAGE_SIZE);
  expect(screen.getByRole('button', { name: new RegExp(`Show ${String(PAGE_SIZE)} more`) })).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'checkpoint-patrol');
  expect(within(list).getAllByRole('link')).toHaveLength(5);
  expect(screen.getByRole('link', { name: 'Printable list for instructors' })).toHaveAttribute('href', '/glossary/print/checkpoint-patrol');

  await user.click(screen.getByRole('radio', { name: 'French A–Z' }));
  const letters = screen.getByRole('navigation', { name: 'Jump to a letter' });
  await user.click(within(letters).getByRole('button', { name: 'E' }));
  expect(within(letters).getByRole('button', { name: 'E' })).toHaveAttribute('aria-pressed', 'true');
  expect(
    within(list)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual([expect.stringContaining("l'engin explosif improvisé")]);
});

test('an entry shows the French term, gender, acronyms both ways, example and note, with listen and copy', async () => {
  const user = userEvent.setup();
  const writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const audio = createFakeAudio({ available: [] });
  await renderAt(
    <AudioContext.Provider value={audio}>
      <GlossaryEntryPage source={source} entryId="gl.checkpoint-patrol.0002" />
    </AudioContext.Provider>,
  );
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("l'engin explosif improvisé (EEI)");
  expect(screen.getByText('masculine')).toBeInTheDocument();
  expect(screen.getByText('improvised explosive device', { selector: 'p' })).toBeInTheDocument();
  expect(screen.getByText('IED')).toBeInTheDocument();
  expect(screen.getByText('EEI', { selector: 'strong' })).toBeInTheDocument();
  expect(screen.getByText('La patrouille a trouvé un EEI sur la route.')).toBeInTheDocument();

  // No audio yet for glossary entries: the button is there and says so gracefully.
  const listen = screen.getAllByRole('button', { name: 'Listen' });
  expect(listen).toHaveLength(2);
  await user.click(listen[0]!);
  expect(await screen.findByText('Audio not available for this line.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Copy' }));
  expect(writeText).toHaveBeenCalledWith("l'engin explosif improvisé — improvised explosive device");
  expect(await screen.findByText("Copied: l'engin explosif improvisé — improvised explosive device")).toBeInTheDocument();

  // Without a profile there is no deck to add to: the button explains why.
  expect(screen.getByRole('button', { name: 'Add to my review deck' })).toBeDisabled();
  expect(screen.getByText(/Choose or create a profile/)).toBeInTheDocument();
});

test('"Add to my review deck" stores the entry in the active profile\'s deck', async () => {
  const user = userEvent.setup();
  const db = createDb('glossary-test', new IDBFactory(), IDBKeyRange);
  setDbForTests(db);
  await createProfile(db, { id: 'p1', name: 'Kofi', uiLanguage: 'en', createdAt: 1, lastActiveAt: 1 });
  useProfileStore.setState({
    activeProfileId: 'p1',
    profiles: [{ id: 'p1', name: 'Kofi', uiLanguage: 'en', createdAt: 1, lastActiveAt: 1 }],
  });
  await renderAt(<GlossaryEntryPage source={source} entryId="gl.radio-signals.0006" />);
  const add = await screen.findByRole('button', { name: 'Add to my review deck' });
  await waitFor(() => expect(add).toBeEnabled());
  await user.click(add);
  expect(await screen.findByRole('button', { name: '✓ In my review deck' })).toHaveAttribute('aria-pressed', 'true');
  expect(await isInReviewDeck(db, 'p1', 'gl.radio-signals.0006')).toBe(true);
});

test('an unknown entry says so', async () => {
  await renderAt(<GlossaryEntryPage source={source} entryId="gl.radio-signals.9999" />);
  expect(await screen.findByRole('alert')).toHaveTextContent('This entry is not in the glossary.');
});

test('the printable list is a two-column English/French table of the domain', async () => {
  await renderAt(<GlossaryPrintPage source={source} domainId="checkpoint-patrol" />);
  const table = await screen.findByRole('table');
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['English', 'French']);
  expect(within(table).getAllByRole('row')).toHaveLength(6);
  expect(within(table).getByText("l'engin explosif improvisé")).toBeInTheDocument();
});

test('a glossary that cannot load offers a retry', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let calls = 0;
  const flaky = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(glossary));
  await renderAt(<GlossaryPage source={flaky} />);
  const retry = await screen.findByRole('button', { name: 'Try again' });
  await act(async () => {
    retry.click();
  });
  expect(await screen.findByRole('searchbox')).toBeInTheDocument();
  expect(calls).toBe(2);
});
