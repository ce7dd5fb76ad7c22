/**
 * The menu over the page: Close, Restart (only after a confirm step) and every source the game
 * cites. Its only state is transient: whether the restart is awaiting confirmation.
 */
import type { Sound } from '../src/audio/sound.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE } from '../src/ui/theme.ts';
import { sourceList } from '../src/view/blocks.ts';
import { PageScene } from './PageScene.ts';
import { SCENE, openLink, setMenuOpen } from './shared.ts';
import type { Column } from './views/Column.ts';
import { SourceList } from './views/SourceList.ts';

export class MenuScene extends PageScene {
  private confirming = false;

  constructor(
    session: GameSession,
    private readonly gameSound: Sound | null,
  ) {
    super(SCENE.menu, session);
  }

  override create(): void {
    this.confirming = false;
    super.create();
  }

  protected override stamp(): string {
    return JSON.stringify([this.confirming, this.gameSound?.isMuted()]);
  }

  protected pageKey(): string {
    return SCENE.menu;
  }

  protected override topInset(): number {
    return 0;
  }

  protected override modal(): boolean {
    return true;
  }

  protected override blockedByMenu(): boolean {
    return false;
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
    const sound = this.gameSound;
    if (sound !== null) {
      this.button(col, {
        label: t(sound.isMuted() ? 'ui.menu.soundOff' : 'ui.menu.soundOn'),
        variant: 'secondary',
        hug: true,
        onPress: () => {
          sound.setMuted(!sound.isMuted());
          this.refresh(false);
        },
      });
    }
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
    col.space(gap * 1.5);
    col.text('subheading', t('ui.menu.sources'), PALETTE.text, space.sm);
    col.text('small', t('ui.menu.sourcesIntro'), PALETTE.textMuted, gap * 0.75);
    const sources = sourceList(this.session.content);
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
