import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { UI_LANGUAGES } from '../../i18n/config';
import { isUnlocked, useProfileStore } from '../../stores/profile-store';
import type { ProfileRow } from '../../db/schema';
import { readBackupFile, restoreBackup, type RestoreError } from '../../stores/backup-actions';

/** Create a profile (the first screen on a new device) or switch between the device's learners. */
export default function ProfilesPage() {
  const { t, i18n } = useTranslation('profiles');
  const [, navigate] = useLocation();
  const profiles = useProfileStore((state) => state.profiles);
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  const create = useProfileStore((state) => state.create);
  const switchTo = useProfileStore((state) => state.switchTo);
  const unlocked = useProfileStore((state) => state.unlocked);
  const remove = useProfileStore((state) => state.remove);
  const params = useParams<{ unlockId?: string }>();
  // A PIN-protected profile asks for its PIN: the one chosen here, or the active one after a reload.
  const lockedActive = activeProfileId !== undefined && !isUnlocked({ profiles, unlocked }, activeProfileId) ? activeProfileId : undefined;
  const [unlocking, setUnlocking] = useState<string | undefined>(params.unlockId ?? lockedActive);
  const [name, setName] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('errors.nameRequired'));
      return;
    }
    if (profiles.some((profile) => profile.name.toLowerCase() === trimmed.toLowerCase())) {
      setError(t('errors.nameTaken'));
      return;
    }
    try {
      await create(trimmed, language);
      await i18n.changeLanguage(language);
      navigate('/');
    } catch {
      setError(t('errors.saveFailed'));
    }
  };

  return (
    <div className="profiles">
      <h1>{profiles.length === 0 ? t('welcomeTitle') : t('title')}</h1>
      {profiles.length === 0 ? <p>{t('welcomeText')}</p> : null}
      {profiles.length > 0 ? (
        <section aria-labelledby="profiles-list">
          <h2 id="profiles-list">{t('listTitle')}</h2>
          <ul className="profile-list">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  className="profile-button"
                  aria-pressed={profile.id === activeProfileId}
                  onClick={async () => {
                    if (!isUnlocked({ profiles, unlocked }, profile.id)) {
                      setUnlocking(profile.id);
                      return;
                    }
                    await switchTo(profile.id);
                    await i18n.changeLanguage(profile.uiLanguage);
                    navigate('/');
                  }}
                >
                  <span className="avatar" aria-hidden="true">
                    {profile.name.slice(0, 1).toUpperCase()}
                  </span>
                  {profile.name}
                  {profile.pin ? <span className="badge">{t('pin.locked')}</span> : null}
                  {profile.id === activeProfileId ? <span className="badge">{t('active')}</span> : null}
                </button>
                {unlocking === profile.id ? (
                  <PinForm
                    profile={profile}
                    onUnlocked={async () => {
                      setUnlocking(undefined);
                      await i18n.changeLanguage(profile.uiLanguage);
                      navigate('/');
                    }}
                  />
                ) : null}
                <button
                  type="button"
                  className="button-link remove-profile"
                  onClick={async () => {
                    if (!window.confirm(t('remove.confirm', { name: profile.name }))) return;
                    await remove(profile.id);
                    setUnlocking(undefined);
                  }}
                >
                  {t('remove.button', { name: profile.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="new-profile">
        <h2 id="new-profile">{t('newTitle')}</h2>
        <form onSubmit={(event) => void submit(event)} noValidate className="form">
          <label htmlFor="profile-name">{t('nameLabel')}</label>
          <input
            id="profile-name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(undefined);
            }}
            autoComplete="nickname"
            maxLength={40}
            aria-invalid={error !== undefined}
            aria-describedby={error ? 'profile-error' : undefined}
          />
          <label htmlFor="profile-language">{t('languageLabel')}</label>
          <select id="profile-language" value={language} onChange={(event) => setLanguage(event.target.value)}>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
          {error ? (
            <p id="profile-error" role="alert" className="error">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button-primary">
            {t('create')}
          </button>
        </form>
      </section>
      <RestoreSection
        onRestored={async (profileId, uiLanguage) => {
          if (isUnlocked(useProfileStore.getState(), profileId)) {
            await switchTo(profileId);
            await i18n.changeLanguage(uiLanguage);
            navigate('/');
          } else setUnlocking(profileId);
        }}
      />
    </div>
  );
}

/** Asks for a profile's 4-digit PIN; a forgotten PIN means an instructor removes the profile. */
function PinForm({ profile, onUnlocked }: { profile: ProfileRow; onUnlocked(): Promise<void> }) {
  const { t } = useTranslation('profiles');
  const unlockWithPin = useProfileStore((state) => state.unlockWithPin);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const id = `pin-${profile.id}`;
  return (
    <form
      className="form pin-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await unlockWithPin(profile.id, pin)) await onUnlocked();
        else {
          setWrong(true);
          setPin('');
        }
      }}
    >
      <label htmlFor={id}>{t('pin.label', { name: profile.name })}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        autoFocus
        value={pin}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-error` : undefined}
        onChange={(event) => {
          setPin(event.target.value);
          setWrong(false);
        }}
      />
      {wrong ? (
        <p id={`${id}-error`} role="alert" className="error">
          {t('pin.wrong')}
        </p>
      ) : null}
      <button type="submit" className="button button-primary">
        {t('pin.open')}
      </button>
      <p className="lesson-gloss">{t('pin.forgotten')}</p>
    </form>
  );
}

/** Restores a profile from a backup file: on a new device, or after the profile was removed. */
function RestoreSection({ onRestored }: { onRestored(profileId: string, uiLanguage: string): Promise<void> }) {
  const { t } = useTranslation('profiles');
  const [error, setError] = useState<RestoreError | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="restore-profile">
      <h2 id="restore-profile">{t('restore.title')}</h2>
      <p>{t('restore.text')}</p>
      <div className="form">
        <label htmlFor="restore-file">{t('restore.label')}</label>
        <input
          id="restore-file"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setBusy(true);
            setError(undefined);
            const parsed = await readBackupFile(await file.text());
            const restored = parsed.ok ? await restoreBackup(parsed.backup) : parsed;
            setBusy(false);
            if (!restored.ok) setError(restored.error);
            else if (parsed.ok) await onRestored(restored.summary.profileId, parsed.backup.profile.uiLanguage);
          }}
        />
      </div>
      {error ? (
        <p role="alert" className="error">
          {t(`restore.errors.${error}`)}
        </p>
      ) : null}
    </section>
  );
}
