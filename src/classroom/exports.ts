/**
 * The debrief as files a teacher can keep: CSV (RFC 4180, UTF-8 with a byte-order mark so
 * Excel reads Japanese correctly) and versioned JSON. Pure: text in, text out.
 */
import type { Translate } from '../i18n/translate.ts';
import type { Debrief } from './debrief.ts';

export const DEBRIEF_FORMAT = 'founders-dilemma.classroom-debrief';
export const DEBRIEF_VERSION = 1;
const BOM = '\uFEFF';

/**
 * One CSV field: quoted when it holds a quote, a comma or a line break (quotes doubled), and
 * kept from being read as a formula by a spreadsheet (a leading =, +, - or @ gets an apostrophe).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The debrief as CSV: one row per decision, then one for the ending; CRLF line ends. */
export function debriefCsv(debrief: Debrief, t: Translate): string {
  const p = (line: string) => t(`ui.presenter.${line}`);
  const yesNo = (b: boolean) => p(b ? 'csv.yes' : 'csv.no');
  const meta = [debrief.lessonLabel, debrief.date, debrief.locale];
  const header = [
    p('csv.order'),
    p('csv.kind'),
    p('csv.id'),
    p('debrief.decision'),
    p('csv.date'),
    p('debrief.tally'),
    p('csv.total'),
    p('debrief.class'),
    p('debrief.how'),
    p('debrief.founders'),
    p('debrief.same'),
    p('csv.outcomeKind'),
    p('debrief.outcome'),
    p('csv.lesson'),
    p('csv.lessonDate'),
    p('csv.locale'),
  ];
  const rows = debrief.rows.map((r, i) => [
    i + 1,
    p('csv.kindDecision'),
    r.decision,
    r.title,
    r.date,
    r.tally,
    r.totalHands ?? '',
    r.classChoice.label,
    r.decidedByLabel,
    r.founders?.label ?? p('debrief.notFaced'),
    yesNo(r.sameAsFounders),
    r.outcome.label,
    r.outcome.text,
    ...meta,
  ]);
  const { ending } = debrief;
  const endingRow = [
    debrief.rows.length + 1,
    p('csv.kindEnding'),
    ending.id,
    ending.title,
    '',
    '',
    '',
    '',
    '',
    '',
    yesNo(ending.historical),
    '',
    '',
    ...meta,
  ];
  const lines = [header, ...rows, endingRow].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The debrief as JSON, versioned; ids beside the words, so it can be read by a program. */
export function debriefJson(debrief: Debrief): string {
  return `${JSON.stringify(
    {
      format: DEBRIEF_FORMAT,
      version: DEBRIEF_VERSION,
      lesson: debrief.lesson,
      date: debrief.date,
      locale: debrief.locale,
      ending: debrief.ending,
      decisions: debrief.rows.map((r) => ({
        decision: r.decision,
        title: r.title,
        date: r.date,
        options: r.options.map((o) => ({ choice: o.id, label: o.label, hands: o.hands })),
        totalHands: r.totalHands,
        classChoice: { choice: r.classChoice.id, label: r.classChoice.label },
        decidedBy: r.decidedBy,
        foundersChoice:
          r.founders === null ? null : { choice: r.founders.id, label: r.founders.label },
        sameAsFounders: r.sameAsFounders,
        outcome: { kind: r.outcome.kind, text: r.outcome.text },
      })),
    },
    null,
    2,
  )}\n`;
}

/** "founders-dilemma-debrief-2026-11-26.csv". */
export function debriefFileName(debrief: Debrief, extension: 'csv' | 'json'): string {
  return `founders-dilemma-debrief-${debrief.date}.${extension}`;
}
