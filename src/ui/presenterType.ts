/** The presenter screens' type scale (DOM pages, not the canvas: see src/dom/classroom/). */

/**
 * Presenter mode (a teacher's projector): type sizes as multiples of a base size, in CSS px.
 * The base is a 56th of the screen's width or a 31.5th of its height, whichever is smaller (34 px
 * at 1920×1080, 23 px at 1280×720), so a line is readable from the back of a classroom, and
 * never under `min`.
 */
export const PRESENTER_TYPE = {
  min: 18,
  widthDivisor: 56,
  heightDivisor: 31.5,
  /** Multiples of the base size. */
  title: 2.1,
  heading: 1.6,
  lead: 1.15,
  body: 1,
  small: 0.75,
  /** The debrief table is dense: a smaller step than the rest of the presenter screens. */
  table: 0.62,
  /** Spacing unit and the largest line length, in base sizes. */
  gap: 0.6,
  measure: 44,
  /**
   * A page too long for the screen steps its type down one pixel at a time, never under this
   * share of the base (nor under `min`): 20 px at 1280×720 and 1280×800, 30 px at 1920×1080;
   * 18 px at 1024×768, whose base is already the floor. What still does not fit is split into
   * parts the teacher steps through (src/dom/classroom/fit.ts).
   */
  fitFloor: 0.87,
} as const;

/** The custom properties (`--pr-<step>`) of the presenter's type scale for a base size. */
export function presenterTypeVars(base: number): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const step of ['title', 'heading', 'lead', 'body', 'small', 'table', 'gap'] as const)
    vars[`--pr-${step}`] = `${(base * PRESENTER_TYPE[step]).toFixed(1)}px`;
  vars['--pr-measure'] = `${base * PRESENTER_TYPE.measure}px`;
  return vars;
}

/** The smallest base size a page may step down to so as to fit the screen, in CSS px. */
export function presenterFloor(base: number): number {
  return Math.min(base, Math.max(PRESENTER_TYPE.min, Math.round(base * PRESENTER_TYPE.fitFloor)));
}

/** The presenter's base type size, in CSS px, for a screen of this size (CSS px). */
export function presenterBase(width: number, height: number): number {
  const { min, widthDivisor, heightDivisor } = PRESENTER_TYPE;
  return Math.max(min, Math.round(Math.min(width / widthDivisor, height / heightDivisor)));
}
