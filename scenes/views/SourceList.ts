/** Every source as a link on one paper sheet, each with how far to trust it. */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { SourceView } from '../../src/view/types.ts';
import { Button } from './Button.ts';
import { addText } from './typography.ts';

export class SourceList extends Phaser.GameObjects.Container {
  readonly boxHeight: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    sources: readonly SourceView[],
    options: { readonly openLink: (url: string) => void; readonly allowPress: () => boolean },
  ) {
    super(scene, x, y);
    const { card, space, stroke } = layout;
    const inner = width - 2 * card.pad;
    const bg = scene.add.graphics();
    const rules = scene.add.graphics().fillStyle(hex(PALETTE.paperEdge));
    this.add([bg, rules]);
    let cy = card.pad;
    sources.forEach((s, i) => {
      if (i > 0) {
        rules.fillRect(card.pad, cy + space.sm, inner, stroke.hair);
        cy += space.lg;
      }
      const link = new Button(scene, layout, card.pad, cy, {
        label: `↗ ${s.citation.map((r) => r.text).join('')}`,
        width: inner,
        variant: 'link',
        hug: true,
        onPress: () => options.openLink(s.url),
        allowPress: options.allowPress,
      });
      this.add(link);
      cy += link.boxHeight;
      const note = addText(
        scene,
        layout,
        'small',
        card.pad,
        cy,
        s.reliability,
        PALETTE.paperMuted,
        inner,
      );
      this.add(note);
      cy += note.height;
    });
    this.boxHeight = cy + card.pad;
    bg.fillStyle(hex(PALETTE.paper)).fillRoundedRect(0, 0, width, this.boxHeight, card.radius);
  }
}
