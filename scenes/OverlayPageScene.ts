/**
 * A page laid over the game (menu, settings, branch map): it covers the HUD, takes every key
 * and pointer while open, and stays usable while the menu flag is set (it may be the menu).
 */
import { PageScene } from './PageScene.ts';

export abstract class OverlayPageScene extends PageScene {
  protected override topInset(): number {
    return 0;
  }

  protected override modal(): boolean {
    return true;
  }

  protected override blockedByMenu(): boolean {
    return false;
  }
}
