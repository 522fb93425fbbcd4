import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import { createDb } from '../../db/db';
import { setDbForTests } from '../../db/instance';
import { listProfiles } from '../../db/repos/profiles';
import { useProfileStore } from '../../stores/profile-store';
import ProfilesPage from './profiles-page';

beforeAll(async () => {
  await initTestI18n();
});

let db = createDb('profiles-test', new IDBFactory(), IDBKeyRange);
beforeEach(async () => {
  db = createDb('profiles-test', new IDBFactory(), IDBKeyRange);
  setDbForTests(db);
  useProfileStore.setState({ status: 'ready', profiles: [], activeProfileId: undefined, unlocked: new Set() });
});

test('a new device asks for a name and creates the profile in IndexedDB', async () => {
  const user = userEvent.setup();
  render(<ProfilesPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to En avant !' })).toBeInTheDocument();
  await user.type(screen.getByLabelText('Your name'), 'Sergent Mensah');
  await user.click(screen.getByRole('button', { name: 'Create the profile' }));
  await waitFor(() => expect(useProfileStore.getState().activeProfileId).toBeDefined());
  const saved = await listProfiles(db);
  expect(saved.map((profile) => profile.name)).toEqual(['Sergent Mensah']);
  expect(useProfileStore.getState().activeProfileId).toBe(saved[0]?.id);
});

test('an empty or duplicate name is refused with a message, and nothing is saved', async () => {
  const user = userEvent.setup();
  await useProfileStore.getState().create('Ana', 'en');
  render(<ProfilesPage />);
  await user.click(screen.getByRole('button', { name: 'Create the profile' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Please enter a name.');
  await user.type(screen.getByLabelText('Your name'), 'ana');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alert')).toHaveTextContent('A profile with this name already exists on this device.');
  expect(await listProfiles(db)).toHaveLength(1);
});

test('a profile with a PIN opens only with its PIN; an instructor can remove a profile', async () => {
  const user = userEvent.setup();
  const kofi = await useProfileStore.getState().create('Kofi', 'en');
  await useProfileStore.getState().setPin('2468');
  await useProfileStore.getState().create('Ana', 'en');
  render(<ProfilesPage />);
  await user.click(screen.getByRole('button', { name: /^Kofi/ }));
  await user.type(screen.getByLabelText('PIN of Kofi'), '1111');
  await user.click(screen.getByRole('button', { name: 'Open the profile' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Wrong PIN');
  expect(useProfileStore.getState().activeProfileId).not.toBe(kofi.id);
  await user.type(screen.getByLabelText('PIN of Kofi'), '2468');
  await user.click(screen.getByRole('button', { name: 'Open the profile' }));
  await waitFor(() => expect(useProfileStore.getState().activeProfileId).toBe(kofi.id));

  vi.spyOn(window, 'confirm').mockReturnValue(true);
  await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
  await waitFor(async () => expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Kofi']));
});
