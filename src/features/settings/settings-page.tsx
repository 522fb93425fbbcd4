import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { UI_LANGUAGES } from '../../i18n/config';
import type { WeeklyGoal } from '../../domain/stats/activity';
import { isValidPin } from '../../services/pin/pin';
import { isLowOnSpace, requestPersistence, storageSnapshot, type StorageSnapshot } from '../../services/storage/storage';
import { selectActiveProfile, useProfileStore } from '../../stores/profile-store';
import { useStudySettingsStore } from '../../stores/study-settings-store';
import '../../ui/study.css';
import { BackupSection } from './backup-section';

const megabytes = (bytes: number | undefined) => (bytes === undefined ? '?' : String(Math.round(bytes / 1024 / 1024)));

/** The active profile's settings: language, PIN, weekly goal, instructor unlock, backups, storage. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const profile = useProfileStore(selectActiveProfile);
  const setUiLanguage = useProfileStore((state) => state.setUiLanguage);
  const setPin = useProfileStore((state) => state.setPin);
  const weeklyGoal = useStudySettingsStore((state) => state.weeklyGoal);
  const setWeeklyGoal = useStudySettingsStore((state) => state.setWeeklyGoal);
  const unlockAll = useStudySettingsStore((state) => state.unlockAll);
  const setUnlockAll = useStudySettingsStore((state) => state.setUnlockAll);
  const [goal, setGoal] = useState<WeeklyGoal>(weeklyGoal);
  const [goalSaved, setGoalSaved] = useState(false);
  const [pin, setPinText] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [pinMessage, setPinMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | undefined>();
  const [storage, setStorage] = useState<StorageSnapshot | undefined>();

  useEffect(() => {
    void storageSnapshot().then(setStorage);
  }, []);
  useEffect(() => setGoal(weeklyGoal), [weeklyGoal]);

  if (!profile) return null;

  const saveGoal = async (event: FormEvent) => {
    event.preventDefault();
    await setWeeklyGoal({ kind: goal.kind, target: Math.max(1, Math.min(goal.kind === 'sessions' ? 21 : 1200, Math.round(goal.target))) });
    setGoalSaved(true);
  };

  const savePin = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidPin(pin)) {
      setPinMessage({ kind: 'bad', text: t('pin.invalid') });
      return;
    }
    if (pin !== pinAgain) {
      setPinMessage({ kind: 'bad', text: t('pin.mismatch') });
      return;
    }
    await setPin(pin);
    setPinText('');
    setPinAgain('');
    setPinMessage({ kind: 'ok', text: t('pin.saved') });
  };

  return (
    <div className="study-page settings">
      <h1>{t('title', { name: profile.name })}</h1>
      <section className="study-card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <div className="field">
          <label htmlFor="settings-ui-language">{t('language.label')}</label>
          <select
            id="settings-ui-language"
            value={profile.uiLanguage}
            onChange={async (event) => {
              await setUiLanguage(event.target.value);
              await i18n.changeLanguage(event.target.value);
            }}
          >
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`language.names.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section className="study-card" aria-labelledby="settings-goal">
        <h2 id="settings-goal">{t('goal.title')}</h2>
        <form className="inline-fields" onSubmit={(event) => void saveGoal(event)}>
          <div className="field">
            <label htmlFor="goal-target">{t('goal.target')}</label>
            <input
              id="goal-target"
              type="number"
              inputMode="numeric"
              min={1}
              max={goal.kind === 'sessions' ? 21 : 1200}
              value={goal.target}
              onChange={(event) => {
                setGoal({ ...goal, target: Number(event.target.value) });
                setGoalSaved(false);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="goal-kind">{t('goal.kind')}</label>
            <select
              id="goal-kind"
              value={goal.kind}
              onChange={(event) => {
                setGoal({ ...goal, kind: event.target.value === 'minutes' ? 'minutes' : 'sessions' });
                setGoalSaved(false);
              }}
            >
              <option value="sessions">{t('goal.sessions')}</option>
              <option value="minutes">{t('goal.minutes')}</option>
            </select>
          </div>
          <button type="submit" className="button">
            {t('goal.save')}
          </button>
        </form>
        <p role="status">{goalSaved ? t('goal.saved') : ''}</p>
      </section>

      <section className="study-card" aria-labelledby="settings-pin">
        <h2 id="settings-pin">{t('pin.title')}</h2>
        <p>{profile.pin ? t('pin.has') : t('pin.none')}</p>
        <form className="inline-fields" onSubmit={(event) => void savePin(event)}>
          <div className="field">
            <label htmlFor="pin-new">{t('pin.new')}</label>
            <input
              id="pin-new"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={4}
              size={6}
              value={pin}
              onChange={(event) => setPinText(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="pin-again">{t('pin.again')}</label>
            <input
              id="pin-again"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={4}
              size={6}
              value={pinAgain}
              onChange={(event) => setPinAgain(event.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('pin.save')}
          </button>
          {profile.pin ? (
            <button
              type="button"
              className="button"
              onClick={async () => {
                await setPin(undefined);
                setPinMessage({ kind: 'ok', text: t('pin.removed') });
              }}
            >
              {t('pin.remove')}
            </button>
          ) : null}
        </form>
        <p>{t('pin.forgotten')}</p>
        <div role="status" aria-live="polite">
          {pinMessage ? <p className={`notice ${pinMessage.kind === 'ok' ? 'notice-ok' : 'notice-bad'}`}>{pinMessage.text}</p> : null}
        </div>
      </section>

      <BackupSection />

      <section className="study-card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('storage.title')}</h2>
        {storage ? (
          <>
            <p>{t('storage.usage', { used: megabytes(storage.usageBytes), quota: megabytes(storage.quotaBytes) })}</p>
            <p>{storage.persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
            {isLowOnSpace(storage) ? (
              <p className="notice notice-bad" role="alert">
                {t('storage.low')}
              </p>
            ) : null}
            {!storage.persisted ? (
              <p>
                <button
                  type="button"
                  className="button"
                  onClick={async () => {
                    await requestPersistence();
                    setStorage(await storageSnapshot());
                  }}
                >
                  {t('storage.persist')}
                </button>
              </p>
            ) : null}
          </>
        ) : null}
      </section>

      <section className="study-card" aria-labelledby="settings-instructor">
        <h2 id="settings-instructor">{t('instructor.title')}</h2>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={unlockAll}
            onChange={(event) => {
              const next = event.target.checked;
              if (next && !window.confirm(t('instructor.confirm'))) return;
              void setUnlockAll(next);
            }}
          />
          {t('instructor.unlockAll')}
        </label>
        <p>{t('instructor.help')}</p>
        <p className="study-actions">
          <Link href="/placement">{t('instructor.placement')}</Link>
          <Link href="/profiles">{t('instructor.profiles')}</Link>
        </p>
      </section>
    </div>
  );
}
