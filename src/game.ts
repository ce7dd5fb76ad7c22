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
import { MapScene } from '../scenes/MapScene.ts';
import { MenuScene } from '../scenes/MenuScene.ts';
import { SceneRouter } from '../scenes/router.ts';
import { REGISTRY, SCENE } from '../scenes/shared.ts';
import { SettingsScene } from '../scenes/SettingsScene.ts';
import { StoryScene } from '../scenes/StoryScene.ts';
import { TitleScene } from '../scenes/TitleScene.ts';
import { clickableButtons } from '../scenes/views/Button.ts';
import type { PlayerActions } from './dom/playerActions.ts';
import type { GameSession } from './session/GameSession.ts';
import type { Settings } from './settings/settings.ts';
import type { SettingsStore } from './settings/SettingsStore.ts';
import { afterFirstPage } from './perf/firstPage.ts';
import { markFirstTitleFrame } from './perf/marks.ts';
import { MAX_DPR } from './ui/layout.ts';
import { PALETTE } from './ui/theme.ts';

export interface RunningGame {
  readonly game: Phaser.Game;
  /** Key of the page scene on screen. */
  readonly screen: () => string | null;
  /** Canvas buttons a pointer can click now, boxed in page CSS pixels. */
  readonly buttons: typeof clickableButtons;
  /** True while the story page is typing out. */
  readonly typing: () => boolean;
  /** Every text visible on the canvas now. */
  readonly texts: () => string[];
  /** Redraws every scene in new settings (the palette must already be swapped). */
  readonly applySettings: (settings: Settings) => void;
  /** Which overlay covers the page: the map (and its tab), the menu, or none. */
  readonly overlay: () => string | null;
  /** Runs `then` once the first page has been drawn (see src/perf/firstPage.ts). */
  readonly afterFirstPage: (then: () => void) => void;
}

/** The texts of visible Text objects under `list`, skipping hidden containers. */
function visibleTexts(list: readonly Phaser.GameObjects.GameObject[]): string[] {
  return list.flatMap((o) => {
    if ('visible' in o && o.visible === false) return [];
    if (o instanceof Phaser.GameObjects.Text) return o.text === '' ? [] : [o.text];
    if (o instanceof Phaser.GameObjects.Container) return visibleTexts(o.list);
    return [];
  });
}

const pixelRatio = () => Math.min(MAX_DPR, Math.max(1, window.devicePixelRatio || 1));

/** The game in `parent`, showing `session` in the player's `settings` (changed in its pages). */
export function createGame(
  parent: HTMLElement,
  session: GameSession,
  settings: SettingsStore,
  actions: PlayerActions | null = null,
): RunningGame {
  const size = () => ({
    width: Math.max(1, parent.clientWidth),
    height: Math.max(1, parent.clientHeight),
  });
  let dpr = pixelRatio();
  const start = size();
  let router: SceneRouter | null = null;
  const story = new StoryScene(session);
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
      new TitleScene(session, settings, actions),
      story,
      new EndingScene(session, actions),
      new HudScene(session),
      new ActionBarScene(session),
      new MenuScene(session, settings, actions),
      new SettingsScene(session, settings),
      ...(actions === null ? [] : [new MapScene(session, actions)]),
    ],
  });
  router = new SceneRouter(game, session);
  markFirstTitleFrame(game, SCENE.title);
  game.registry.set(REGISTRY.dpr, dpr);
  game.registry.set(REGISTRY.meterCount, session.content.story.meters.length);
  game.registry.set(REGISTRY.menuOpen, false);
  game.registry.set(REGISTRY.mapOpen, false);
  game.registry.set(REGISTRY.settingsOpen, false);
  game.registry.set(REGISTRY.settings, settings.get());
  const applySettings = (now: Settings) => {
    // The clear colour is read every frame; the scenes redraw on the registry change.
    const ink = Phaser.Display.Color.HexStringToColor(PALETTE.ink);
    game.config.backgroundColor.setTo(ink.red, ink.green, ink.blue);
    game.registry.set(REGISTRY.settings, now);
  };

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

  return {
    game,
    screen: () => router?.activeKey() ?? null,
    buttons: clickableButtons,
    typing: () => story.sys.isActive() && story.typing(),
    texts: () => game.scene.getScenes(true).flatMap((scene) => visibleTexts(scene.children.list)),
    applySettings,
    overlay: () => {
      const open = (key: string) => game.registry.get(key) === true;
      if (open(REGISTRY.mapOpen) && game.scene.isActive(SCENE.map))
        return `map:${String(game.registry.get(REGISTRY.mapTab) ?? 'map')}`;
      return open(REGISTRY.menuOpen) ? SCENE.menu : null;
    },
    afterFirstPage: (then) => {
      const shown = () => {
        const key = router?.activeKey() ?? null;
        return key !== null && game.scene.isActive(key);
      };
      afterFirstPage(game.events, shown, then);
    },
  };
}
