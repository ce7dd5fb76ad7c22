import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import type { Content } from '../../src/content/load.ts';
import { visibleChoices } from '../../src/story/graph.ts';
import { decodePath, encodePath } from '../../src/story/pathCode.ts';
import { replay } from '../../src/story/route.ts';

const content = loadContent();

/** Every prefix of every play-through (each list of choices the story allows). */
function allPaths(c: Content): string[][] {
  const out: string[][] = [];
  const walk = (choices: string[]) => {
    out.push(choices);
    const r = replay(c, choices);
    const decision = r && c.decisions.get(r.at);
    if (!r || !decision) return;
    for (const choice of visibleChoices(decision, r.timeline)) walk([...choices, choice.id]);
  };
  walk([]);
  return out;
}

describe('path codes', () => {
  const paths = allPaths(content);

  it('round-trip every path through the story, complete or not', () => {
    expect(paths.length).toBeGreaterThan(200);
    for (const choices of paths) {
      const code = encodePath(content, choices);
      const decoded = decodePath(content, code);
      expect(decoded.ok && decoded.choices, code).toEqual(choices);
    }
  });

  it('lead to the same point every time', () => {
    const choices = paths.at(-1)!;
    const a = decodePath(content, encodePath(content, choices));
    const b = decodePath(content, encodePath(content, choices));
    expect(a).toEqual(b);
  });

  it('refuse a changed digit as tampered, another story version as outdated', () => {
    const code = encodePath(content, paths.at(-1)!);
    const [v, h, digits, sum] = code.split('.') as [string, string, string, string];
    const flipped = `${v}.${h}.${digits.replace(/^./, (d) => (d === '0' ? '1' : '0'))}.${sum}`;
    expect(decodePath(content, flipped)).toEqual({ ok: false, error: 'tampered' });
    const otherVersion: Content = { ...content, hash: 'ffffffff' };
    expect(decodePath(otherVersion, code)).toEqual({ ok: false, error: 'outdated' });
    expect(decodePath(content, 'hello')).toEqual({ ok: false, error: 'malformed' });
    expect(decodePath(content, '')).toEqual({ ok: false, error: 'malformed' });
  });

  it('never throw on any string, and only accept codes that replay', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const decoded = decodePath(content, s);
        if (decoded.ok) expect(replay(content, decoded.choices)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^1\.[0-9a-f]{4}\.[0-9a-z]{0,10}\.[0-9a-z]$/), (s) => {
        expect(() => decodePath(content, s)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse to encode a path the story does not allow', () => {
    expect(() => encodePath(content, ['no-such-choice'])).toThrow();
  });
});
