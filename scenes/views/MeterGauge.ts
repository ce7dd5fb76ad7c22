/**
 * One meter drawn as an instrument: a half dial with a needle on wide screens, a level bar on
 * narrow ones. The label and the value are always written out, and the last choice's change is
 * shown as +n / −n (sign and colour, never colour alone). The needle sweeps from its last
 * position to the new value.
 */
import Phaser from 'phaser';
import type { Layout, Rect } from '../../src/ui/layout.ts';
import { DURATION, PALETTE, TRAVEL, hex } from '../../src/ui/theme.ts';
import { METER_MAX } from '../../src/story/timeline.ts';
import type { MeterView } from '../../src/view/types.ts';
import { reducedMotion } from '../shared.ts';
import { addText, fitText } from './typography.ts';

const TICKS = [0, 25, 50, 75, 100];

/** "+25", "−10" (a true minus sign), or "" when nothing moved. */
export function deltaText(delta: number): string {
  if (delta === 0) return '';
  return delta > 0 ? `+${delta}` : `\u2212${Math.abs(delta)}`;
}

export class MeterGauge extends Phaser.GameObjects.Container {
  private readonly needle: Phaser.GameObjects.Graphics;
  /** The "+20" / "−10" tag beside the value, when the meter just moved. */
  private delta: Phaser.GameObjects.Text | null = null;
  private readonly layout: Layout;
  private readonly rect: Rect;
  /** Where the level bar is drawn (bar and line styles). */
  private bar = { x: 0, y: 0, width: 0 };
  /** The last change, drawn in the bar when there was no room for it as text (line style). */
  private changeInBar = 0;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    rect: Rect,
    meter: MeterView,
    style: 'dial' | 'bar' | 'line',
    from: number,
  ) {
    super(scene, rect.x, rect.y);
    this.layout = layout;
    this.rect = rect;
    const track = scene.add.graphics();
    this.needle = scene.add.graphics();
    this.add([track, this.needle]);
    if (style === 'dial') this.dialText(meter, track);
    else if (style === 'bar') this.barText(meter, track);
    else this.lineText(meter, track);

    const draw =
      style === 'dial' ? (v: number) => this.drawDial(v) : (v: number) => this.drawBar(v);
    if (from === meter.value || reducedMotion(scene)) draw(meter.value);
    else {
      draw(from);
      scene.tweens.addCounter({
        from,
        to: meter.value,
        duration: DURATION.meterSweep,
        ease: 'Cubic.easeOut',
        onUpdate: (tween) => draw(tween.getValue() ?? meter.value),
      });
      // The change is called out as the needle arrives.
      const tag = this.delta;
      if (tag !== null) {
        const y = tag.y;
        tag.setAlpha(0).setY(y + layout.css(TRAVEL.deltaRise));
        scene.tweens.add({
          targets: tag,
          alpha: 1,
          y,
          delay: DURATION.meterSweep / 2,
          duration: DURATION.deltaIn,
          ease: 'Back.easeOut',
        });
      }
    }
  }

  private get radius(): number {
    return this.layout.hud.dialRadius;
  }

  private dialText(meter: MeterView, track: Phaser.GameObjects.Graphics): void {
    const { space, stroke, dial } = this.layout;
    const r = this.radius;
    const cx = this.rect.width / 2;
    const cy = this.layout.hud.dialTop + r;
    track
      .lineStyle(dial.track, hex(PALETTE.inkLine))
      .beginPath()
      .arc(cx, cy, r, Math.PI, 2 * Math.PI)
      .strokePath();
    track.lineStyle(stroke.thin, hex(PALETTE.textMuted));
    for (const t of TICKS) {
      const a = Math.PI + (Math.PI * t) / METER_MAX;
      const [c, s] = [Math.cos(a), Math.sin(a)];
      track.lineBetween(
        cx + c * (r + dial.tickIn),
        cy + s * (r + dial.tickIn),
        cx + c * (r + dial.tickOut),
        cy + s * (r + dial.tickOut),
      );
    }
    const y = cy + space.sm;
    const line = this.valueLine(meter, 0, y);
    line.forEach((t) => t.setX(t.x + (this.rect.width - this.lineWidth(line)) / 2));
    const label = this.label(meter, y + line[0]!.height, this.rect.width);
    label.setX(Math.round((this.rect.width - label.width) / 2)).setAlign('center');
    this.add(label);
  }

  /** The meter's name at (0, y), stepped down to stay on one line within `maxWidth`. */
  private label(meter: MeterView, y: number, maxWidth: number): Phaser.GameObjects.Text {
    return fitText(
      this.scene,
      this.layout,
      'small',
      0,
      y,
      meter.label,
      PALETTE.textMuted,
      maxWidth,
      this.layout.minLabelFont,
    );
  }

  /** Label on the first line; value, change and the level bar on the second. */
  private barText(meter: MeterView, track: Phaser.GameObjects.Graphics): void {
    const { hud, space } = this.layout;
    const label = this.label(meter, 0, this.rect.width);
    this.add(label);
    const line = this.valueLine(meter, 0, label.height + space.xxs);
    const first = line[0]!;
    this.bar = {
      x: this.lineWidth(line) + space.md,
      y: Math.round(first.y + (first.height - hud.barHeight) / 2),
      width: Math.max(space.xl, this.rect.width - this.lineWidth(line) - space.md),
    };
    track
      .fillStyle(hex(PALETTE.inkLine))
      .fillRect(this.bar.x, this.bar.y, this.bar.width, hud.barHeight);
  }

  /**
   * A phone's slim HUD: label, then value and change, on one line; a thin bar under them. Where
   * the label would not fit beside the change ("Independence 70 +20" in a third of 360 px), the
   * change is shown in the bar instead, as a segment in the up or down colour (the text layer
   * keeps the number).
   */
  private lineText(meter: MeterView, track: Phaser.GameObjects.Graphics): void {
    const { hud, space } = this.layout;
    const right = this.rect.width - space.sm;
    let line = this.valueLine(meter, 0, 0);
    const probe = addText(this.scene, this.layout, 'small', 0, 0, meter.label, PALETTE.textMuted);
    probe.setFontSize(this.layout.minLabelFont);
    const labelMin = probe.width;
    probe.destroy();
    if (line.length > 1 && labelMin > right - this.lineWidth(line) - space.sm) {
      line.slice(1).forEach((t) => t.destroy());
      line = line.slice(0, 1);
      this.delta = null;
      this.changeInBar = meter.delta;
    }
    const valueWidth = this.lineWidth(line);
    // The value line keeps to the cell's right edge; the label fits in what is left.
    line.forEach((t) => t.setX(t.x + right - valueWidth));
    const label = this.label(meter, 0, Math.max(space.xl, right - valueWidth - space.sm));
    this.add(label);
    const textH = Math.max(label.height, line[0]!.height);
    this.bar = { x: 0, y: textH + space.xxs, width: right };
    track
      .fillStyle(hex(PALETTE.inkLine))
      .fillRect(this.bar.x, this.bar.y, this.bar.width, hud.barHeight);
  }

  /** The value, then the change beside it; returns the texts, laid out from x. */
  private valueLine(meter: MeterView, x: number, y: number): Phaser.GameObjects.Text[] {
    const value = addText(
      this.scene,
      this.layout,
      'smallStrong',
      x,
      y,
      String(meter.value),
      PALETTE.text,
    );
    this.add(value);
    const change = deltaText(meter.delta);
    if (change === '') return [value];
    const colour = meter.delta > 0 ? PALETTE.up : PALETTE.down;
    const delta = addText(
      this.scene,
      this.layout,
      'smallStrong',
      x + value.width + this.layout.space.sm,
      y,
      change,
      colour,
    );
    this.add(delta);
    this.delta = delta;
    return [value, delta];
  }

  private lineWidth(line: readonly Phaser.GameObjects.Text[]): number {
    const last = line[line.length - 1]!;
    return last.x + last.width - line[0]!.x;
  }

  private drawDial(value: number): void {
    const { dial } = this.layout;
    const r = this.radius;
    const cx = this.rect.width / 2;
    const cy = this.layout.hud.dialTop + r;
    const a = Math.PI + (Math.PI * value) / METER_MAX;
    const g = this.needle.clear();
    g.lineStyle(dial.track, hex(PALETTE.brass)).beginPath().arc(cx, cy, r, Math.PI, a).strokePath();
    g.lineStyle(dial.needle, hex(PALETTE.text)).lineBetween(
      cx,
      cy,
      cx + Math.cos(a) * (r - dial.tickOut),
      cy + Math.sin(a) * (r - dial.tickOut),
    );
    g.fillStyle(hex(PALETTE.text)).fillCircle(cx, cy, dial.hub);
  }

  private drawBar(value: number): void {
    const h = this.layout.hud.barHeight;
    const { x, y, width } = this.bar;
    const g = this.needle.clear();
    g.fillStyle(hex(PALETTE.brass)).fillRect(x, y, (width * value) / METER_MAX, h);
    const change = this.changeInBar;
    if (change !== 0) {
      // Gained: the last stretch of the fill; lost: the stretch just emptied.
      const from = (width * Math.min(value, value - change)) / METER_MAX;
      const span = (width * Math.abs(change)) / METER_MAX;
      g.fillStyle(hex(change > 0 ? PALETTE.up : PALETTE.down)).fillRect(x + from, y, span, h);
    }
    g.fillStyle(hex(PALETTE.inkRaised));
    for (const t of TICKS.slice(1, -1))
      g.fillRect(x + (width * t) / METER_MAX, y, this.layout.stroke.thin, h);
  }
}
