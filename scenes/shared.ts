/** Scene keys, registry keys and small services every scene uses. */
import type Phaser from 'phaser';
import { computeLayout, type Layout } from '../src/ui/layout.ts';
import type { ActionView, Screen, View } from '../src/view/types.ts';

export const SCENE = {
  boot: 'boot',
  title: 'title',
  story: 'story',
  ending: 'ending',
  hud: 'hud',
  actions: 'actions',
  menu: 'menu',
} as const;
export type SceneKey = (typeof SCENE)[keyof typeof SCENE];

/** The scene that shows a screen of the view model. */
export function sceneFor(screen: Screen): SceneKey {
  switch (screen) {
    case 'title':
      return SCENE.title;
    case 'ending':
      return SCENE.ending;
    default:
      return SCENE.story;
  }
}

/**
 * The action pinned in the bar at the bottom of story and ending pages ("go on", or Play again
 * at the very end), so it can always be reached without scrolling. Null while choosing.
 */
export function barAction(view: View): ActionView | null {
  if (view.screen === 'title') return null;
  if (view.screen === 'ending') return view.proceed ?? view.restart;
  return view.proceed;
}

/** Transient, game-wide UI state kept in Phaser's registry (never game state). */
export const REGISTRY = {
  /** Device pixels per CSS pixel of the canvas. */
  dpr: 'dpr',
  menuOpen: 'menuOpen',
  /** How many meters the HUD shows (from the content; it sizes the HUD). */
  meterCount: 'meterCount',
} as const;

/** The layout for the scene's current canvas size. */
export function layoutFor(scene: Phaser.Scene): Layout {
  const dpr = Number(scene.registry.get(REGISTRY.dpr) ?? 1);
  const meters = Number(scene.registry.get(REGISTRY.meterCount) ?? 0);
  return computeLayout(scene.scale.width, scene.scale.height, dpr, meters);
}

export function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Key badges ("Enter", "Esc") help only where there is likely a keyboard: not on touch-only phones. */
export function keyHints(): boolean {
  return window.matchMedia('(any-pointer: fine)').matches;
}

/** Opens a source in a new tab, without giving it a handle on this page. */
export function openLink(url: string): void {
  window.open(url, '_blank', 'noopener');
}

/** Opens or closes the menu over the page (the page stops taking input while it is open). */
export function setMenuOpen(scene: Phaser.Scene, open: boolean): void {
  scene.registry.set(REGISTRY.menuOpen, open);
  if (open) scene.scene.launch(SCENE.menu);
  else scene.scene.stop(SCENE.menu);
}
