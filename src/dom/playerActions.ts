/**
 * What the player does with their data and paths, outside the story: copy a share link, save
 * and load a data file, forget everything. Canvas and text layer call the same actions; each
 * result is a status message both show (the text layer in a live region). Game changes go
 * through session methods only.
 */
import type { GameSession } from '../session/GameSession.ts';

export type StatusTopic = 'share' | 'data';

export interface ActionStatus {
  /** Increases with every status, so a view can show only those made while it was open. */
  readonly seq: number;
  readonly topic: StatusTopic;
  readonly tone: 'ok' | 'error';
  readonly message: string;
  /** The share link, when it could not be copied and must be shown to copy by hand. */
  readonly link: string | null;
}

export interface PlayerActions {
  copyShareLink(): Promise<void>;
  saveToFile(): void;
  /** Opens the file picker of the text layer's file input. */
  pickFile(): void;
  loadFile(file: File): Promise<void>;
  forgetData(): void;
  /** The `<input type=file>` the text layer shows (and the canvas's menu item opens). */
  readonly fileInput: HTMLInputElement;
  status(): ActionStatus | null;
  onStatus(listener: (status: ActionStatus) => void): () => void;
}

export interface ActionsEnvironment {
  readonly location: Pick<Location, 'origin' | 'pathname'>;
  readonly clipboard: Pick<Clipboard, 'writeText'> | undefined;
  readonly now: () => Date;
  /** Also cleared by "Forget my data" (e.g. settings), beyond the session's saves and memory. */
  readonly onForget: readonly (() => void)[];
}

/** "founders-dilemma-2019-07-22.json", in the player's local date. */
export function exportFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `founders-dilemma-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** The link that opens this path: the page's own address with `?path=`. */
export function shareLink(location: Pick<Location, 'origin' | 'pathname'>, code: string): string {
  return `${location.origin}${location.pathname}?path=${encodeURIComponent(code)}`;
}

/** The actions on this session, in this page (its address, clipboard and downloads). */
export function createPlayerActions(session: GameSession, env: ActionsEnvironment): PlayerActions {
  const t = (line: string, params?: Readonly<Record<string, string | number>>) =>
    session.translate(line, params);
  const listeners = new Set<(status: ActionStatus) => void>();
  let current: ActionStatus | null = null;
  const tell = (
    topic: StatusTopic,
    tone: 'ok' | 'error',
    message: string,
    link = null as string | null,
  ) => {
    current = { seq: (current?.seq ?? 0) + 1, topic, tone, message, link };
    const status = current;
    listeners.forEach((l) => l(status));
  };

  const fileInput = document.createElement('input');
  fileInput.type = 'file';
  fileInput.accept = 'application/json,.json';
  fileInput.dataset['id'] = 'data-file';

  const actions: PlayerActions = {
    fileInput,
    async copyShareLink() {
      const link = shareLink(env.location, session.shareCode());
      try {
        if (env.clipboard === undefined) throw new Error('no clipboard');
        await env.clipboard.writeText(link);
        tell('share', 'ok', t('ui.share.copied'));
      } catch {
        tell('share', 'ok', t('ui.share.blocked'), link);
      }
    },
    saveToFile() {
      const file = exportFileName(env.now());
      const url = URL.createObjectURL(
        new Blob([session.exportData()], { type: 'application/json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      // The download has started from the URL by now; a minute is ample before freeing it.
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      tell('data', 'ok', t('ui.data.saved', { file }));
    },
    pickFile() {
      fileInput.click();
    },
    async loadFile(file) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        tell('data', 'error', t('ui.data.unreadable'));
        return;
      }
      const error = session.importData(text);
      if (error === null) tell('data', 'ok', t('ui.data.loaded'));
      else tell('data', 'error', t(`ui.data.${error}`));
    },
    forgetData() {
      session.forgetData();
      env.onForget.forEach((forget) => forget());
      tell('data', 'ok', t('ui.data.forgotten'));
    },
    status: () => current,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    // Cleared so that choosing the same file again fires `change` again.
    fileInput.value = '';
    if (file !== undefined) void actions.loadFile(file);
  });
  return actions;
}
