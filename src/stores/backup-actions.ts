import type { BackupError, BackupFile, ImportSummary } from '../db/backup';
import { isQuotaError } from '../db/errors';
import { getDb } from '../db/instance';
import { useProfileStore } from './profile-store';
import { useProgressStore } from './progress-store';
import { useStudySettingsStore } from './study-settings-store';

/** Why a file could not be restored: refused by validation, or the write failed (nothing changed either way). */
export type RestoreError = BackupError | 'quota' | 'failed';

/** Reads a backup file's text; nothing is written. The backup code (zod) is loaded here, on first use. */
export async function readBackupFile(text: string): Promise<{ ok: true; backup: BackupFile } | { ok: false; error: RestoreError }> {
  const { parseBackup } = await import('../db/backup');
  const parsed = parseBackup(text);
  return parsed.ok ? parsed : { ok: false, error: parsed.error };
}

/**
 * Imports a validated backup in one transaction (merging into the same profile if it is on this
 * device), then refreshes the stores so every screen shows it.
 */
export async function restoreBackup(
  backup: BackupFile,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: RestoreError }> {
  try {
    const { importBackup } = await import('../db/backup');
    const summary = await importBackup(await getDb(), backup);
    await useProfileStore.getState().reloadProfiles();
    if (summary.profileId === useProfileStore.getState().activeProfileId) {
      await Promise.all([
        useProgressStore.getState().loadProfile(summary.profileId),
        useStudySettingsStore.getState().load(summary.profileId),
      ]);
    }
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, error: isQuotaError(error) ? 'quota' : 'failed' };
  }
}
