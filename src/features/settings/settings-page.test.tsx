import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import { createDb, type EnAvantDb } from '../../db/db';
import { setDbForTests } from '../../db/instance';
import { settingsForProfile } from '../../db/repos/settings';
import { useProfileStore } from '../../stores/profile-store';
import { useStudySettingsStore } from '../../stores/study-settings-store';
import SettingsPage from './settings-page';

beforeAll(async () => {
  await initTestI18n();
});

let db: EnAvantDb;
beforeEach(async () => {
  db = createDb('settings-test', new IDBFactory(), IDBKeyRange);
  setDbForTests(db);
  useProfileStore.setState({ status: 'ready', profiles: [], activeProfileId: undefined, unlocked: new Set() });
  await useProfileStore.getState().create('Ana', 'en');
  await useStudySettingsStore.getState().load(useProfileStore.getState().activeProfileId ?? '');
});

test('the weekly goal is saved per profile', async () => {
  const user = userEvent.setup();
  render(<SettingsPage />);
  await user.clear(screen.getByLabelText('Target'));
  await user.type(screen.getByLabelText('Target'), '90');
  await user.selectOptions(screen.getByLabelText('Counted in'), 'minutes');
  await user.click(screen.getByRole('button', { name: 'Save the goal' }));
  expect(await screen.findByText('Goal saved.')).toBeInTheDocument();
  const profileId = useProfileStore.getState().activeProfileId ?? '';
  expect((await settingsForProfile(db, profileId))['weeklyGoal']).toEqual({ kind: 'minutes', target: 90 });
});

test('a PIN must be 4 digits typed twice; it is stored as a salted hash', async () => {
  const user = userEvent.setup();
  render(<SettingsPage />);
  await user.type(screen.getByLabelText('New 4-digit PIN'), '12');
  await user.click(screen.getByRole('button', { name: 'Save the PIN' }));
  expect(await screen.findByText('A PIN is exactly 4 digits.')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('New 4-digit PIN'));
  await user.type(screen.getByLabelText('New 4-digit PIN'), '1234');
  await user.type(screen.getByLabelText('The PIN again'), '1243');
  await user.click(screen.getByRole('button', { name: 'Save the PIN' }));
  expect(await screen.findByText('The two PINs are not the same.')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('The PIN again'));
  await user.type(screen.getByLabelText('The PIN again'), '1234');
  await user.click(screen.getByRole('button', { name: 'Save the PIN' }));
  expect(await screen.findByText(/PIN saved/)).toBeInTheDocument();
  const [row] = await db.profiles.toArray();
  expect(row?.pin?.saltB64).toBeTruthy();
  expect(JSON.stringify(row)).not.toContain('1234');
});

test('“unlock all” asks for confirmation and is kept in the profile’s settings', async () => {
  const user = userEvent.setup();
  const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
  render(<SettingsPage />);
  const box = screen.getByRole('checkbox', { name: 'Instructor: unlock all lessons' });
  await user.click(box);
  expect(box).not.toBeChecked();
  await user.click(box);
  await waitFor(() => expect(box).toBeChecked());
  expect(confirm).toHaveBeenCalledTimes(2);
  const profileId = useProfileStore.getState().activeProfileId ?? '';
  expect((await settingsForProfile(db, profileId))['unlockAll']).toBe(true);
});

test('a file that is not a backup is refused with a message', async () => {
  const user = userEvent.setup();
  render(<SettingsPage />);
  const file = new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Import a backup file'), file);
  expect(await screen.findByText(/not an En avant ! backup file/)).toBeInTheDocument();
});
