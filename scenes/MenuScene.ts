/**
 * The menu over the page: Close, sound, language, settings, Restart (only after a confirm
 * step) and every source the game cites. Its only state is transient: whether the restart is
 * awaiting confirmation.
 */
import Phaser from 'phaser';
import type { PlayerActions } from '../src/dom/playerActions.ts';
import { lineIn, nextLocale } from '../src/i18n/translate.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import type { SettingsStore } from '../src/settings/SettingsStore.ts';
import { PALETTE } from '../src/ui/theme.ts';
import { sourceList } from '../src/view/blocks.ts';
import { openTeacherPack } from '../src/pack/door.ts';
import { MenuReplay } from './MenuReplay.ts';
import { OverlayPageScene } from './OverlayPageScene.ts';
import { SCENE, openLink, setMapOpen, setMenuOpen, setSettingsOpen } from './shared.ts';
import type { Column } from './views/Column.ts';
import { SourceList } from './views/SourceList.ts';

export class MenuScene extends OverlayPageScene {
  private confirming = false;
  /** Replay and data sections (map, rewind, share; save, load, forget). */
  private readonly replay: MenuReplay | null;

  constructor(
    session: GameSession,
    private readonly settings: SettingsStore,
    actions: PlayerActions | null = null,
  ) {
    super(SCENE.menu, session);
    this.replay =
      actions &&
      new MenuReplay(session, actions, {
        scene: this,
        layout: () => this.layout,
        allowPress: this.allowPress,
        refresh: () => this.refresh(false),
        openMap: () => setMapOpen(this, true, 'map'),
        close: () => setMenuOpen(this, false),
      });
  }

  override create(): void {
    this.confirming = false;
    const off = this.replay?.reset();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => off?.());
    super.create();
  }

  protected override stamp(): string {
    return JSON.stringify([
      this.confirming,
      this.settings.get(),
      this.session.translator().locale,
      this.replay?.stamp(),
    ]);
  }

  protected pageKey(): string {
    return SCENE.menu;
  }

  private confirm(on: boolean): void {
    this.confirming = on;
    this.refresh(false);
  }

  protected build(col: Column): void {
    const t = (line: string) => this.session.translate(line);
    const { gap, space } = this.layout;
    col.text('heading', t('ui.menu.heading'), PALETTE.text, gap * 0.75);
    this.button(col, {
      label: t('ui.menu.close'),
      badge: this.keyBadge('ui.key.escape'),
      variant: 'secondary',
      hug: true,
      onPress: () => setMenuOpen(this, false),
    });
    const muted = this.settings.get().sound.muted;
    this.button(col, {
      label: t(muted ? 'ui.menu.soundOff' : 'ui.menu.soundOn'),
      variant: 'secondary',
      hug: true,
      onPress: () => this.settings.update({ sound: { muted: !muted } }),
    });
    const next = nextLocale(this.session.translator().locale);
    this.button(col, {
      label: lineIn(this.session.content, next, 'ui.lang.switchTo'),
      variant: 'secondary',
      hug: true,
      onPress: () => this.settings.update({ locale: next }),
    });
    this.button(col, {
      label: t('ui.settings.open'),
      variant: 'secondary',
      hug: true,
      onPress: () => setSettingsOpen(this, true, true),
    });
    // The pack opens over the menu, which is still here when the teacher comes back.
    this.button(col, {
      label: t('ui.pack.open'),
      variant: 'secondary',
      hug: true,
      onPress: openTeacherPack,
    });
    col.space(gap);
    if (this.confirming) {
      col.text('body', t('ui.menu.restartConfirm'), PALETTE.text, gap * 0.75);
      this.button(col, {
        label: t('ui.menu.restartYes'),
        variant: 'primary',
        hug: true,
        onPress: () => {
          setMenuOpen(this, false);
          this.session.send({ type: 'game.restart' });
        },
      });
      this.button(col, {
        label: t('ui.menu.restartNo'),
        variant: 'secondary',
        hug: true,
        onPress: () => this.confirm(false),
      });
    } else {
      this.button(col, {
        label: t('ui.menu.restart'),
        variant: 'secondary',
        hug: true,
        onPress: () => this.confirm(true),
      });
    }
    if (this.replay !== null) {
      col.space(gap * 1.5);
      this.replay.build(col);
    }
    col.space(gap * 1.5);
    col.text('subheading', t('ui.menu.sources'), PALETTE.text, space.sm);
    col.text('small', t('ui.menu.sourcesIntro'), PALETTE.textMuted, gap * 0.75);
    const sources = sourceList(this.session.content, this.session.translator());
    col.place(
      (x, y, width) =>
        new SourceList(this, this.layout, x, y, width, sources, {
          openLink,
          allowPress: this.allowPress,
        }),
    );
  }

  protected onKey(): boolean {
    return false;
  }
}
