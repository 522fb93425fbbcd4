/** UI languages and namespaces. Course text lives in content/, not here. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** One namespace per feature, plus `common` for the shell and shared components. */
export const NAMESPACES = [
  'common',
  'course-map',
  'lesson',
  'exercises',
  'profiles',
  'unit-test',
  'instructor',
  'offline-audio',
  'home',
  'review',
  'placement',
  'settings',
  'stats',
  'glossary',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Languages written right to left; the layout mirrors for them. */
export const RTL_LANGUAGES: readonly string[] = ['ar', 'fa', 'he', 'ur'];

/** Picks a supported UI language from the browser's preferences. */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = UI_LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}
