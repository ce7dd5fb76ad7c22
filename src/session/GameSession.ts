/**
 * The running game as the views see it: the current actor and its view, the events it
 * accepted (what a save replays), autosave, the "continue" offers, memory across play-throughs
 * and share links. Scenes and the text layer read views from a session and send events through
 * it; the game state itself stays in the machine.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Content } from '../content/load.ts';
import { createTranslator, type Locale, type Translator } from '../i18n/translate.ts';
import { TAGS, type Cue, type StoryEvent } from '../machine/events.ts';
import { eventsForPath, replayEvents } from '../machine/restore.ts';
import { createStoryMachine, type StoryMachine } from '../machine/storyMachine.ts';
import {
  forgetMemory,
  readMemory,
  remember,
  writeMemory,
  type Memory,
} from '../persistence/memory.ts';
import {
  clearSave,
  moveSave,
  readSave,
  setAsideSave,
  writeSave,
  type SaveEnvelope,
  type SaveSlot,
} from '../persistence/save.ts';
import { canStore, type StorageLike } from '../persistence/storage.ts';
import { decodePath, encodePath } from '../story/pathCode.ts';
import { galleryModel } from '../view/gallery.ts';
import { mapModel, takenSteps } from '../view/map.ts';
import { viewOf } from '../view/model.ts';
import type { GalleryView, MapView, TakenStep } from '../view/replayTypes.ts';
import type { View } from '../view/types.ts';
import { placeOf } from './places.ts';
import { exportData, importData, type ImportError } from './transfer.ts';

type Listener = (view: View) => void;
type Snapshot = SnapshotFrom<StoryMachine>;

export class GameSession {
  readonly content: Content;
  private readonly machine: StoryMachine;
  private readonly storage: StorageLike | null;
  private actor: Actor<StoryMachine>;
  /** Every event the current actor accepted since the title: what the autosave replays. */
  private events: StoryEvent[] = [];
  private t: Translator;
  private memory: Memory;
  private offers: Record<SaveSlot, SaveEnvelope | null> = { current: null, previous: null };
  private notice: string | null = null;
  /** The last autosave was refused (or storage was unusable at start and the title said so). */
  private saveFailing = false;
  /** True on the one screen where autosave has just stopped working: the player is told there. */
  private saveAlertOn = false;
  private readonly listeners = new Set<Listener>();
  private readonly cueListeners = new Set<(cue: Cue) => void>();

  constructor(content: Content, storage: StorageLike | null, locale: Locale) {
    this.content = content;
    this.storage = storage;
    this.t = createTranslator(content, locale);
    this.machine = createStoryMachine(content);
    this.memory = readMemory(storage);
    this.actor = this.attach(createActor(this.machine).start());
    this.readOffers();
    // Storage blocked, full or failing: the game plays on, and the player knows it is unsaved.
    if (this.notice === null && !canStore(storage)) this.notice = this.t('ui.save.unavailable');
    // Told on the title already: a failing autosave is no news until a save has worked again.
    this.saveFailing = this.notice === this.t('ui.save.unavailable');
  }

  /** What the player sees now. */
  view(): View {
    const offer = (slot: SaveSlot, label: string) => {
      const save = this.offers[slot];
      return save && { label: this.t(label), detail: placeOf(this.content, this.t, save.state) };
    };
    return viewOf(this.actor.getSnapshot(), this.content, this.t, {
      resume: offer('current', 'ui.title.resume'),
      resumeEarlier: offer('previous', 'ui.title.resumeEarlier'),
      notice: this.notice,
    });
  }

  /**
   * Said once, on the screen where autosave stopped working (storage full or refusing) after it
   * had worked, or with no word of it on the title; null everywhere else. See `autosave`.
   */
  saveAlert(): string | null {
    return this.saveAlertOn ? this.t('ui.save.failing') : null;
  }

  /** True while autosave is refused: what the player does now is not kept in this browser. */
  isSaveFailing(): boolean {
    return this.saveFailing;
  }

  /** Calls the listener on every change (not immediately); returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onCue(listener: (cue: Cue) => void): () => void {
    this.cueListeners.add(listener);
    return () => this.cueListeners.delete(listener);
  }

  /** Listeners attached now (views and cues): scene restarts must leave none behind. */
  listenerCount(): number {
    return this.listeners.size + this.cueListeners.size;
  }

  /** The one write path of every view. Events the machine ignores change nothing. */
  send(event: StoryEvent): void {
    const before = this.actor.getSnapshot();
    if (event.type === 'game.start') this.events = [];
    if (event.type === 'game.start' || event.type === 'game.restart') {
      this.offers = { current: null, previous: this.offers.previous };
      this.notice = null;
    }
    this.actor.send(event);
    if (this.actor.getSnapshot() !== before && event.type !== 'game.restart') {
      this.events.push(event);
      this.autosave();
    }
    if (event.type === 'game.restart') this.events = [];
  }

  /** Continues a saved play-through offered on the title screen. */
  resume(slot: SaveSlot = 'current'): void {
    const save = this.offers[slot];
    if (save === null) return;
    if (slot === 'previous') moveSave(this.storage, 'previous', 'current');
    const restored = replayEvents(this.machine, save.events, {
      state: save.state,
      path: save.path,
    });
    this.offers = { current: null, previous: slot === 'previous' ? null : this.offers.previous };
    if (restored === null) {
      this.notice = this.t('ui.save.unplayable');
      setAsideSave(this.storage);
    } else this.replaceActor(restored, save.events);
    this.notify();
  }

  /**
   * Opens a shared path (a link's code) at the same point every time. The player's own game is
   * kept in the "previous" slot; a bad code leaves everything as it was, with a message.
   */
  openShared(code: string): boolean {
    const decoded = decodePath(this.content, code);
    const events = decoded.ok ? eventsForPath(decoded.choices) : [];
    const actor = decoded.ok ? replayEvents(this.machine, events) : null;
    if (actor === null) {
      this.notice = this.t(`ui.share.${decoded.ok ? 'impossible' : decoded.error}`);
      this.notify();
      return false;
    }
    if (this.offers.current !== null) moveSave(this.storage, 'current', 'previous');
    this.offers = { current: null, previous: this.offers.current ?? this.offers.previous };
    this.replaceActor(actor, events);
    // The player has now seen these choices and where they lead, as if they had made them.
    this.learnAll(actor.getSnapshot());
    this.autosave();
    this.notify();
    return true;
  }

  /** The share code of the current path (the choices so far). */
  shareCode(): string {
    return encodePath(
      this.content,
      this.actor.getSnapshot().context.path.map((s) => s.choice),
    );
  }

  /** Choices explored and endings reached in this browser, across play-throughs. */
  remembered(): Memory {
    return this.memory;
  }

  /** The branch map of this play-through (see view/map.ts). */
  map(): MapView {
    const snapshot = this.actor.getSnapshot();
    const beforeFirstDecision = snapshot.hasTag(TAGS.title) || snapshot.hasTag(TAGS.prologue);
    return mapModel(this.content, this.t, snapshot.context, this.memory, !beforeFirstDecision);
  }

  /** The map's decisions taken on this route, without building the whole map. */
  taken(): TakenStep[] {
    return takenSteps(this.content, this.t, this.actor.getSnapshot().context.path);
  }

  /** Every ending, reached or locked (see view/gallery.ts). */
  gallery(): GalleryView {
    return galleryModel(this.content, this.t, this.memory);
  }

  /** "Forget my data": memory and every save. The current game goes on, unsaved until it moves. */
  forgetData(): void {
    forgetMemory(this.storage);
    for (const slot of ['current', 'previous'] as const) clearSave(this.storage, slot);
    this.memory = readMemory(this.storage);
    this.offers = { current: null, previous: null };
    this.notify();
  }

  exportData(): string {
    return exportData(this.storage, new Date());
  }

  /** Validates a file and, only if all of it is good, takes its saves and memory. */
  importData(text: string): ImportError | null {
    const error = importData(this.storage, text);
    if (error === null) {
      this.memory = readMemory(this.storage);
      this.readOffers();
      this.notify();
    }
    return error;
  }

  setLocale(locale: Locale): void {
    this.t = createTranslator(this.content, locale);
    this.notify();
  }

  translate(line: string, params?: Readonly<Record<string, string | number>>): string {
    return this.t(line, params);
  }

  /** The translator of the current locale (its `locale` is the language of every text). */
  translator(): Translator {
    return this.t;
  }

  private replaceActor(actor: Actor<StoryMachine>, events: readonly StoryEvent[]): void {
    this.actor.stop();
    this.actor = this.attach(actor);
    this.events = [...events];
  }

  private attach(actor: Actor<StoryMachine>): Actor<StoryMachine> {
    let previous = actor.getSnapshot();
    actor.subscribe((snap) => {
      this.learn(previous, snap);
      // The save alert belongs to the screen it was raised on: moving on ends it.
      if (snap !== previous) this.saveAlertOn = false;
      previous = snap;
      this.notify();
    });
    actor.on('cue', (e) => this.cueListeners.forEach((l) => l(e.cue)));
    return actor;
  }

  /** Adds a new choice or a reached ending to the memory across play-throughs. */
  private learn(before: Snapshot, now: Snapshot): void {
    const choice = now.context.path.at(-1);
    const newChoice = now.context.path.length > before.context.path.length ? choice : undefined;
    const ending = endingOf(now);
    if (newChoice === undefined && (ending === undefined || this.memory.endings.has(ending)))
      return;
    this.memory = remember(this.memory, { choice: newChoice, ending });
    writeMemory(this.storage, this.memory);
  }

  /** Adds every choice of a replayed path, and its ending, to the memory. */
  private learnAll(now: Snapshot): void {
    let memory = this.memory;
    for (const choice of now.context.path) memory = remember(memory, { choice });
    const ending = endingOf(now);
    this.memory = ending === undefined ? memory : remember(memory, { ending });
    writeMemory(this.storage, this.memory);
  }

  private notify(): void {
    const view = this.view();
    this.listeners.forEach((l) => l(view));
  }

  private autosave(): void {
    const snap = this.actor.getSnapshot();
    if (snap.value === 'title') return;
    const saved = writeSave(this.storage, {
      contentHash: this.content.hash,
      savedAt: new Date().toISOString(),
      events: this.events,
      path: snap.context.path.map((s) => s.choice),
      state: snap.value,
    });
    // Only the change from saving to not saving is news; a save that works again ends it.
    const newlyFailing = !saved && !this.saveFailing;
    this.saveFailing = !saved;
    if (!newlyFailing) return;
    this.saveAlertOn = true;
    // The actor told the views of this screen before the save was tried: tell them again.
    this.notify();
  }

  private readOffers(): void {
    for (const slot of ['current', 'previous'] as const) {
      const read = readSave(this.storage, slot);
      this.offers[slot] = read.kind === 'ok' ? read.save : null;
      if (read.kind === 'invalid') {
        this.notice = this.t(`ui.save.${read.reason}`);
        setAsideSave(this.storage, slot);
      }
    }
  }
}

/** The ending the snapshot is at, if any. */
function endingOf(snapshot: Snapshot): string | undefined {
  const value = snapshot.value;
  return typeof value === 'object' && 'ending' in value ? Object.keys(value.ending)[0] : undefined;
}
