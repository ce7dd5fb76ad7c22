/**
 * The menu's "Replay" and "Your data" sections: the branch map, going back to a decision of
 * this play-through, a share link; saving, loading and forgetting the player's data. Each step
 * that loses something asks first. Its state is transient, owned by the menu scene.
 */
import type Phaser from 'phaser';
import type { ActionStatus, PlayerActions } from '../src/dom/playerActions.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import type { Layout } from '../src/ui/layout.ts';
import { PALETTE } from '../src/ui/theme.ts';
import { ButtonRow, type RowButton } from './views/ButtonRow.ts';
import type { Column } from './views/Column.ts';
import { accentNote, rewindQuestion } from './views/rewindConfirm.ts';

/** What the menu scene lends its sections. */
export interface MenuHost {
  readonly scene: Phaser.Scene;
  layout(): Layout;
  readonly allowPress: () => boolean;
  refresh(): void;
  openMap(): void;
  close(): void;
}

type Step =
  { readonly kind: 'rewind'; readonly decision: string | null } | { readonly kind: 'forget' };

export class MenuReplay {
  private step: Step | null = null;
  private openedAt = 0;

  constructor(
    private readonly session: GameSession,
    private readonly actions: PlayerActions,
    private readonly host: MenuHost,
  ) {}

  /** Called when the menu opens: steps start closed, old statuses are not shown. */
  reset(): () => void {
    this.step = null;
    this.openedAt = this.actions.status()?.seq ?? 0;
    return this.actions.onStatus(() => this.host.refresh());
  }

  stamp(): unknown {
    return [this.step, this.status(), this.session.taken()];
  }

  private status(): ActionStatus | null {
    const s = this.actions.status();
    return s !== null && s.seq > this.openedAt ? s : null;
  }

  private set(step: Step | null): void {
    this.step = step;
    this.host.refresh();
  }

  build(col: Column): void {
    const t = (line: string, params?: Readonly<Record<string, string | number>>) =>
      this.session.translate(line, params);
    const { gap, space } = this.host.layout();
    const playing = this.session.view().screen !== 'title';
    col.text('subheading', t('ui.menu.replay'), PALETTE.text, space.sm);
    this.row(col, [
      { label: t('ui.map.open'), variant: 'secondary', onPress: () => this.host.openMap() },
      ...(playing
        ? [
            {
              label: t('ui.rewind.heading'),
              variant: this.step?.kind === 'rewind' ? ('primary' as const) : ('secondary' as const),
              onPress: () =>
                this.set(this.step?.kind === 'rewind' ? null : { kind: 'rewind', decision: null }),
            },
            {
              label: t('ui.share.copy'),
              variant: 'secondary' as const,
              onPress: () => void this.actions.copyShareLink(),
            },
          ]
        : []),
    ]);
    this.statusLine(col, 'share');
    if (this.step?.kind === 'rewind') this.rewind(col);
    col.space(gap);
    col.text('subheading', t('ui.menu.data'), PALETTE.text, space.sm);
    col.text('small', t('ui.data.intro'), PALETTE.textMuted, gap * 0.5);
    this.row(col, [
      { label: t('ui.data.save'), variant: 'secondary', onPress: () => this.actions.saveToFile() },
      { label: t('ui.data.load'), variant: 'secondary', onPress: () => this.actions.pickFile() },
      {
        label: t('ui.data.forget'),
        variant: 'secondary',
        onPress: () => this.set({ kind: 'forget' }),
      },
    ]);
    if (this.step?.kind === 'forget') {
      this.note(col, t('ui.data.forgetConfirm'), PALETTE.down);
      this.row(col, [
        {
          label: t('ui.data.forgetYes'),
          variant: 'primary',
          onPress: () => {
            this.step = null;
            this.actions.forgetData();
          },
        },
        { label: t('ui.data.forgetNo'), variant: 'secondary', onPress: () => this.set(null) },
      ]);
    }
    this.statusLine(col, 'data');
  }

  /** The decisions taken on this route, each with "Choose again", and the confirm step. */
  private rewind(col: Column): void {
    const t = (line: string, params?: Readonly<Record<string, string | number>>) =>
      this.session.translate(line, params);
    const taken = this.session.taken();
    const { gap, smallGap } = this.host.layout();
    col.text(
      'small',
      t(taken.length > 0 ? 'ui.rewind.intro' : 'ui.rewind.none'),
      PALETTE.textMuted,
      smallGap,
    );
    for (const step of taken) {
      const asking = this.step?.kind === 'rewind' && this.step.decision === step.decision;
      this.row(col, [
        {
          label: t('ui.rewind.item', { date: step.dateLine, decision: step.title }),
          variant: asking ? 'primary' : 'choice',
          onPress: () => this.set({ kind: 'rewind', decision: asking ? null : step.decision }),
        },
      ]);
      col.text(
        'small',
        t('ui.reveal.chosen', { choice: step.chosen }),
        PALETTE.textMuted,
        smallGap,
      );
      if (!asking) continue;
      const ask = rewindQuestion(
        t,
        step,
        () => {
          this.host.close();
          this.session.send(step.event);
        },
        () => this.set({ kind: 'rewind', decision: null }),
      );
      this.note(col, ask.question, PALETTE.brass);
      this.row(col, ask.buttons);
      col.space(gap * 0.5);
    }
  }

  private statusLine(col: Column, topic: ActionStatus['topic']): void {
    const s = this.status();
    if (s?.topic === topic) this.note(col, s.message, s.tone === 'ok' ? PALETTE.up : PALETTE.down);
  }

  private row(col: Column, items: readonly RowButton[]): void {
    const { host } = this;
    col.place(
      (x, y, w) => new ButtonRow(host.scene, host.layout(), x, y, w, items, host.allowPress),
      host.layout().smallGap,
    );
  }

  private note(col: Column, text: string, accent: string): void {
    accentNote(col, this.host.layout(), text, accent);
  }
}
