/**
 * Starts the scene that shows the current screen, and the HUD and action bar wherever there are
 * meters (every screen but the title).
 */
import type Phaser from 'phaser';
import type { GameSession } from '../src/session/GameSession.ts';
import type { View } from '../src/view/types.ts';
import { REGISTRY, SCENE, sceneFor, type SceneKey } from './shared.ts';

export class SceneRouter {
  private current: SceneKey | null = null;
  private hud = false;

  constructor(
    private readonly game: Phaser.Game,
    private readonly session: GameSession,
  ) {}

  /** Subscribes before any scene does, so scene changes happen before scenes re-render. */
  start(): void {
    this.session.subscribe((view) => this.route(view));
    this.route(this.session.view());
  }

  /** The key of the page scene on screen (the menu may be open over it). */
  activeKey(): SceneKey | null {
    return this.current;
  }

  private route(view: View): void {
    const scenes = this.game.scene;
    const key = sceneFor(view.screen);
    if (key !== this.current) {
      if (this.current !== null) scenes.stop(this.current);
      scenes.start(key);
      this.current = key;
    }
    const wantHud = view.screen !== 'title';
    if (wantHud && !this.hud) {
      scenes.start(SCENE.hud);
      scenes.start(SCENE.actions);
    }
    if (!wantHud && this.hud) {
      scenes.stop(SCENE.hud);
      scenes.stop(SCENE.actions);
      scenes.stop(SCENE.menu);
      this.game.registry.set(REGISTRY.menuOpen, false);
      // Back to the title (e.g. a restart from the text layer): the map closes too.
      scenes.stop(SCENE.map);
      this.game.registry.set(REGISTRY.mapOpen, false);
    }
    this.hud = wantHud;
  }
}
