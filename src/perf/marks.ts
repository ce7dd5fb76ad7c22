/**
 * Performance marks for `npm run bench` (scripts/bench.mjs), read with the browser's User Timing
 * API; they cost one listener until the first title frame and nothing after.
 */
import Phaser from 'phaser';

/** The first frame drawn after the title scene's create(): the title is on screen and listening. */
export const TITLE_FRAME_MARK = 'fd-title-frame';

/** Marks the first rendered frame of the title scene `titleKey`, once per page load. */
export function markFirstTitleFrame(game: Phaser.Game, titleKey: string): void {
  const onRender = () => {
    if (!game.scene.isActive(titleKey)) return;
    game.events.off(Phaser.Core.Events.POST_RENDER, onRender);
    performance.mark(TITLE_FRAME_MARK);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onRender);
}
