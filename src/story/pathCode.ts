/**
 * Path codes: a play-through's choices as a short string for a share link, e.g. "1.8d2a.0102100.q".
 * Parts: code version, a fragment of the story's hash (a link made for another version of the
 * story is refused, not misread), one base-36 digit per choice (its index in the decision's
 * authored order), and a checksum (a mistyped or tampered link is refused).
 */
import type { Content } from '../content/load.ts';
import { fnv1a } from '../content/load.ts';
import { replay, type ReplayResult } from './route.ts';

export const PATH_CODE_VERSION = 1;
const HASH_CHARS = 4;
const MAX_STEPS = 32;

export type PathDecodeError = 'malformed' | 'tampered' | 'outdated' | 'impossible';
export type PathDecoded =
  | { readonly ok: true; readonly choices: readonly string[]; readonly result: ReplayResult }
  | { readonly ok: false; readonly error: PathDecodeError };

function checksum(body: string): string {
  return (parseInt(fnv1a(body), 16) % 36).toString(36);
}

/** The code for a list of choice ids, which must be a playable path (else throws). */
export function encodePath(content: Content, choices: readonly string[]): string {
  const result = replay(content, choices);
  if (result === null) throw new Error('cannot encode a path the story does not allow');
  const digits = result.steps
    .map((step) => {
      const decision = content.decisions.get(step.decision);
      return (decision?.choices.findIndex((c) => c.id === step.choice) ?? 0).toString(36);
    })
    .join('');
  const body = `${PATH_CODE_VERSION}.${content.hash.slice(0, HASH_CHARS)}.${digits || '-'}`;
  return `${body}.${checksum(body)}`;
}

/** Reads a code back; never throws, whatever the string. */
export function decodePath(content: Content, code: string): PathDecoded {
  const parts = code.trim().split('.');
  if (parts.length !== 4 || code.length > 64) return { ok: false, error: 'malformed' };
  const [version, hash, digits, sum] = parts as [string, string, string, string];
  if (!/^\d+$/.test(version) || !/^[0-9a-f]+$/.test(hash) || !/^([0-9a-z]+|-)$/.test(digits))
    return { ok: false, error: 'malformed' };
  const body = `${version}.${hash}.${digits}`;
  if (checksum(body) !== sum) return { ok: false, error: 'tampered' };
  if (Number(version) !== PATH_CODE_VERSION || hash !== content.hash.slice(0, HASH_CHARS))
    return { ok: false, error: 'outdated' };
  const indices = digits === '-' ? [] : [...digits].map((d) => parseInt(d, 36));
  if (indices.length > MAX_STEPS) return { ok: false, error: 'malformed' };

  const choices: string[] = [];
  for (const index of indices) {
    const at = replay(content, choices)?.at;
    const choice = at === undefined ? undefined : content.decisions.get(at)?.choices[index];
    if (choice === undefined) return { ok: false, error: 'impossible' };
    choices.push(choice.id);
  }
  const result = replay(content, choices);
  return result === null ? { ok: false, error: 'impossible' } : { ok: true, choices, result };
}
