/**
 * The 2015→2019 rail: one segment per year, the time already played in brass, and a marker
 * with the current date above it.
 */
import Phaser from 'phaser';
import type { GameSession } from '../../src/session/GameSession.ts';
import { railFraction, type Layout } from '../../src/ui/layout.ts';
import { PALETTE, RAIL_YEARS, hex } from '../../src/ui/theme.ts';
import { addText } from './typography.ts';

export interface RailPosition {
  /** 0 to 1 along the rail, or null for a bare rail (the title screen). */
  readonly fraction: number | null;
  /** The date shown over the marker. */
  readonly label: string;
  /** Where the story's decisions fall (0 to 1), drawn as stops along the rail. */
  readonly stops: readonly number[];
}

/** Where the story's decisions fall on the rail (content, not state: the same every game). */
export function railStops(session: GameSession): number[] {
  return session.content.story.decisions.map((d) =>
    railFraction(d.date, RAIL_YEARS.first, RAIL_YEARS.end),
  );
}

export class TimelineRail extends Phaser.GameObjects.Container {
  readonly boxHeight: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    height: number | null,
    at: RailPosition,
    /** False on a phone's slim HUD: the rail and the date over its marker, no year labels. */
    years = true,
  ) {
    super(scene, x, y);
    const { space, rail } = layout;
    const span = RAIL_YEARS.end - RAIL_YEARS.first;
    const segment = width / span;
    const probe = addText(scene, layout, 'tag', 0, 0, String(RAIL_YEARS.first), PALETTE.textMuted);
    const yearH = probe.height;
    // Where four digits do not fit a year's segment (a phone at a large text size): ’16.
    const short = probe.width > segment - space.sm;
    probe.destroy();
    const dateH = at.fraction === null ? 0 : Math.ceil(layout.font.small * 1.3) + space.sm;
    const natural = dateH + rail.marker + (years ? space.lg + yearH : rail.marker);
    this.boxHeight = height ?? natural;
    const top = Math.round((this.boxHeight - natural) / 2);
    const lineY = top + dateH + rail.marker;

    const g = scene.add.graphics();
    g.lineStyle(rail.line, hex(PALETTE.inkLine)).lineBetween(0, lineY, width, lineY);
    for (let i = 0; i <= span; i++)
      g.lineBetween(i * segment, lineY - rail.tick, i * segment, lineY + rail.tick);
    this.add(g);
    for (let i = 0; years && i < span; i++) {
      const label = addText(
        scene,
        layout,
        'tag',
        0,
        lineY + rail.marker + space.xxs,
        short ? `’${String(RAIL_YEARS.first + i).slice(2)}` : String(RAIL_YEARS.first + i),
        PALETTE.textMuted,
      );
      label.setX(Math.round(i * segment + (segment - label.width) / 2));
      this.add(label);
    }
    const reached = at.fraction ?? -1;
    const mx = Math.max(0, reached) * width;
    if (at.fraction !== null)
      g.lineStyle(rail.progress, hex(PALETTE.brass)).lineBetween(0, lineY, mx, lineY);
    for (const stop of at.stops) {
      g.fillStyle(hex(stop <= reached ? PALETTE.brass : PALETTE.textMuted)).fillCircle(
        stop * width,
        lineY,
        rail.stop,
      );
    }
    if (at.fraction === null) return;

    g.fillStyle(hex(PALETTE.brass)).fillCircle(mx, lineY, rail.marker);
    g.fillStyle(hex(PALETTE.ink)).fillCircle(mx, lineY, rail.hole);
    const date = addText(scene, layout, 'smallStrong', 0, top, at.label, PALETTE.brass);
    date.setX(Math.round(Math.min(width - date.width, Math.max(0, mx - date.width / 2))));
    this.add(date);
  }
}
