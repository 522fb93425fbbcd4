import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../db/backup';
import { getDb } from '../../db/instance';
import { systemClock } from '../../services/clock/clock';
import { readBackupFile, restoreBackup, type RestoreError } from '../../stores/backup-actions';
import { useProfileStore } from '../../stores/profile-store';

type Message = { kind: 'ok' | 'bad'; text: string } | undefined;

/**
 * Export the active profile to a file; import a file (validated completely before anything is
 * written, then merged in one transaction).
 */
export function BackupSection() {
  const { t } = useTranslation('settings');
  const profileId = useProfileStore((state) => state.activeProfileId);
  const profiles = useProfileStore((state) => state.profiles);
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState<BackupFile | undefined>();
  const [busy, setBusy] = useState(false);

  const errorText = (error: RestoreError): string => {
    const texts: Record<RestoreError, string> = {
      'not-json': t('backup.errors.notJson'),
      'not-a-backup': t('backup.errors.notBackup'),
      'newer-version': t('backup.errors.newer'),
      invalid: t('backup.errors.invalid'),
      quota: t('backup.errors.quota'),
      failed: t('backup.errors.failed'),
    };
    return texts[error];
  };

  const exportNow = async () => {
    if (profileId === undefined) return;
    setBusy(true);
    try {
      const { exportProfile, backupFileName } = await import('../../db/backup');
      const backup = await exportProfile(await getDb(), profileId, systemClock.now());
      const blob = new Blob([JSON.stringify(backup)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName(backup);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ kind: 'ok', text: t('backup.exported', { file: link.download, count: backup.attempts.length }) });
    } catch {
      setMessage({ kind: 'bad', text: t('backup.exportFailed') });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPending(undefined);
    if (!file) return;
    const parsed = await readBackupFile(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'bad', text: errorText(parsed.error) });
      return;
    }
    setMessage(undefined);
    setPending(parsed.backup);
  };

  const importNow = async () => {
    if (!pending) return;
    setBusy(true);
    const restored = await restoreBackup(pending);
    setBusy(false);
    if (restored.ok) {
      const { merged, attemptsAdded } = restored.summary;
      setMessage({
        kind: 'ok',
        text: t(merged ? 'backup.merged' : 'backup.created', { name: pending.profile.name, count: attemptsAdded }),
      });
      setPending(undefined);
    } else {
      setMessage({ kind: 'bad', text: errorText(restored.error) });
    }
  };

  const existing = pending ? profiles.find((profile) => profile.id === pending.profile.id) : undefined;
  return (
    <section className="study-card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p>{t('backup.text')}</p>
      <p className="study-actions">
        <button type="button" className="button button-primary" onClick={() => void exportNow()} disabled={busy || profileId === undefined}>
          {t('backup.export')}
        </button>
      </p>
      <div className="field">
        <label htmlFor="backup-file">{t('backup.importLabel')}</label>
        <input id="backup-file" type="file" accept="application/json,.json" onChange={(event) => void choose(event)} disabled={busy} />
      </div>
      {pending ? (
        <div className="notice" role="group" aria-labelledby="backup-pending">
          <p id="backup-pending">
            {t('backup.ready', {
              name: pending.profile.name,
              count: pending.attempts.length,
              date: new Date(pending.exportedAt).toLocaleDateString(),
            })}
          </p>
          <p>{existing ? t('backup.willMerge', { name: existing.name }) : t('backup.willCreate')}</p>
          <p className="study-actions">
            <button type="button" className="button button-primary" onClick={() => void importNow()} disabled={busy}>
              {existing ? t('backup.merge') : t('backup.import')}
            </button>
            <button type="button" className="button" onClick={() => setPending(undefined)}>
              {t('backup.cancel')}
            </button>
          </p>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? <p className={`notice ${message.kind === 'ok' ? 'notice-ok' : 'notice-bad'}`}>{message.text}</p> : null}
      </div>
    </section>
  );
}
