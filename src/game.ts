/**
 * Builds the Phaser game inside `parent`. The canvas follows the parent's size like Phaser's
 * RESIZE mode, but is backed at device pixels (zoomed back down by CSS), so text stays crisp on
 * phones and projectors alike; every scene lays out from the real canvas size.
 */
import Phaser from 'phaser';
import { ActionBarScene } from '../scenes/ActionBarScene.ts';
import { BootScene } from '../scenes/BootScene.ts';
import { EndingScene } from '../scenes/EndingScene.ts';
import { HudScene } from '../scenes/HudScene.ts';
import { MenuScene } from '../scenes/MenuScene.ts';
import { SceneRouter } from '../scenes/router.ts';
import { REGISTRY } from '../scenes/shared.ts';
import { StoryScene } from '../scenes/StoryScene.ts';
import { TitleScene } from '../scenes/TitleScene.ts';
import { clickableButtons } from '../scenes/views/Button.ts';
import type { Sound } from './audio/sound.ts';
import type { GameSession } from './session/GameSession.ts';
import { MAX_DPR } from './ui/layout.ts';
import { PALETTE } from './ui/theme.ts';

export interface RunningGame {
  readonly game: Phaser.Game;
  /** Key of the page scene on screen. */
  readonly screen: () => string | null;
  /** Canvas buttons a pointer can click now, boxed in page CSS pixels. */
  readonly buttons: typeof clickableButtons;
}

const pixelRatio = () => Math.min(MAX_DPR, Math.max(1, window.devicePixelRatio || 1));

/** The game in `parent`, showing `session`; `sound` (optional) gets its mute switch in the menu. */
export function createGame(
  parent: HTMLElement,
  session: GameSession,
  sound: Sound | null = null,
): RunningGame {
  const size = () => ({
    width: Math.max(1, parent.clientWidth),
    height: Math.max(1, parent.clientHeight),
  });
  let dpr = pixelRatio();
  const start = size();
  let router: SceneRouter | null = null;
  // Scene order is draw order: pages, then the HUD and action bar over them, then the menu.
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: Math.round(start.width * dpr),
    height: Math.round(start.height * dpr),
    backgroundColor: PALETTE.ink,
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
    render: { antialias: true, roundPixels: true },
    audio: { noAudio: true },
    banner: false,
    scene: [
      new BootScene(() => router?.start()),
      new TitleScene(session),
      new StoryScene(session),
      new EndingScene(session),
      new HudScene(session),
      new ActionBarScene(session),
      new MenuScene(session, sound),
    ],
  });
  router = new SceneRouter(game, session);
  game.registry.set(REGISTRY.dpr, dpr);
  game.registry.set(REGISTRY.meterCount, session.content.story.meters.length);
  game.registry.set(REGISTRY.menuOpen, false);

  const fit = () => {
    if (!game.isBooted) return;
    const { width, height } = size();
    dpr = pixelRatio();
    game.registry.set(REGISTRY.dpr, dpr);
    if (game.scale.zoom !== 1 / dpr) game.scale.setZoom(1 / dpr);
    game.scale.resize(Math.round(width * dpr), Math.round(height * dpr));
    // Phaser leaves the CSS size alone when zoom is 1; set it so the canvas always fills the parent.
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
    game.scale.updateBounds();
  };
  // Also fires on browser zoom, which changes the parent's size in CSS pixels.
  new ResizeObserver(fit).observe(parent);

  return { game, screen: () => router?.activeKey() ?? null, buttons: clickableButtons };
}
