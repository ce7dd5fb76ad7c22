/**
 * The page-transition marks stay bounded however long the visit (issue 7: a long session must not
 * grow the page's memory). Chromium, like Node here, keeps User Timing marks until cleared.
 * Reduced motion: `enterPage` touches nothing of the scene but its key, so stand-ins suffice.
 */
import type Phaser from 'phaser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterPage, TRANSITION_END, TRANSITION_START } from '../../scenes/views/transition.ts';
import { TRANSITIONS_KEPT } from '../../src/perf/timeline.ts';
import type { Layout } from '../../src/ui/layout.ts';

const scene = { sys: { settings: { key: 'story' } } } as unknown as Phaser.Scene;
const layout = {} as Layout;
const page = {} as Parameters<typeof enterPage>[2];
const count = (name: string) => performance.getEntriesByName(name).length;

afterEach(() => performance.clearMarks());

describe('page-transition marks', () => {
  it('keep at most TRANSITIONS_KEPT transitions on the timeline over a long visit', () => {
    const transitions = TRANSITIONS_KEPT * 5 + 7;
    for (let i = 0; i < transitions; i++) enterPage(scene, layout, page, true);
    expect(count(TRANSITION_START)).toBeGreaterThan(0);
    expect(count(TRANSITION_START)).toBeLessThanOrEqual(TRANSITIONS_KEPT);
    expect(count(TRANSITION_END)).toBe(count(TRANSITION_START));
  });

  it("keep all of a fresh page's first TRANSITIONS_KEPT transitions (what the frame bench reads)", async () => {
    vi.resetModules();
    const fresh = await import('../../scenes/views/transition.ts');
    performance.clearMarks();
    for (let i = 0; i < TRANSITIONS_KEPT; i++) fresh.enterPage(scene, layout, page, true);
    expect(count(TRANSITION_START)).toBe(TRANSITIONS_KEPT);
    expect(count(TRANSITION_END)).toBe(TRANSITIONS_KEPT);
  });

  it('leave marks that are not its own alone', () => {
    performance.mark('someone-else');
    for (let i = 0; i < TRANSITIONS_KEPT * 2 + 1; i++) enterPage(scene, layout, page, true);
    expect(count('someone-else')).toBe(1);
  });
});
