/** Scene keys, registry keys and small services every scene uses. */
import type Phaser from 'phaser';
import { defaultSettings, type Settings } from '../src/settings/settings.ts';
import { computeLayout, type Layout } from '../src/ui/layout.ts';
import type { ActionView, Screen, View } from '../src/view/types.ts';

const FALLBACK_SETTINGS = defaultSettings({ languages: [], reducedMotion: false });

export const SCENE = {
  boot: 'boot',
  title: 'title',
  story: 'story',
  ending: 'ending',
  hud: 'hud',
  actions: 'actions',
  menu: 'menu',
  settings: 'settings',
  map: 'map',
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
  /** The branch map and endings gallery are open over the page; and which tab they show. */
  mapOpen: 'mapOpen',
  mapTab: 'mapTab',
  /** How many meters the HUD shows (from the content; it sizes the HUD). */
  meterCount: 'meterCount',
  /** The player's settings (a copy kept in step with the settings store by src/game.ts). */
  settings: 'settings',
  /** The settings page is open over the game (the page beneath takes no input). */
  settingsOpen: 'settingsOpen',
} as const;

/** The player's settings as the scenes see them (defaults until the game sets them). */
export function settingsOf(scene: Phaser.Scene): Settings {
  return (scene.registry.get(REGISTRY.settings) as Settings | undefined) ?? FALLBACK_SETTINGS;
}

/** The layout for the scene's current canvas size. */
export function layoutFor(scene: Phaser.Scene): Layout {
  const dpr = Number(scene.registry.get(REGISTRY.dpr) ?? 1);
  const meters = Number(scene.registry.get(REGISTRY.meterCount) ?? 0);
  const { textSize, locale } = settingsOf(scene);
  return computeLayout(scene.scale.width, scene.scale.height, dpr, meters, {
    size: textSize,
    locale,
  });
}

/** The reduced-motion setting (its default is the browser's `prefers-reduced-motion`). */
export function reducedMotion(scene: Phaser.Scene): boolean {
  return settingsOf(scene).reducedMotion;
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

/**
 * Opens or closes the settings page over whatever is on screen. Opened from the menu, it takes
 * the menu's place, and closing it brings the menu back.
 */
export function setSettingsOpen(scene: Phaser.Scene, open: boolean, fromMenu = false): void {
  scene.registry.set(REGISTRY.settingsOpen, open);
  if (open) {
    if (fromMenu) setMenuOpen(scene, false);
    scene.scene.launch(SCENE.settings, { fromMenu });
  } else scene.scene.stop(SCENE.settings);
}

export const MAP_TABS = ['map', 'endings', 'compare'] as const;
export type MapTab = (typeof MAP_TABS)[number];

/** Opens the map (on a tab) over the page, in the menu's place; or closes it. */
export function setMapOpen(scene: Phaser.Scene, open: boolean, tab?: MapTab): void {
  if (tab !== undefined) scene.registry.set(REGISTRY.mapTab, tab);
  if (open && scene.registry.get(REGISTRY.menuOpen) === true) setMenuOpen(scene, false);
  scene.registry.set(REGISTRY.mapOpen, open);
  if (open) scene.scene.launch(SCENE.map);
  else scene.scene.stop(SCENE.map);
}
