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
} as const;

/** The presenter's base type size, in CSS px, for a screen of this size (CSS px). */
export function presenterBase(width: number, height: number): number {
  const { min, widthDivisor, heightDivisor } = PRESENTER_TYPE;
  return Math.max(min, Math.round(Math.min(width / widthDivisor, height / heightDivisor)));
}
