/**
 * The options of a setting as a row of buttons (see ButtonRow): the chosen one is filled and
 * ticked, so the choice never rests on colour alone.
 */
import type { RowButton } from './ButtonRow.ts';

export interface RowItem {
  readonly label: string;
  readonly onPress: () => void;
  /** An option that is the current choice. */
  readonly chosen?: boolean;
}

/** The tick in front of a chosen option's label. */
export const CHOSEN_MARK = '✓ ';

export function optionButtons(items: readonly RowItem[]): RowButton[] {
  return items.map((item) => ({
    label: item.chosen === true ? `${CHOSEN_MARK}${item.label}` : item.label,
    variant: item.chosen === true ? 'primary' : 'secondary',
    onPress: item.onPress,
  }));
}
