/**
 * Browser measurements for `npm run bench`: a throttled phone in Debian Chromium, driven by
 * playwright-core. One run = one fresh browser context (empty HTTP cache, storage and service
 * worker) going through: first visit → create a profile → service worker in control → offline
 * reload (repeat visit) → open the first lesson, still offline → tap Listen → open the glossary
 * and type a query (long tasks and frame gaps while typing).
 *
 * Timings are taken inside the page with `performance.now()`, never with Node's clock: an init
 * script (PAGE_PROBE) watches the DOM with a MutationObserver and records when each condition
 * first holds, then the end of the next frame (see README). Node only waits for those marks.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { GLOSSARY_DOMAINS } from '../../src/content/glossary-domains.ts';

export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/**
 * "Slow 4G" as Lighthouse's mobile preset defines it (RTT 150 ms, 1.6 Mbit/s down, 750 kbit/s
 * up, 4× CPU slowdown), applied with DevTools throttling: the latency is added to every request
 * and the throughput caps the whole page. (Chrome DevTools' own "Slow 4G" preset is harsher:
 * 562.5 ms, 1.44 Mbit/s, because it multiplies Lighthouse's values by 3.75 and 0.9.)
 */
export const THROTTLING = {
  cpuSlowdownMultiplier: 4,
  network: {
    name: 'Slow 4G (Lighthouse mobile values, DevTools throttling)',
    latencyMs: 150,
    downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
    uploadBytesPerSecond: (750 * 1024) / 8,
    connectionType: 'cellular4g',
  },
} as const;

export const BASE_URL = 'http://localhost:4199/';
const FIRST_LESSON_LINK = 'a[href*="#/lesson/v1.u00.l01"]';

/** A condition's first time in page time (ms since navigation start). */
export interface PageMark {
  /** When the DOM first met the condition (MutationObserver, after React's commit). */
  dom: number;
  /** The end of the frame after that: rAF, then a task, i.e. once the frame was produced. */
  frame?: number;
}

interface ProbeState {
  marks: Partial<Record<'profileForm' | 'courseMap' | 'lesson', PageMark>>;
  /** `event.timeStamp` of the last click on a lesson link (page time, ms). */
  lessonClick?: number;
}

/**
 * Injected before any page script in every document of the context. Plain JS in a string so that
 * no transpiler helper leaks into the page. Conditions:
 * - profileForm: input#profile-name ("Your name") has a box, is not hidden and not disabled;
 * - courseMap: an <h1> whose text is "Your course" has a box;
 * - lesson: h1#lesson-title has a box, and section.lesson-section has a box and content beyond
 *   its heading.
 */
const PAGE_PROBE = `(() => {
  if (window.__enAvantBench) return;
  const state = { marks: {} };
  window.__enAvantBench = state;
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const conditions = {
    profileForm: () => {
      const input = document.getElementById('profile-name');
      return shown(input) && !input.disabled;
    },
    courseMap: () => Array.from(document.getElementsByTagName('h1')).some(
      (h) => (h.textContent || '').trim() === 'Your course' && shown(h)),
    lesson: () => {
      const title = document.getElementById('lesson-title');
      const section = document.querySelector('section.lesson-section');
      return shown(title) && shown(section) && section.children.length > 1 && shown(section.children[1]);
    },
  };
  const check = () => {
    for (const name of Object.keys(conditions)) {
      if (state.marks[name] || !conditions[name]()) continue;
      const mark = { dom: performance.now() };
      state.marks[name] = mark;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { mark.frame = performance.now(); };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  document.addEventListener('DOMContentLoaded', check);
  window.addEventListener('load', check);
  window.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof Element && target.closest('a[href*="#/lesson/"]')) {
      state.lessonClick = event.timeStamp || performance.now();
      state.marks.lesson = undefined;
    }
  }, true);
})();`;

function isPageMark(value: unknown): value is PageMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Record<string, unknown>;
  return typeof mark['dom'] === 'number' && (mark['frame'] === undefined || typeof mark['frame'] === 'number');
}

