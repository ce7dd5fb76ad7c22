/** Words for where a saved game stands, for the title screen's "Continue" offers. */
import type { Content } from '../content/load.ts';
import type { Translate } from '../i18n/translate.ts';

/** "September 2016: Microsoft's cloud offer", an ending's title, or the prologue's title. */
export function placeOf(content: Content, t: Translate, state: unknown): string {
  const [node, inner] =
    typeof state === 'object' && state !== null && !Array.isArray(state)
      ? (Object.entries(state)[0] ?? [])
      : [];
  const decision = node === undefined ? undefined : content.decisions.get(node);
  if (decision)
    return t('ui.format.dated', { date: t(decision.dateLine), title: t(decision.title) });
  const endingId =
    node === 'ending' && typeof inner === 'object' && inner !== null
      ? Object.keys(inner as object)[0]
      : undefined;
  const ending = endingId === undefined ? undefined : content.endings.get(endingId);
  return ending ? t(ending.title) : t(content.story.prologue.title);
}
