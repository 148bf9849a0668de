/**
 * The lesson window and the speaker view (a second window of the same browser) kept on one step.
 * The lesson window's store is the source of truth: it tells every speaker view each step, and a
 * step taken in a speaker view is asked of it, so both windows move together.
 */
import { STEPS, stepIndexById } from '../lessons/steps';
import { useLesson } from './lesson-store';

const CHANNEL = 'session-guestbook.speaker';

/**
 * What the lesson window tells: the step shown, the request of it on show while Next walks them
 * (`beat`, of `beats`; null: the step whole), and whether a prediction waits for the class.
 */
export interface LessonPosition {
  step: string;
  beat: number | null;
  beats: number;
  predicting: boolean;
}

type Message =
  | ({ type: 'position' } & LessonPosition)
  | { type: 'hello' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'go'; step: string };

const channelSupported = () => typeof BroadcastChannel === 'function';

/** In the lesson window: answers speaker views and tells them every step. Returns a stop. */
export function startSpeakerSync(): () => void {
  if (!channelSupported()) return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  const position = (): LessonPosition => {
    const s = useLesson.getState();
    return {
      step: STEPS[s.step]?.id ?? '',
      beat: s.beat,
      beats: s.stepBeats[s.step]?.length ?? 1,
      predicting: s.held !== null,
    };
  };
  let told = position();
  const tell = () => {
    told = position();
    channel.postMessage({ type: 'position', ...told } satisfies Message);
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    const lesson = useLesson.getState();
    switch (event.data.type) {
      case 'hello':
        tell();
        break;
      // The same as Next and Previous in this window (Next first reveals an open prediction).
      case 'next':
        void lesson.next();
        break;
      case 'prev':
        void lesson.prev();
        break;
      case 'go': {
        const index = stepIndexById(event.data.step);
        if (index >= 0) void lesson.goTo(index);
        break;
      }
    }
  };
  const unsubscribe = useLesson.subscribe(() => {
    const now = position();
    if (
      now.step !== told.step ||
      now.beat !== told.beat ||
      now.beats !== told.beats ||
      now.predicting !== told.predicting
    )
      tell();
  });
  tell();
  return () => {
    unsubscribe();
    channel.close();
  };
}

/** In the speaker view: follows the lesson window and asks it to move. */
export function connectSpeaker(onPosition: (position: LessonPosition) => void) {
  if (!channelSupported()) {
    return { next() {}, prev() {}, go(_step: string) {}, close() {} };
  }
  const channel = new BroadcastChannel(CHANNEL);
  const send = (message: Message) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const data = event.data;
    if (data.type === 'position') {
      const { step, beat, beats, predicting } = data;
      onPosition({ step, beat: beat ?? null, beats: beats ?? 1, predicting });
    }
  };
  send({ type: 'hello' });
  return {
    next: () => send({ type: 'next' }),
    prev: () => send({ type: 'prev' }),
    go: (step: string) => send({ type: 'go', step }),
    close: () => channel.close(),
  };
}