async function readProbe(page: Page): Promise<ProbeState> {
  const json = await page.evaluate<string>('JSON.stringify(window.__enAvantBench ?? null)');
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== 'object' || raw === null) throw new Error('the page probe is not installed');
  const record = raw as Record<string, unknown>;
  const marksRaw = record['marks'];
  const marks: ProbeState['marks'] = {};
  if (typeof marksRaw === 'object' && marksRaw !== null) {
    const marksRecord = marksRaw as Record<string, unknown>;
    for (const name of ['profileForm', 'courseMap', 'lesson'] as const) {
      const mark = marksRecord[name];
      if (isPageMark(mark)) marks[name] = mark;
    }
  }
  const click = record['lessonClick'];
  return typeof click === 'number' ? { marks, lessonClick: click } : { marks };
}

/** Waits until the probe has the frame time of `name`, and returns the mark. */
async function waitForMark(page: Page, name: keyof ProbeState['marks'], timeout: number): Promise<Required<PageMark>> {
  await page.waitForFunction(`window.__enAvantBench?.marks?.${name}?.frame !== undefined`, undefined, {
    timeout,
    polling: 50,
  });
  const mark = (await readProbe(page)).marks[name];
  if (!mark || mark.frame === undefined) throw new Error(`mark ${name} vanished`);
  return { dom: mark.dom, frame: mark.frame };
}

async function throttle(cdp: CDPSession, offline: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: THROTTLING.network.latencyMs,
    downloadThroughput: THROTTLING.network.downloadBytesPerSecond,
    uploadThroughput: THROTTLING.network.uploadBytesPerSecond,
    connectionType: THROTTLING.network.connectionType,
  });
}

/** What one run measured. Times in ms; `undefined` when that step failed. */
export interface RunResult {
  firstVisitMs?: number;
  firstVisitDomMs?: number;
  firstVisitFcpMs?: number;
  /** Bytes over the wire (transferSize) of the navigation and resources finished by the mark. */
  firstVisitTransferBytes?: number;
  /** Node wall clock from the click on "Create the profile" to `serviceWorker.ready` (informative). */
  serviceWorkerReadyMs?: number;
  /** True when the page had to be reloaded once for the service worker to control it. */
  reloadedForServiceWorker?: boolean;
  repeatVisitOfflineMs?: number;
  repeatVisitOfflineDomMs?: number;
  repeatVisitOfflineFcpMs?: number;
  lessonOpenMs?: number;
  lessonOpenDomMs?: number;
  /** Audio files (.mp3) requested by the first visit, until the service worker is ready: budget 0. */
  firstVisitAudioRequests?: number;
  /** Offline, a line whose clip is on the device: from the tap on Listen to the audio starting. */
  audioStartMs?: number;
  /** Glossary data files (per-domain chunks) requested before the glossary is opened: budget 0. */
  glossaryRequestsBeforeOpen?: number;
  /** Offline: from the click on Glossary to the search box and the list shown (Node clock). */
  glossaryOpenMs?: number;
  /** Typing a 34-letter query, a key every 100 ms: long tasks (≥ 50 ms) on the main thread. */
  glossaryTypingLongTasks?: number;
  /** The same: frames later than 50 ms (a visible stutter), from requestAnimationFrame gaps. */
  glossaryTypingSlowFrames?: number;
  /** The same: the longest gap between two frames. */
  glossaryTypingMaxFrameGapMs?: number;
  error?: string;
}

const STEP_TIMEOUT = 60_000;

/** The glossary's per-domain data chunks (`assets/radio-signals-<hash>.js`…). */
const GLOSSARY_CHUNK = new RegExp(`/assets/(${GLOSSARY_DOMAINS.join('|')})-[\\w-]+\\.js$`);
const SERVICE_WORKER_TIMEOUT = 240_000;

async function paintTime(page: Page): Promise<number | undefined> {
  const value = await page.evaluate<number>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
  return value >= 0 ? value : undefined;
}

