/**
 * Keyboard input shared by the scenes. Phaser's keyboard plugin listens on `window`, so a key
 * pressed on a focused control of the text layer reaches the scenes too: those presses are
 * ignored here, or one key would act twice.
 */

const CONTROLS =
  'button, a, input, select, textarea, summary, [contenteditable]:not([contenteditable="false"])';

/**
 * True when the key press belongs to a DOM control (or a browser shortcut), not to the canvas,
 * or when a scene already acted on it. Phaser hands a key to every running scene's keyboard
 * plugin, including a scene the key itself just started; acting scenes mark the event with
 * `preventDefault()`, so one press moves the game on once.
 */
export function ignoredByCanvas(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return true;
  const target = event.target;
  return target instanceof Element && target.closest(CONTROLS) !== null;
}

/** The choice number (1–4) a key press picks, or null. */
export function choiceNumber(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-4])$/.exec(event.code) ?? /^([1-4])$/.exec(event.key);
  return match ? Number(match[1]) : null;
}

export function isProceed(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ';
}

/** What a scroll key does: a step, a page, or a jump to an end (in units the scene scales). */
export type ScrollKey =
  { kind: 'step' | 'page'; direction: 1 | -1 } | { kind: 'end'; direction: 1 | -1 };

export function scrollKey(event: KeyboardEvent): ScrollKey | null {
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'step', direction: 1 };
    case 'ArrowUp':
      return { kind: 'step', direction: -1 };
    case 'PageDown':
      return { kind: 'page', direction: 1 };
    case 'PageUp':
      return { kind: 'page', direction: -1 };
    case 'End':
      return { kind: 'end', direction: 1 };
    case 'Home':
      return { kind: 'end', direction: -1 };
    default:
      return null;
  }
}
