/**
 * What the sound needs from the browser: the player's first gesture (browsers block sound until
 * then, and the game plays nothing before it) and whether the tab is hidden. A seam, so the
 * sound's rules are tested in Node with a fake.
 */
export interface AudioEnv {
  /** Calls `listener` once, on the player's first press or key (or at once if already given). */
  onFirstGesture(listener: () => void): void;
  /** True while the tab is hidden (another tab, a minimised window, a locked phone). */
  hidden(): boolean;
  onVisibilityChange(listener: () => void): void;
}

/** The browser's window and document. */
export function browserEnv(): AudioEnv {
  let gestured = false;
  const waiting: (() => void)[] = [];
  const gesture = () => {
    gestured = true;
    window.removeEventListener('pointerdown', gesture, true);
    window.removeEventListener('keydown', gesture, true);
    waiting.splice(0).forEach((listener) => listener());
  };
  // Capture phase: the gesture that starts the game also plays its first cue.
  window.addEventListener('pointerdown', gesture, true);
  window.addEventListener('keydown', gesture, true);
  return {
    onFirstGesture(listener) {
      if (gestured) listener();
      else waiting.push(listener);
    },
    hidden: () => document.visibilityState === 'hidden',
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
    },
  };
}