async function transferredBy(page: Page, until: number): Promise<number> {
  return page.evaluate<number>(`(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return entries.filter((e) => e.responseEnd <= ${until}).reduce((sum, e) => sum + (e.transferSize || 0), 0);
  })()`);
}

/** One full scenario in a fresh context. Never throws: a failed step ends the run with `error`. */
export async function runScenario(browser: Browser, log: (line: string) => void): Promise<RunResult> {
  const result: RunResult = {};
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ ...PHONE, locale: 'en-US', serviceWorkers: 'allow' });
    await context.addInitScript({ content: PAGE_PROBE });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    let audioRequests = 0;
    let glossaryRequests = 0;
    page.on('request', (request) => {
      if (/\/audio\/.+\.mp3(\?|$)/.test(request.url())) audioRequests += 1;
      if (GLOSSARY_CHUNK.test(request.url())) glossaryRequests += 1;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await throttle(cdp, false);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdownMultiplier });

    // 1. First visit: until the profile form can be typed in.
    await page.goto(BASE_URL, { waitUntil: 'commit' });
    const nameInput = page.getByLabel('Your name');
    await nameInput.waitFor({ state: 'visible' });
    const first = await waitForMark(page, 'profileForm', STEP_TIMEOUT);
    if (!(await nameInput.isEnabled())) throw new Error('"Your name" is visible but disabled');
    result.firstVisitMs = first.frame;
    result.firstVisitDomMs = first.dom;
    result.firstVisitTransferBytes = await transferredBy(page, first.frame);
    const firstFcp = await paintTime(page);
    if (firstFcp !== undefined) result.firstVisitFcpMs = firstFcp;

    // 2. Create a profile, then let the service worker install (precache) and take control.
    await nameInput.fill('Bench');
    const createdAt = Date.now();
    await page.getByRole('button', { name: 'Create the profile' }).click();
    await page.getByRole('heading', { name: 'Your course', level: 1 }).waitFor({ state: 'visible' });
    await page.waitForFunction('navigator.serviceWorker.ready.then(() => true)', undefined, {
      timeout: SERVICE_WORKER_TIMEOUT,
    });
    result.serviceWorkerReadyMs = Date.now() - createdAt;
    const controlled = await page.evaluate<boolean>('navigator.serviceWorker.controller !== null');
    result.reloadedForServiceWorker = !controlled;
    if (!controlled) {
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction('navigator.serviceWorker.controller !== null');
      await page.getByRole('heading', { name: 'Your course', level: 1 }).waitFor({ state: 'visible' });
    }

    result.firstVisitAudioRequests = audioRequests;

    // 2b. Put the first dialogue's clips on the device, as playing them once or a pack would
    // (fetched through the service worker, which caches audio cache-first).
    const cachedClips = await page.evaluate<number>(`(async () => {
      const manifest = await (await fetch('audio/manifest.json')).json();
      const ids = Object.keys(manifest.clips).filter((id) => /^v1\\.u00\\.l01\\.d1\\.line0[1-4]$/.test(id));
      for (const id of ids) {
        const entry = manifest.clips[id];
        await (await fetch('audio/' + entry.volume + '/' + id + '.mp3?v=' + entry.hash + '-' + entry.bytes)).arrayBuffer();
      }
      return ids.length;
    })()`);
    if (cachedClips === 0) throw new Error('no clips for the first dialogue in audio/manifest.json');

    // 3. Repeat visit, offline: reload, until the course map's heading is shown.
    await context.setOffline(true);
    await throttle(cdp, true);
    await page.reload({ waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Your course', level: 1 }).waitFor({ state: 'visible' });
    const repeat = await waitForMark(page, 'courseMap', STEP_TIMEOUT);
    const check = await page.evaluate<string>(
      'JSON.stringify({ online: navigator.onLine, controlled: navigator.serviceWorker.controller !== null })',
    );
    const state: unknown = JSON.parse(check);
    if (typeof state !== 'object' || state === null || (state as Record<string, unknown>)['online'] !== false) {
      throw new Error(`the repeat visit was not offline: ${check}`);
    }
    if ((state as Record<string, unknown>)['controlled'] !== true) {
      throw new Error('the repeat visit was not served by the service worker');
    }
    result.repeatVisitOfflineMs = repeat.frame;
    result.repeatVisitOfflineDomMs = repeat.dom;
    const repeatFcp = await paintTime(page);
    if (repeatFcp !== undefined) result.repeatVisitOfflineFcpMs = repeatFcp;

    // 4. Open the first lesson, still offline: from the click to its title and first section.
    await page.locator(FIRST_LESSON_LINK).first().click();
    await page.locator('h1#lesson-title').waitFor({ state: 'visible' });
    await page.locator('section.lesson-section').waitFor({ state: 'visible' });
    const lesson = await waitForMark(page, 'lesson', STEP_TIMEOUT);
    const { lessonClick } = await readProbe(page);
    if (lessonClick === undefined) throw new Error('the click on the lesson link was not seen by the page');
    result.lessonOpenMs = lesson.frame - lessonClick;
    result.lessonOpenDomMs = lesson.dom - lessonClick;
    const alert = await page.getByRole('alert').count();
    if (alert > 0) throw new Error('the lesson shows an error');

    // 5. Still offline: tap Listen on the second line of the dialogue (its clip is on the device)
    // until the audio starts (howler's play event, which turns the button into Stop).
    await page.evaluate(`(() => {
      window.__tap = {};
      document.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('.play-button')) window.__tap.click = performance.now();
      }, true);
      new MutationObserver(() => {
        if (window.__tap.click !== undefined && window.__tap.playing === undefined && document.querySelector('.dialogue-line .play-button[data-state="playing"]')) {
          window.__tap.playing = performance.now();
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    })()`);
    await page.locator('.dialogue-line').nth(1).locator('.play-button').click();
    await page.waitForFunction('window.__tap && window.__tap.playing !== undefined', undefined, { timeout: 15_000 });
    result.audioStartMs = await page.evaluate<number>('window.__tap.playing - window.__tap.click');
    await page
      .getByRole('button', { name: 'Stop' })
      .click()
      .catch(() => undefined);

    // 6. Still offline: open the glossary (its data loads only now), then type a query at a brisk
    // pace, recording long tasks and frame gaps while the results follow each key.
    result.glossaryRequestsBeforeOpen = glossaryRequests;
    const glossaryClick = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    const box = page.getByRole('searchbox', { name: 'Search in English or French' });
    await box.waitFor({ state: 'visible' });
    await page.locator('.glossary-item').first().waitFor({ state: 'visible' });
    result.glossaryOpenMs = Date.now() - glossaryClick;
    // A learner starts typing a moment after the screen shows: measure the typing, not the opening.
    await page.waitForTimeout(500);
    await page.evaluate(`(() => {
      const probe = (window.__typing = { longTasks: [], gaps: [], running: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const frame = (now) => {
        probe.gaps.push(now - last);
        last = now;
        if (probe.running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);
    const query = 'representant special du secretaire';
    await box.pressSequentially(query, { delay: 100 });
    await page.getByRole('region', { name: 'Search results' }).getByRole('link').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    const typing = await page.evaluate<{ longTasks: number[]; gaps: number[] }>(
      '(() => { window.__typing.running = false; return { longTasks: window.__typing.longTasks, gaps: window.__typing.gaps.slice(1) }; })()',
    );
    if ((await box.inputValue()) !== query) throw new Error('the glossary search box lost keystrokes');
    result.glossaryTypingLongTasks = typing.longTasks.filter((duration) => duration >= 50).length;
    result.glossaryTypingSlowFrames = typing.gaps.filter((gap) => gap > 50).length;
    result.glossaryTypingMaxFrameGapMs = Math.round(Math.max(0, ...typing.gaps));
  } catch (error) {
    result.error = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    log(`  run failed: ${result.error}`);
  } finally {
    await context?.close().catch(() => undefined);
  }
  return result;
}
