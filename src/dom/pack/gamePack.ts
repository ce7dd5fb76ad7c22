/**
 * The game's teacher pack page, made the first time a player asks for it. With PackPage, the
 * pack model and both languages' classroom text, it is a chunk of its own (≈29 KiB gzip) that
 * the title never waits for; src/main.ts imports it on the first request.
 */
import { shippedClassroom } from '../../classroom/pack.ts';
import type { GameSession } from '../../session/GameSession.ts';
import type { SettingsStore } from '../../settings/SettingsStore.ts';
import { PackPage, type PackPageOptions } from './PackPage.ts';

/** The pack page over the game in `host`; it answers every later request itself. */
export function gamePack(
  host: HTMLElement,
  session: GameSession,
  settings: SettingsStore,
  options: PackPageOptions,
): PackPage {
  return new PackPage(host, session, settings, () => shippedClassroom(session.content), options);
}
