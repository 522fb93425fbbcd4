import 'i18next';
import type common from './locales/en/common.json';
import type courseMap from './locales/en/course-map.json';
import type exercises from './locales/en/exercises.json';
import type lesson from './locales/en/lesson.json';
import type profiles from './locales/en/profiles.json';
import type unitTest from './locales/en/unit-test.json';
import type instructor from './locales/en/instructor.json';
import type offlineAudio from './locales/en/offline-audio.json';
import type home from './locales/en/home.json';
import type review from './locales/en/review.json';
import type placement from './locales/en/placement.json';
import type settings from './locales/en/settings.json';
import type stats from './locales/en/stats.json';
import type glossary from './locales/en/glossary.json';

/** Typed keys: a misspelt key does not compile. English is the reference locale. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      'course-map': typeof courseMap;
      exercises: typeof exercises;
      lesson: typeof lesson;
      profiles: typeof profiles;
      'unit-test': typeof unitTest;
      instructor: typeof instructor;
      'offline-audio': typeof offlineAudio;
      home: typeof home;
      review: typeof review;
      placement: typeof placement;
      settings: typeof settings;
      stats: typeof stats;
      glossary: typeof glossary;
    };
    returnNull: false;
  }
}
