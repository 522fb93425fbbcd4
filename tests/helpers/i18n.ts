/** A synchronous i18next instance with the English locales, for component tests. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../src/i18n/locales/en/common.json';
import courseMap from '../../src/i18n/locales/en/course-map.json';
import exercises from '../../src/i18n/locales/en/exercises.json';
import lesson from '../../src/i18n/locales/en/lesson.json';
import profiles from '../../src/i18n/locales/en/profiles.json';
import unitTest from '../../src/i18n/locales/en/unit-test.json';
import instructor from '../../src/i18n/locales/en/instructor.json';
import offlineAudio from '../../src/i18n/locales/en/offline-audio.json';
import home from '../../src/i18n/locales/en/home.json';
import review from '../../src/i18n/locales/en/review.json';
import placement from '../../src/i18n/locales/en/placement.json';
import settings from '../../src/i18n/locales/en/settings.json';
import stats from '../../src/i18n/locales/en/stats.json';

export async function initTestI18n(): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: 'en',
      defaultNS: 'common',
      resources: {
        en: {
          common,
          'course-map': courseMap,
          exercises,
          lesson,
          profiles,
          'unit-test': unitTest,
          instructor,
          'offline-audio': offlineAudio,
          home,
          review,
          placement,
          settings,
          stats,
        },
      },
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  }
  return i18next;
}
