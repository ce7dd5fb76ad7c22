/**
 * `galleryModel`: every ending of the story; those reached in this browser with their title and
 * one-line summary, the others locked with a hint of where they branch off the founders' route.
 * Pure: no Phaser, no DOM.
 */
import type { Content } from '../content/load.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Memory } from '../persistence/memory.ts';
import { branchPoints } from '../story/branches.ts';
import type { GalleryEnding, GalleryView } from './replayTypes.ts';

/** The endings gallery for what this browser remembers. */
export function galleryModel(content: Content, t: Translate, memory: Memory): GalleryView {
  const branches = branchPoints(content);
  const hint = (endingId: string, historical: boolean): string | null => {
    if (historical) return t('ui.gallery.hintHistorical');
    const decision = content.decisions.get(branches.get(endingId) ?? '');
    return decision
      ? t('ui.gallery.hint', { date: t(decision.dateLine), decision: t(decision.title) })
      : null;
  };
  const endings: GalleryEnding[] = content.story.endings.map((e) => {
    const reached = memory.endings.has(e.id);
    return {
      id: e.id,
      reached,
      historical: e.historical,
      title: reached ? t(e.title) : null,
      summary: reached ? t(e.summary) : null,
      hint: reached ? null : hint(e.id, e.historical),
    };
  });
  const reached = endings.filter((e) => e.reached).length;
  return {
    progress: galleryProgress(content, t, memory),
    reached,
    total: endings.length,
    endings,
  };
}

/** "2 of 7 endings": the gallery's label, without building the gallery. */
export function galleryProgress(content: Content, t: Translate, memory: Memory): string {
  const { endings } = content.story;
  const reached = endings.filter((e) => memory.endings.has(e.id)).length;
  return t('ui.gallery.progress', { n: reached, total: endings.length });
}
