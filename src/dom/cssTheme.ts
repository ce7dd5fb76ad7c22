/**
 * Hands the theme and the player's display settings to the page: the palette and font stacks
 * of src/ui/theme.ts as CSS custom properties, the text size as a scale, and the language on
 * the root element (so every text without its own `lang` is read and broken as that language).
 */
import type { Settings } from '../settings/settings.ts';
import { TEXT_SCALE } from '../ui/layout.ts';
import { FONTS, FONTS_JA, PALETTE } from '../ui/theme.ts';

/**
 * Sets `--fd-<colour>`, `--fd-font-<lang>-<stack>` and `--fd-text-scale` on the element (the
 * document root), its `lang`, and `data-contrast` for the few rules high contrast changes.
 */
export function applyCssTheme(el: HTMLElement, settings: Settings): void {
  for (const [name, value] of Object.entries(PALETTE)) el.style.setProperty(`--fd-${name}`, value);
  for (const [lang, stacks] of [
    ['en', FONTS],
    ['ja', FONTS_JA],
  ] as const)
    for (const name of ['sans', 'mono', 'serif'] as const)
      el.style.setProperty(`--fd-font-${lang}-${name}`, stacks[name]);
  el.style.setProperty('--fd-text-scale', String(TEXT_SCALE[settings.textSize]));
  el.lang = settings.locale;
  el.dataset['contrast'] = settings.highContrast ? 'high' : 'standard';
}
