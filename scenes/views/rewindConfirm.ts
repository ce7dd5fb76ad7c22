/**
 * "Go back to … and choose again?" with Yes and Cancel: the map and the menu ask it alike before
 * a rewind, since going back leaves the rest of the play-through (kept in the branch map). Each
 * draws it with its own rows; the words and buttons are made here, once.
 */
import type { Translate } from '../../src/i18n/translate.ts';
import type { TakenStep } from '../../src/view/replayTypes.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { Layout } from '../../src/ui/layout.ts';
import type { RowButton } from './ButtonRow.ts';
import type { Column } from './Column.ts';

export interface RewindQuestion {
  readonly question: string;
  readonly buttons: readonly RowButton[];
}

/** The question about `step`, Yes going back (`confirm`), Cancel closing it (`cancel`). */
export function rewindQuestion(
  t: Translate,
  step: TakenStep,
  confirm: () => void,
  cancel: () => void,
): RewindQuestion {
  return {
    question: t('ui.rewind.confirm', { date: step.dateLine, decision: step.title }),
    buttons: [
      { label: t('ui.rewind.yes'), variant: 'primary', onPress: confirm },
      { label: t('ui.rewind.no'), variant: 'secondary', onPress: cancel },
    ],
  };
}

/** A line of body text with an accent bar at its side (a status, or a question like the above). */
export function accentNote(col: Column, layout: Layout, text: string, accent: string): void {
  const top = col.y;
  const line = col.text('body', text, PALETTE.text, layout.smallGap, layout.indent);
  col.bar(top, line.height, layout.stroke.bar, hex(accent));
}
