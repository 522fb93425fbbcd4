import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Offers a new version when one is deployed, and says when the app is ready offline. Updating
 * reloads the page; progress lives in IndexedDB, which the service worker never touches.
 * Shown as a banner in the page flow (not floating), so it never covers an exercise's buttons.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  // "Ready offline" is good news, not a decision: it goes away by itself.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="banner" role="status" aria-live="polite">
      {needRefresh ? (
        <>
          <p>{t('update.available')}</p>
          <button type="button" className="button button-primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </>
      ) : (
        <>
          <p>{t('update.offlineReady')}</p>
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
