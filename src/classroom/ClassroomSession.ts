/**
 * The running lesson as the presenter screen sees it: the classroom actor, the events it
 * accepted (what the save replays), the save itself, and the view. The presenter screen reads
 * views from here and sends events through `send`; the lesson's state stays in the machine.
 */
import { createActor, type Actor } from 'xstate';
import type { Classroom } from '../content/classroom.ts';
import type { Content } from '../content/load.ts';
import { createTranslator, type Locale, type Translator } from '../i18n/translate.ts';
import type { StorageLike } from '../persistence/storage.ts';
import { createClassroomMachine, type ClassroomMachine } from './classroomMachine.ts';
import { debriefModel, type Debrief } from './debrief.ts';
import type { ClassroomEvent } from './events.ts';
import { storyPlace } from './lesson.ts';
import { presenterView } from './presenterView.ts';
import type { PresenterView } from './presenterTypes.ts';
import {
  type ClassroomSave,
  clearClassroomSave,
  readClassroomSave,
  setAsideClassroomSave,
  writeClassroomSave,
} from './save.ts';
import { shortLessonFlow } from './shortLesson.ts';

type Listener = (view: PresenterView) => void;

/** A translator that also speaks the teacher pack's lines (`classroom.*`). */
export function classroomTranslator(
  content: Content,
  classroom: Classroom,
  locale: Locale,
): Translator {
  const locales = Object.fromEntries(
    Object.entries(content.locales).map(([l, text]) => [
      l,
      { ...text, ...(classroom.locales[l] ?? {}) },
    ]),
  );
  return createTranslator({ ...content, locales }, locale);
}

/** Today's date, ISO, in the teacher's own time zone. */
function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class ClassroomSession {
  private readonly machine: ClassroomMachine;
  private actor: Actor<ClassroomMachine>;
  /** Every event the lesson accepted since its set-up (never `lesson.end`, which clears it). */
  private events: ClassroomSave['events'] = [];
  private t: Translator;
  private notice: string | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly longest: Record<'full' | 'short', number>;

  constructor(
    readonly content: Content,
    readonly classroom: Classroom,
    private readonly storage: StorageLike | null,
    locale: Locale,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.t = classroomTranslator(content, classroom, locale);
    this.machine = createClassroomMachine(content, classroom);
    this.longest = {
      full: shortLessonFlow(content, [...content.decisions.keys()]).longest,
      short: shortLessonFlow(content, classroom.shortLesson.decisions).longest,
    };
    this.actor = this.attach(createActor(this.machine).start());
    this.resume();
  }

  view(): PresenterView {
    return presenterView(this.actor.getSnapshot(), {
      content: this.content,
      classroom: this.classroom,
      t: this.t,
      now: this.clock().getTime(),
      date: isoDate(this.clock()),
      notice: this.notice,
      longest: this.longest,
    });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The one write path of the presenter screen. Events the machine ignores change nothing. */
  send(event: ClassroomEvent): void {
    const before = this.actor.getSnapshot();
    this.actor.send(event);
    if (event.type === 'lesson.end') {
      this.events = [];
      this.notice = null;
      clearClassroomSave(this.storage);
      return;
    }
    if (this.actor.getSnapshot() === before) return;
    const last = this.events.at(-1);
    // Typing a count sends an event per key: only the field's last value needs keeping.
    if (event.type === 'tally.set' && last?.type === 'tally.set' && last.choice === event.choice)
      this.events[this.events.length - 1] = event;
    else this.events.push(event);
    writeClassroomSave(this.storage, {
      contentHash: this.content.hash,
      savedAt: this.clock().toISOString(),
      events: this.events,
    });
  }

  /** The debrief of the lesson, once it has reached its ending; null before. */
  debrief(): Debrief | null {
    const snap = this.actor.getSnapshot();
    const place = storyPlace(snap.context.story);
    if (place.node !== 'ending' || place.inner === null) return null;
    return debriefModel(this.content, this.t, {
      kind: snap.context.lesson,
      records: snap.context.records,
      ending: place.inner,
      date: isoDate(this.clock()),
    });
  }

  /** The classroom machine's state value (for tests and the hook). */
  state(): unknown {
    return this.actor.getSnapshot().value;
  }

  translator(): Translator {
    return this.t;
  }

  setLocale(locale: Locale): void {
    this.t = classroomTranslator(this.content, this.classroom, locale);
    this.notify();
  }

  /** Picks up a lesson saved in this browser (after a reload), or says why it cannot. */
  private resume(): void {
    const read = readClassroomSave(this.storage);
    if (read.kind === 'none') return;
    if (read.kind === 'invalid') {
      this.notice = this.t(`ui.presenter.save.${read.reason}`);
      setAsideClassroomSave(this.storage);
      return;
    }
    const actor = createActor(this.machine).start();
    let refused = read.save.contentHash !== this.content.hash;
    for (const event of read.save.events) {
      if (refused) break;
      const before = actor.getSnapshot();
      actor.send(event);
      refused = actor.getSnapshot() === before;
    }
    if (refused) {
      actor.stop();
      this.notice = this.t('ui.presenter.save.unplayable');
      setAsideClassroomSave(this.storage);
      return;
    }
    this.actor.stop();
    this.actor = this.attach(actor);
    this.events = [...read.save.events];
  }

  private attach(actor: Actor<ClassroomMachine>): Actor<ClassroomMachine> {
    actor.subscribe(() => this.notify());
    return actor;
  }

  private notify(): void {
    const view = this.view();
    this.listeners.forEach((l) => l(view));
  }
}
