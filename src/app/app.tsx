import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useTransitionHashLocation } from './use-transition-hash-location';
import { useProfileStore } from '../stores/profile-store';
import { useProgressStore } from '../stores/progress-store';
import { AudioProvider } from './audio-provider';
import { Layout } from './layout';

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

/** Shows the profile screen until the device has a learner, then the requested page. */
function RequireProfile({ children }: { children: React.ReactNode }) {
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  const loadedFor = useProgressStore((state) => (state.loaded ? state.profileId : undefined));
  if (activeProfileId === undefined) return <Redirect to="/profiles" replace />;
  if (loadedFor !== activeProfileId) return null;
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
          <CourseMap />
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
      <Route path="/audio">
        <OfflineAudioPage />
      </Route>
      <Route path="/profiles">
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

  useEffect(() => {
    void load();
    // Fetch the screens the learner will open next while the phone is idle, so opening a lesson
    // does not wait for the network (or, offline, for the service worker).
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => {
      void loadCourseMap();
      void loadLessonPlayer();
    });
  }, [load]);
  useEffect(() => {
    if (activeProfileId !== undefined) void loadProgress(activeProfileId);
  }, [activeProfileId, loadProgress]);
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
