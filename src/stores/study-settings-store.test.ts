import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { createDb } from '../db/db';
import { setDbForTests } from '../db/instance';
import { DEFAULT_WEEKLY_GOAL } from '../domain/stats/activity';
import { selectTestedOut, useStudySettingsStore, type PlacementRecord } from './study-settings-store';

beforeEach(() => {
  setDbForTests(createDb('study-settings', new IDBFactory(), IDBKeyRange));
});

const placement: PlacementRecord = {
  takenAt: 1,
  byLevel: { A1: { asked: 4, right: 2 }, A2: { asked: 0, right: 0 }, B1: { asked: 0, right: 0 } },
  bySkill: {
    listening: { asked: 0, right: 0 },
    reading: { asked: 2, right: 1 },
    grammar: { asked: 1, right: 0 },
    vocabulary: { asked: 1, right: 1 },
  },
  reason: 'some-a1',
  recommendedLessonId: 'v1.u01.l01',
  recommendedUnitId: 'v1.u01',
  testedOut: ['v1.u00.l01'],
};

test('defaults, then settings saved per profile; a placement tests lessons out only once accepted', async () => {
  const store = useStudySettingsStore.getState();
  await store.load('p1');
  expect(useStudySettingsStore.getState().weeklyGoal).toEqual(DEFAULT_WEEKLY_GOAL);
  await store.savePlacement(placement);
  expect(selectTestedOut(useStudySettingsStore.getState()).size).toBe(0);
  await store.acceptPlacement();
  expect([...selectTestedOut(useStudySettingsStore.getState())]).toEqual(['v1.u00.l01']);
  await store.setUnlockAll(true);
  expect(await store.markPersistAsked()).toBe(false);
  expect(await store.markPersistAsked()).toBe(true);

  await store.load('p2');
  expect(useStudySettingsStore.getState()).toMatchObject({ profileId: 'p2', unlockAll: false, placement: undefined });
  await store.load('p1');
  expect(useStudySettingsStore.getState()).toMatchObject({ profileId: 'p1', unlockAll: true });
});
