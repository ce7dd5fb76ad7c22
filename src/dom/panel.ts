/** A section the text layer adds to its menu, and may add to the screen (e.g. the ending's). */
import type { View } from '../view/types.ts';

export interface TextPanel {
  /** Placed in the text layer's menu once; kept across screens. */
  readonly root: HTMLElement;
  /** Called on every view, before the text layer moves focus. */
  render(view: View): void;
  /** Controls that belong on this screen itself, after its blocks. */
  screenExtras?(view: View): readonly HTMLElement[];
}
