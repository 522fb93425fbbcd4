import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, RTL_LANGUAGES, type UiLanguage } from './config';

/** Locale files are separate chunks, loaded on demand and precached for offline use. */
const localeModules = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = localeModules[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no locale ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources as Parameters<ReadCallback>[1]),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Initialises i18next with lazy locales; resolves once the first language is ready. */
export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', applyDocumentLanguage);
  return i18next;
}

/** Sets `<html lang dir>` so screen readers pronounce the UI right and RTL layouts mirror. */
export function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.includes(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

export { i18next };
