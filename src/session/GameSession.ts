/**
 * The running game as the views see it: the current actor, its view, autosave and the resume
 * offer. Scenes and the text layer hold a session, read views from it and send events through
 * it; the game state itself stays in the machine.
 */
import { createActor, type Actor } from 'xstate';
import type { Content } from '../content/load.ts';
import { createTranslator, type Locale, type Translate } from '../i18n/translate.ts';
import type { Cue, StoryEvent } from '../machine/events.ts';
import { restoreActor } from '../machine/restore.ts';
import { createStoryMachine, type StoryMachine } from '../machine/storyMachine.ts';
import { clearSave, readSave, writeSave, type SaveEnvelope } from '../persistence/save.ts';
import type { StorageLike } from '../persistence/storage.ts';
import { viewOf } from '../view/model.ts';
import type { View } from '../view/types.ts';

type Listener = (view: View) => void;

export class GameSession {
  readonly content: Content;
  private readonly machine: StoryMachine;
  private readonly storage: StorageLike | null;
  private actor: Actor<StoryMachine>;
  private t: Translate;
  private offer: SaveEnvelope | null = null;
  private notice: string | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly cueListeners = new Set<(cue: Cue) => void>();

  constructor(content: Content, storage: StorageLike | null, locale: Locale) {
    this.content = content;
    this.storage = storage;
    this.t = createTranslator(content, locale);
    this.machine = createStoryMachine(content);
    this.actor = this.attach(createActor(this.machine).start());
    this.checkSave();
  }

  /** What the player sees now. */
  view(): View {
    return viewOf(this.actor.getSnapshot(), this.content, this.t, {
      resume: this.offer && this.resumeLabel(),
      notice: this.notice,
    });
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

  /** The one write path of every view. */
  send(event: StoryEvent): void {
    if (event.type === 'game.start' || event.type === 'game.restart') {
      this.offer = null;
      this.notice = null;
    }
    this.actor.send(event);
  }

  /** Continues the autosaved play-through offered on the title screen. */
  resume(): void {
    const save = this.offer;
    if (save === null) return;
    const restored = restoreActor(this.machine, save.path, save.state);
    this.offer = null;
    if (restored === null) {
      this.notice = this.t('ui.save.unplayable');
      clearSave(this.storage);
      this.notify();
      return;
    }
    this.actor.stop();
    this.actor = this.attach(restored);
    this.notify();
  }

  setLocale(locale: Locale): void {
    this.t = createTranslator(this.content, locale);
    this.notify();
  }

  translate(line: string, params?: Readonly<Record<string, string | number>>): string {
    return this.t(line, params);
  }

  private attach(actor: Actor<StoryMachine>): Actor<StoryMachine> {
    actor.subscribe(() => {
      this.autosave();
      this.notify();
    });
    actor.on('cue', (e) => this.cueListeners.forEach((l) => l(e.cue)));
    return actor;
  }

  private notify(): void {
    const view = this.view();
    this.listeners.forEach((l) => l(view));
  }

  private autosave(): void {
    const snap = this.actor.getSnapshot();
    if (snap.value === 'title') {
      if (this.offer === null) clearSave(this.storage);
      return;
    }
    writeSave(this.storage, {
      contentHash: this.content.hash,
      savedAt: new Date().toISOString(),
      path: snap.context.path.map((s) => s.choice),
      state: snap.value,
    });
  }

  private checkSave(): void {
    const read = readSave(this.storage);
    if (read.kind === 'ok') this.offer = read.save;
    else if (read.kind === 'invalid') {
      this.notice = this.t(`ui.save.${read.reason}`);
      clearSave(this.storage);
    }
  }

  /** "Continue" and where: the date and title of the decision (or ending) the save is at. */
  private resumeLabel(): { label: string; detail: string } {
    const state = this.offer?.state;
    const [node, inner] =
      typeof state === 'object' && state !== null && !Array.isArray(state)
        ? (Object.entries(state)[0] ?? [])
        : [];
    const decision = node === undefined ? undefined : this.content.decisions.get(node);
    const endingId =
      node === 'ending' && typeof inner === 'object' && inner !== null
        ? Object.keys(inner)[0]
        : undefined;
    const ending = endingId === undefined ? undefined : this.content.endings.get(endingId);
    const detail = decision
      ? `${this.t(decision.dateLine)}: ${this.t(decision.title)}`
      : ending
        ? this.t(ending.title)
        : this.t(this.content.story.prologue.title);
    return { label: this.t('ui.title.resume'), detail };
  }
}
