/** Hands the palette and font stacks of src/ui/theme.ts to CSS as custom properties. */
import { FONTS, PALETTE } from '../ui/theme.ts';

/** Sets `--fd-<colour>` and `--fd-font-<stack>` on the element (the document root). */
export function applyCssTheme(el: HTMLElement): void {
  for (const [name, value] of Object.entries(PALETTE)) el.style.setProperty(`--fd-${name}`, value);
  for (const [name, value] of Object.entries(FONTS))
    el.style.setProperty(`--fd-font-${name}`, value);
}
