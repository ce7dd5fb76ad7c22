/**
 * The title: what the game is, a notice if a save could not be used, Continue and Start; then
 * the language, the settings, the branch map and endings, and loading data from another device.
 */
import Phaser from 'phaser';
import type { PlayerActions } from '../src/dom/playerActions.ts';
import { lineIn, nextLocale } from '../src/i18n/translate.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import type { SettingsStore } from '../src/settings/SettingsStore.ts';
import { PALETTE, hex } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { openTeacherPack } from '../src/pack/door.ts';
import { openPresenterMode } from '../src/dom/classroom/mode.ts';
import { isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE, reducedMotion, setMapOpen, setSettingsOpen } from './shared.ts';
import { CaseFileArt } from './views/CaseFileArt.ts';
import type { Column } from './views/Column.ts';
import { caps } from './views/typography.ts';
import { ButtonRow } from './views/ButtonRow.ts';
import { optionButtons } from './views/options.ts';
import { TimelineRail, railStops } from './views/TimelineRail.ts';

type TitleView = Extract<View, { screen: 'title' }>;

export class TitleScene extends PageScene {
  /** Status messages older than this page were about something else (e.g. an earlier share). */
  private openedAt = 0;
  /** The title's illustration has been shown (and its stamp has landed) this visit. */
  private artShown = false;

  constructor(
    session: GameSession,
    private readonly settings: SettingsStore,
    private readonly actions: PlayerActions | null = null,
  ) {
    super(SCENE.title, session);
  }

  override create(): void {
    this.openedAt = this.actions?.status()?.seq ?? 0;
    const off = this.actions?.onStatus(() => this.refresh(false));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => off?.());
    super.create();
  }

  protected override stamp(): string {
    return JSON.stringify([this.session.view(), this.dataStatus()]);
  }

  /** What became of a data file the player loaded here (read, or refused and why). */
  private dataStatus(): string | null {
    const s = this.actions?.status() ?? null;
    return s !== null && s.topic === 'data' && s.seq > this.openedAt ? s.message : null;
  }

  private view(): TitleView | null {
    const view = this.session.view();
    return view.screen === 'title' ? view : null;
  }

  protected override topInset(): number {
    return 0;
  }

  protected override centred(): boolean {
    return true;
  }

  protected pageKey(): string {
    return SCENE.title;
  }

  protected build(col: Column): void {
    const v = this.view();
    if (v === null) return;
    const { gap, space, titleRule } = this.layout;
    // The case file: its stamp lands once per visit, not again on each redraw.
    const land = !this.artShown && !reducedMotion(this);
    this.artShown = true;
    col.place((x, y, width) => new CaseFileArt(this, this.layout, x, y, width, land), gap);
    col.text('kicker', caps(this.layout, v.kicker), PALETTE.brass, space.md);
    col.text('title', v.heading, PALETTE.text, space.lg);
    col.bar(col.y, titleRule.weight, titleRule.width, hex(PALETTE.brass));
    col.space(titleRule.weight + gap);
    col.text('lead', v.tagline, PALETTE.textMuted, gap * 1.4);
    if (v.notice !== null) {
      const top = col.y;
      const note = col.text('body', v.notice, PALETTE.text, gap, this.layout.indent);
      col.bar(top, note.height, this.layout.stroke.bar, hex(PALETTE.down));
    }
    const { resume, proceed } = v;
    if (resume !== null) {
      this.button(col, {
        label: resume.label,
        variant: 'primary',
        hug: true,
        onPress: () => this.session.resume(),
      });
      col.text('small', resume.detail, PALETTE.textMuted, gap);
    }
    const earlier = v.resumeEarlier;
    if (earlier !== null) {
      // The player's own game, set aside when a share link was opened.
      this.button(col, {
        label: earlier.label,
        variant: 'secondary',
        hug: true,
        onPress: () => this.session.resume('previous'),
      });
      col.text('small', earlier.detail, PALETTE.textMuted, gap);
    }
    if (proceed !== null) {
      this.button(col, {
        label: proceed.label,
        badge: this.keyBadge('ui.key.enter'),
        variant: resume === null ? 'primary' : 'secondary',
        hug: true,
        onPress: () => this.session.send(proceed.event),
      });
    }
    this.preferences(col);
    this.replayAndData(col);
    col.space(gap * 1.5);
    col.place(
      (x, y, width) =>
        new TimelineRail(this, this.layout, x, y, width, null, {
          fraction: null,
          label: '',
          stops: railStops(this.session),
        }),
      0,
    );
  }

  /** The language switch (labelled in the other language) and the way to the settings. */
  private preferences(col: Column): void {
    const next = nextLocale(this.session.translator().locale);
    const items = [
      {
        label: lineIn(this.session.content, next, 'ui.lang.switchTo'),
        onPress: () => this.settings.update({ locale: next }),
      },
      {
        label: this.session.translate('ui.settings.open'),
        onPress: () => setSettingsOpen(this, true),
      },
      { label: this.session.translate('ui.pack.open'), onPress: openTeacherPack },
      { label: this.session.translate('ui.presenter.entry'), onPress: openPresenterMode },
    ];
    col.space(this.layout.space.md);
    col.place(
      (x, y, width) =>
        new ButtonRow(this, this.layout, x, y, width, optionButtons(items), this.allowPress),
      0,
    );
  }

  /** The branch map and endings gallery, and a data file from another device. */
  private replayAndData(col: Column): void {
    const { actions } = this;
    const items = [
      {
        label: this.session.translate('ui.map.open'),
        onPress: () => setMapOpen(this, true, 'map'),
      },
      ...(actions === null
        ? []
        : [{ label: this.session.translate('ui.data.load'), onPress: () => actions.pickFile() }]),
    ];
    col.space(this.layout.space.sm);
    col.place(
      (x, y, width) =>
        new ButtonRow(this, this.layout, x, y, width, optionButtons(items), this.allowPress),
      0,
    );
    const status = this.dataStatus();
    if (status !== null) col.text('small', status, PALETTE.text, this.layout.gap);
  }

  protected onKey(event: KeyboardEvent): boolean {
    const proceed = this.view()?.proceed ?? null;
    if (proceed === null || !isProceed(event)) return false;
    this.session.send(proceed.event);
    return true;
  }
}
