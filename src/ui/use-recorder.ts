/**
 * Recording the microphone with MediaRecorder, shared by the speak exercise (learners) and the
 * instructor's recording studio. Offline, no server: the recording stays in memory (an object URL
 * and the Blob) until the caller keeps it.
 */
import { useEffect, useRef, useState } from 'react';

/** Where the microphone stands. The last four are dead ends shown as a message; listening and rating still work. */
export type MicState = 'idle' | 'requesting' | 'recording' | 'unsupported' | 'denied' | 'no-mic' | 'failed';

/** A recording stops by itself after this long, so a forgotten microphone does not stay open. */
const MAX_RECORDING_MS = 30_000;

/** Whether this browser can record audio at all. */
export function canRecord(): boolean {
  return (
    typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' && typeof MediaRecorder !== 'undefined'
  );
}

/** Maps a getUserMedia failure to what the learner is told. */
function micErrorState(error: unknown): MicState {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-mic';
  return 'failed';
}

/**
 * Records the microphone into memory with MediaRecorder. The recording is an object URL that is
 * revoked when replaced or when the view unmounts; the stream's tracks are stopped as soon as the
 * recording stops, so the browser's microphone indicator goes off.
 */
export function useRecorder(onRecorded: () => void, maxMs = MAX_RECORDING_MS) {
  const [state, setState] = useState<MicState>(() => (canRecord() ? 'idle' : 'unsupported'));
  const [url, setUrl] = useState<string | undefined>();
  const [blob, setBlob] = useState<Blob | undefined>();
  const recorderRef = useRef<MediaRecorder | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const urlRef = useRef<string | undefined>(undefined);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const onRecordedRef = useRef(onRecorded);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
  }, [onRecorded]);

  const release = () => {
    clearTimeout(timerRef.current);
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
  };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const recorder = recorderRef.current;
      recorderRef.current = null;
      if (recorder && recorder.state !== 'inactive') {
        recorder.ondataavailable = null;
        recorder.onstop = null;
        recorder.stop();
      }
      release();
      if (urlRef.current !== undefined) URL.revokeObjectURL(urlRef.current);
      urlRef.current = undefined;
    };
  }, []);

  const stop = () => {
    const recorder = recorderRef.current;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
  };

  const start = async () => {
    if (!canRecord()) {
      setState('unsupported');
      return;
    }
    setState('requesting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      if (mounted.current) setState(micErrorState(error));
      return;
    }
    if (!mounted.current) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    streamRef.current = stream;
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream);
    } catch {
      release();
      setState('failed');
      return;
    }
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      release();
      recorderRef.current = null;
      if (!mounted.current) return;
      if (chunks.length === 0) {
        setState('failed');
        return;
      }
      const recorded = new Blob(chunks, { type: recorder.mimeType || chunks[0]?.type || 'audio/webm' });
      if (urlRef.current !== undefined) URL.revokeObjectURL(urlRef.current);
      const next = URL.createObjectURL(recorded);
      urlRef.current = next;
      setUrl(next);
      setBlob(recorded);
      setState('idle');
      onRecordedRef.current();
    };
    recorderRef.current = recorder;
    recorder.start();
    setState('recording');
    timerRef.current = setTimeout(stop, maxMs);
  };

  return { state, url, blob, start, stop };
}
