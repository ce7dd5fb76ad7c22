/**
 * The branch map and the endings gallery as text: lists a screen reader can walk, with every
 * choice's state written out (never colour alone), the routes as ordered lists.
 */
import type { Translate } from '../i18n/translate.ts';
import type { GalleryView, MapDecision, MapView } from '../view/replayTypes.ts';
import { h } from './h.ts';

/** A node's name on a route list: "22 November 2015: How big a number?" or an ending's title. */
function nodeName(map: MapView, id: string): string {
  const d = map.decisions.find((x) => x.id === id);
  if (d) return `${d.dateLine}: ${d.title}`;
  return map.endings.find((e) => e.id === id)?.title ?? id;
}

function routeList(map: MapView, label: string, nodes: readonly string[]): HTMLElement {
  return h(
    'div',
    { class: 'tl-route' },
    h('p', { class: 'tl-kind' }, label),
    h('ol', {}, ...nodes.map((id) => h('li', {}, nodeName(map, id)))),
  );
}

function decisionItem(d: MapDecision, t: Translate): HTMLElement {
  const where = d.current ? t('ui.map.current') : d.reached ? t('ui.map.reached') : null;
  return h(
    'li',
    { 'data-decision': d.id },
    h('h4', {}, `${d.dateLine}: ${d.title}`),
    h('p', { class: 'tl-note' }, where ?? t('ui.map.notReached')),
    h(
      'ul',
      {},
      ...d.choices.map((c) => {
        const parts = [c.status, c.historical ? t('ui.map.historical') : null];
        if (c.leadsTo) parts.push(t('ui.map.leadsTo', { nodes: c.leadsTo.join('; ') }));
        return h(
          'li',
          { class: `tl-mark-${c.mark}` },
          h('span', {}, c.label),
          h('span', { class: 'tl-note' }, ` — ${parts.filter((p) => p !== null).join(' · ')}`),
        );
      }),
    ),
  );
}

/** The map: intro, the routes, then every decision with its choices. */
export function mapText(map: MapView, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'tl-map' },
    h('p', {}, t('ui.map.intro')),
    h('h3', {}, t('ui.map.routes')),
    routeList(map, t('ui.map.yourRoute'), map.route),
    routeList(map, t('ui.map.foundersRoute'), map.historical),
    ...map.earlierRoutes.map((r, i) => routeList(map, t('ui.map.earlierRoute', { n: i + 1 }), r)),
    h('h3', {}, t('ui.map.decisions')),
    h('ul', { class: 'tl-map-decisions' }, ...map.decisions.map((d) => decisionItem(d, t))),
  );
}

/** The gallery: progress, then each ending, reached or locked with its hint. */
export function galleryText(gallery: GalleryView, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'tl-gallery' },
    h('p', {}, gallery.progress),
    h(
      'ul',
      {},
      ...gallery.endings.map((e) =>
        h(
          'li',
          { 'data-ending': e.id, class: e.reached ? 'tl-reached' : 'tl-locked' },
          h('h4', {}, e.title ?? t('ui.gallery.locked')),
          h('p', {}, e.summary ?? e.hint ?? ''),
        ),
      ),
    ),
  );
}
