/**
 * What a long visit must not pile up (issue 7: "scene restarts and listeners must not leak"),
 * counted for the test hook: listeners on every emitter that outlives a scene's restart (the
 * game's, the registry's, the scale manager's, the input manager's, each scene's own and the
 * session's), Phaser's textures (every canvas text owns one), the page's DOM elements and the
 * game's marks on the performance timeline. tests/e2e/soak.test.ts reads them on the title after
 * one and after several laps of play, rewind, menu, map, contrast and language switches: a
 * count that grows with the laps is a leak.
 */
import type Phaser from 'phaser';
import { TRANSITION_START } from '../../scenes/views/transition.ts';

export interface ResourceCounts {
  readonly sessionListeners: number;
  readonly gameListeners: number;
  readonly registryListeners: number;
  readonly scaleListeners: number;
  readonly inputListeners: number;
  readonly textureListeners: number;
  /** Listeners on the scenes' own emitters, stopped scenes included (they outlive a restart). */
  readonly sceneListeners: number;
  readonly scenes: number;
  readonly textures: number;
  readonly domElements: number;
  /** The game's page-transition marks on the performance timeline. */
  readonly transitionMarks: number;
}

function listeners(emitter: Phaser.Events.EventEmitter): number {
  return emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0);
}

export function countResources(game: Phaser.Game, sessionListeners: number): ResourceCounts {
  const scenes = game.scene.scenes;
  return {
    sessionListeners,
    gameListeners: listeners(game.events),
    registryListeners: listeners(game.registry.events),
    scaleListeners: listeners(game.scale),
    inputListeners: listeners(game.input.events),
    textureListeners: listeners(game.textures),
    sceneListeners: scenes.reduce((sum, scene) => sum + listeners(scene.sys.events), 0),
    scenes: scenes.length,
    textures: game.textures.getTextureKeys().length,
    domElements: document.getElementsByTagName('*').length,
    transitionMarks: performance.getEntriesByName(TRANSITION_START).length,
  };
}
