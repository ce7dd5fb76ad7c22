/**
 * What every drawn scene listens to: the game moving on (redraw if the view changed) and the
 * screen size or the settings changing (redraw whatever the view). Listeners go when the scene
 * shuts down, so restarting scenes leaks nothing.
 */
import Phaser from 'phaser';
import type { GameSession } from '../src/session/GameSession.ts';
import { REGISTRY } from './shared.ts';

export function redrawOnChange(
  scene: Phaser.Scene,
  session: GameSession,
  refresh: (force: boolean) => void,
): void {
  const unsubscribe = session.subscribe(() => refresh(false));
  // Phaser also reports a resize when nothing changed (on the game's ready, right after the
  // first scene drew itself): only a new size or pixel ratio redraws.
  const sizeNow = () =>
    `${scene.scale.width}x${scene.scale.height}@${String(scene.registry.get(REGISTRY.dpr))}`;
  let drawnAt = sizeNow();
  const onResize = () => {
    if (sizeNow() === drawnAt) return;
    drawnAt = sizeNow();
    refresh(true);
  };
  // Text size, language, contrast or motion changed: redraw as it is.
  const onSettings = () => refresh(true);
  scene.scale.on(Phaser.Scale.Events.RESIZE, onResize);
  scene.registry.events.on(`changedata-${REGISTRY.settings}`, onSettings);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    unsubscribe();
    scene.scale.off(Phaser.Scale.Events.RESIZE, onResize);
    scene.registry.events.off(`changedata-${REGISTRY.settings}`, onSettings);
  });
}
