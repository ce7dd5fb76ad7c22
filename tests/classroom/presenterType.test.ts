import { describe, expect, it } from 'vitest';
import { PRESENTER_TYPE, presenterBase } from '../../src/ui/presenterType.ts';

describe('presenter type scale', () => {
  it('reads from the back of a classroom at projector sizes, and never shrinks below its floor', () => {
    expect(presenterBase(1920, 1080)).toBe(34);
    expect(presenterBase(1280, 720)).toBe(23);
    // A projector narrower than 16:9 is limited by its width, a wide one by its height.
    expect(presenterBase(1024, 768)).toBe(18);
    expect(presenterBase(2560, 1080)).toBe(34);
    expect(presenterBase(360, 640)).toBe(PRESENTER_TYPE.min);
  });

  it('keeps headings above body text above notes', () => {
    const { title, heading, lead, body, small, table } = PRESENTER_TYPE;
    expect(title).toBeGreaterThan(heading);
    expect(heading).toBeGreaterThan(lead);
    expect(lead).toBeGreaterThan(body);
    expect(body).toBeGreaterThan(small);
    expect(small).toBeGreaterThan(table);
  });
});
