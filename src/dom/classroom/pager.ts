/**
 * The parts of a presenter page too long for the screen (see fit.ts): which one is showing, and
 * stepping through them with the keys that otherwise move the lesson on or back.
 */
import { fitPage, resetBase, show, type Fit, type FitTarget } from './fit.ts';

/** A page to fit, with the line that names its part. */
export type PagedTarget = FitTarget & { readonly partLine: HTMLElement };

export class Pager {
  /** `label(2, 3)`: "Part 2 of 3", the line under a split page's heading. */
  constructor(private readonly label: (n: number, of: number) => string) {}

  private target: PagedTarget | null = null;
  private fit: Fit = { base: 0, parts: [] };
  private at = 0;

  /**
   * Fits a rendered page and shows its part `at`: 'end' when arriving by Back, or the part it
   * was on when the same page is drawn again (clamped).
   */
  layout(target: PagedTarget, naturalBase: number, at: number | 'end'): void {
    this.target = target;
    // Measured with the longest label it could carry, so setting the real one moves nothing.
    target.partLine.textContent = this.label(99, 99);
    this.fit = fitPage(target, naturalBase);
    this.at = at === 'end' ? this.count - 1 : Math.min(at, this.count - 1);
    if (this.count < 2) target.partLine.textContent = '';
    this.showCurrent();
  }

  /** Forgets the page (one that is never fitted, such as the debrief) and its type size. */
  clear(box: HTMLElement): void {
    resetBase(box);
    this.target = null;
    this.fit = { base: 0, parts: [] };
    this.at = 0;
  }

  get count(): number {
    return Math.max(1, this.fit.parts.length);
  }

  /** 0-based: the part showing. */
  get index(): number {
    return this.at;
  }

  get base(): number {
    return this.fit.base;
  }

  /** Shows the next part; false on the last one (the lesson moves on instead). */
  forward(): boolean {
    if (this.at >= this.count - 1) return false;
    this.at += 1;
    this.showCurrent();
    return true;
  }

  /** Shows the part before; false on the first one (the lesson goes back instead). */
  backward(): boolean {
    if (this.at === 0) return false;
    this.at -= 1;
    this.showCurrent();
    return true;
  }

  private showCurrent(): void {
    if (this.target === null || this.count < 2) return;
    this.target.partLine.textContent = this.label(this.at + 1, this.count);
    show(this.target, this.fit.parts[this.at] ?? []);
  }
}
