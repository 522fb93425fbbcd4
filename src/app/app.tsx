import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useTransitionHashLocation } from './use-transition-hash-location';
import { isUnlocked, useProfileStore } from '../stores/profile-store';
import { useProgressStore } from '../stores/progress-store';
import { useStudySettingsStore } from '../stores/study-settings-store';
import { useReviewStore } from '../stores/review-store';
import { AudioProvider } from './audio-provider';
import { Layout } from './layout';
import { whenIdle } from '../lib/idle';

const loadCourseMap = () => import('../features/course-map/course-map');
const loadLessonPlayer = () => import('../features/lesson-player/lesson-player');
const CourseMap = lazy(loadCourseMap);
const LessonPlayer = lazy(loadLessonPlayer);
const ProfilesPage = lazy(() => import('../features/profiles/profiles-page'));
const UnitTestPage = lazy(() => import('../features/unit-test/unit-test-page'));
const InstructorHome = lazy(() => import('../features/instructor/instructor-home'));
const LessonGuidePage = lazy(() => import('../features/instructor/lesson-guide'));
const TestPaperPage = lazy(() => import('../features/instructor/test-paper'));
const ProjectionPage = lazy(() => import('../features/instructor/projection'));
const RecordingStudioPage = lazy(() => import('../features/instructor/recording-studio'));
const OfflineAudioPage = lazy(() => import('../features/offline-audio/offline-audio-page'));
const loadHome = () => import('../features/home/home-page');
const HomePage = lazy(loadHome);
const ReviewPage = lazy(() => import('../features/review/review-page'));
const PlacementPage = lazy(() => import('../features/placement/placement-page'));
const SettingsPage = lazy(() => import('../features/settings/settings-page'));
const StatsPage = lazy(() => import('../features/stats/stats-page'));
// The glossary and its data are lazy chunks: nothing of it loads before the learner opens it.
const GlossaryPage = lazy(() => import('../features/glossary/glossary-page'));
const GlossaryEntryPage = lazy(() => import('../features/glossary/glossary-entry'));
const GlossaryPrintPage = lazy(() => import('../features/glossary/glossary-print'));

/** Shows the profile screen until the device has a learner, then the requested page. */
function RequireProfile({ children }: { children: React.ReactNode }) {
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  const loadedFor = useProgressStore((state) => (state.loaded ? state.profileId : undefined));
  const settingsFor = useStudySettingsStore((state) => state.profileId);
  const unlocked = useProfileStore((state) => isUnlocked(state, state.activeProfileId));
  if (activeProfileId === undefined) return <Redirect to="/profiles" replace />;
  // A profile with a PIN asks for it once per session (a shared phone).
  if (!unlocked) return <Redirect to={`/profiles/${activeProfileId}`} replace />;
  if (loadedFor !== activeProfileId || settingsFor !== activeProfileId) return null;
  return <>{children}</>;
}

/**
 * Routes. Hash routing: the app is served as static files by any server (or none, from the
 * service worker), and deep links keep working offline without server rewrites. wouter rather
 * than react-router: the same job in about 2 KB instead of 30 KB gzip on a cheap phone.
 */
function Routes() {
  return (
    <Switch>
      <Route path="/">
        <RequireProfile>
          <HomePage />
        </RequireProfile>
      </Route>
      <Route path="/course">
        <RequireProfile>
          <CourseMap />
        </RequireProfile>
      </Route>
      <Route path="/review">
        <RequireProfile>
          <ReviewPage />
        </RequireProfile>
      </Route>
      <Route path="/placement">
        <RequireProfile>
          <PlacementPage />
        </RequireProfile>
      </Route>
      <Route path="/settings">
        <RequireProfile>
          <SettingsPage />
        </RequireProfile>
      </Route>
      <Route path="/stats">
        <RequireProfile>
          <StatsPage />
        </RequireProfile>
      </Route>
      <Route path="/lesson/:lessonId/:section?/:mode?">
        <RequireProfile>
          <LessonPlayer />
        </RequireProfile>
      </Route>
      <Route path="/test/:testId/:stage?">
        <RequireProfile>
          <UnitTestPage />
        </RequireProfile>
      </Route>
      <Route path="/instructor">
        <InstructorHome />
      </Route>
      <Route path="/instructor/lesson/:lessonId">
        <LessonGuidePage />
      </Route>
      <Route path="/instructor/test/:testId/:mode?">
        <TestPaperPage />
      </Route>
      <Route path="/instructor/project/:lessonId">
        <ProjectionPage />
      </Route>
      <Route path="/instructor/record/:lessonId">
        <RecordingStudioPage />
      </Route>
      <Route path="/glossary">
        <GlossaryPage />
      </Route>
      <Route path="/glossary/entry/:entryId">
        <GlossaryEntryPage />
      </Route>
      <Route path="/glossary/print/:domain">
        <GlossaryPrintPage />
      </Route>
      <Route path="/audio">
        <OfflineAudioPage />
      </Route>
      <Route path="/profiles/:unlockId?">
        <ProfilesPage />
      </Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}

/** Root component: loads profiles and the active learner's progress, then routes. */
export function App() {
  const { t, i18n } = useTranslation();
  const status = useProfileStore((state) => state.status);
  const load = useProfileStore((state) => state.load);
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  const loadProgress = useProgressStore((state) => state.loadProfile);
  const loadStudySettings = useStudySettingsStore((state) => state.load);

  useEffect(() => {
    void load();
    // Fetch the screens the learner will open next while the phone is idle, so opening a lesson
    // does not wait for the network (or, offline, for the service worker).
    whenIdle(() => {
      void loadHome();
      void loadCourseMap();
      void loadLessonPlayer();
    });
  }, [load]);
  useEffect(() => {
    if (activeProfileId !== undefined) void loadProgress(activeProfileId);
  }, [activeProfileId, loadProgress]);
  useEffect(() => {
    if (activeProfileId === undefined) return;
    void loadStudySettings(activeProfileId);
    // The due count in the navigation: the deck (and ts-fsrs) loads when the phone is idle.
    whenIdle(
      () =>
        void useReviewStore
          .getState()
          .refresh(activeProfileId)
          .catch(() => undefined),
    );
  }, [activeProfileId, loadStudySettings]);
  useEffect(() => {
    const profile = useProfileStore.getState().profiles.find((candidate) => candidate.id === activeProfileId);
    if (profile && profile.uiLanguage !== i18n.language) void i18n.changeLanguage(profile.uiLanguage);
  }, [activeProfileId, i18n]);

  if (status === 'error') {
    return (
      <p role="alert" className="error-page">
        {t('storageError')}
      </p>
    );
  }
  if (status !== 'ready') return <p aria-busy="true">{t('loading')}</p>;
  return (
    <AudioProvider>
      <Router hook={useTransitionHashLocation} hrefs={useTransitionHashLocation.hrefs}>
        <Layout>
          <Routes />
        </Layout>
      </Router>
    </AudioProvider>
  );
}
