import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { UI_LANGUAGES } from '../../i18n/config';
import { useProfileStore } from '../../stores/profile-store';

/** Create a profile (the first screen on a new device) or switch between the device's learners. */
export default function ProfilesPage() {
  const { t, i18n } = useTranslation('profiles');
  const [, navigate] = useLocation();
  const profiles = useProfileStore((state) => state.profiles);
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  const create = useProfileStore((state) => state.create);
  const switchTo = useProfileStore((state) => state.switchTo);
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
                    await switchTo(profile.id);
                    await i18n.changeLanguage(profile.uiLanguage);
                    navigate('/');
                  }}
                >
                  <span className="avatar" aria-hidden="true">
                    {profile.name.slice(0, 1).toUpperCase()}
                  </span>
                  {profile.name}
                  {profile.id === activeProfileId ? <span className="badge">{t('active')}</span> : null}
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
    </div>
  );
}
