import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import { pickUiLanguage } from '../i18n/config';
import { App } from './app';
import './styles.css';

async function start(): Promise<void> {
  await initI18n(pickUiLanguage(navigator.languages));
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}

void start();
