/**
 * Fitting a presenter page to the projected screen: a page the class has to scroll is a page it
 * cannot read. First the type steps down within the presenter scale (never under its floor,
 * src/ui/presenterType.ts); what still does not fit is split into parts the teacher steps
 * through with the same Next / Back keys. The split is layout, like a scroll position, so it
 * lives here and not in the lesson's machine: a resize or a reload lays the page out again.
 */
import { presenterFloor, presenterTypeVars } from '../../ui/presenterType.ts';

/** What the fitting needs from the presenter screen. */
export interface FitTarget {
  /** The scrolling box whose overflow is measured (`#presenter`). */
  readonly box: HTMLElement;
  /** The page element the parts are put into. */
  readonly page: HTMLElement;
  /** Shown on every part: the kicker, heading and progress line. */
  readonly head: readonly HTMLElement[];
  /** The page's content in reading order, the pieces a split may fall between. */
  readonly body: readonly HTMLElement[];
  /** False for forms (the vote, the set-up): their type may step down, but they are never split. */
  readonly splittable: boolean;
}

export interface Fit {
  /** The base type size chosen, in CSS px. */
  readonly base: number;
  /** The parts' content; one part when the page fits whole. */
  readonly parts: readonly (readonly HTMLElement[])[];
}

/** Elements that introduce what follows them and are never left at the foot of a part. */
const KEEP_WITH_NEXT = 'h2, .pr-progress, .tl-kind, .tl-qlabel';
/** A block's label ("On the record", "Imagined"), repeated on each piece so fact and fiction stay told apart. */
const LABEL = '.tl-kind';

function setBase(box: HTMLElement, base: number): void {
  for (const [name, value] of Object.entries(presenterTypeVars(base)))
    box.style.setProperty(name, value);
}

/** Back to the screen's own type scale (set on the document by start.ts). */
export function resetBase(box: HTMLElement): void {
  for (const name of Object.keys(presenterTypeVars(0))) box.style.removeProperty(name);
}

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight;
}

/** Lays the page out with the given content under its head. */
export function show(target: FitTarget, content: readonly HTMLElement[]): void {
  target.page.replaceChildren(...target.head, ...content);
}

/** Groups elements so that an introducing element stays with the one after it. */
function groups(elements: readonly HTMLElement[]): HTMLElement[][] {
  const out: HTMLElement[][] = [];
  let pending: HTMLElement[] = [];
  for (const el of elements) {
    pending.push(el);
    if (!el.matches(KEEP_WITH_NEXT)) {
      out.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) out.push(pending);
  return out;
}

/** The element a piece was cut from, and the copy of its label it carries (if any). */
const cutFrom = new WeakMap<HTMLElement, { origin: HTMLElement; label: HTMLElement | null }>();

/**
 * An element too tall for one part, as pieces: shallow copies of it holding its children a
 * group at a time, each led by a copy of its label. Null when it cannot be cut further.
 */
function pieces(el: HTMLElement): HTMLElement[] | null {
  const children = [...el.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  const label = children[0]?.matches(LABEL) ? children[0] : null;
  let rest = groups(label === null ? children : children.slice(1));
  // One child only (a quote under the block's label): cut that child instead, inside copies of this.
  const only = rest.length === 1 && rest[0]?.length === 1 ? rest[0][0] : undefined;
  const inner = only === undefined ? null : pieces(only);
  if (inner !== null) rest = inner.map((piece) => [piece]);
  if (rest.length < 2) return null;
  const origin = cutFrom.get(el)?.origin ?? el;
  return rest.map((group, i) => {
    const piece = el.cloneNode(false) as HTMLElement;
    piece.removeAttribute('id');
    const copy = label === null || i === 0 ? null : (label.cloneNode(true) as HTMLElement);
    piece.append(...(i === 0 && label !== null ? [label] : []), ...(copy ? [copy] : []), ...group);
    cutFrom.set(piece, { origin, label: copy });
    return piece;
  });
}

/** Pieces of one element that ended up on the same part, joined again (one label, one box). */
function joined(part: readonly HTMLElement[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of part) {
    const prev = out.at(-1);
    const cut = cutFrom.get(el);
    if (prev !== undefined && cut !== undefined && cutFrom.get(prev)?.origin === cut.origin) {
      cut.label?.remove();
      prev.append(...el.childNodes);
      // Pieces of a quote inside the two halves are now side by side: join those too.
      prev.replaceChildren(...joined([...prev.children] as HTMLElement[]));
    } else out.push(el);
  }
  return out;
}

/** A deep copy that knows what it was cut from, as the original does (for a trial layout). */
function copyOf(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement;
  const from = [el, ...el.querySelectorAll<HTMLElement>('*')];
  const to = [copy, ...copy.querySelectorAll<HTMLElement>('*')];
  from.forEach((original, i) => {
    const cut = cutFrom.get(original);
    const twin = to[i];
    if (cut === undefined || twin === undefined) return;
    const label = cut.label === null ? null : (to[from.indexOf(cut.label)] ?? null);
    cutFrom.set(twin, { origin: cut.origin, label });
  });
  return copy;
}

/**
 * Packs the body into parts at the current type size, cutting what is too tall for one. Cutting
 * moves children, so trial runs work on copies (`copies`); the final run on the page's own
 * elements, whose buttons keep their handlers.
 */
function split(target: FitTarget, copies: boolean): { parts: HTMLElement[][]; fits: boolean } {
  const body = copies ? target.body.map((el) => el.cloneNode(true) as HTMLElement) : target.body;
  const queue = groups(body);
  const parts: HTMLElement[][] = [];
  let current: HTMLElement[] = [];
  let fits = true;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    // Tried as it will be shown: pieces of one block that meet are joined into one box.
    show(target, joined([...current, ...next].map(copyOf)));
    if (!overflows(target.box)) {
      current.push(...next);
      continue;
    }
    // A block too long for what is left: its first pieces fill this part, the rest go on.
    const one = next.length === 1 && next[0] !== undefined ? pieces(next[0]) : null;
    if (one !== null) {
      queue.unshift(...one.map((el) => [el]));
      continue;
    }
    if (current.length > 0) {
      parts.push(current);
      current = [];
      queue.unshift(next);
      continue;
    }
    // A heading and what it introduces, too tall together for a part of their own: apart.
    if (next.length > 1) queue.unshift(...next.map((el) => [el]));
    else {
      parts.push(next);
      fits = false;
    }
  }
  if (current.length > 0) parts.push(current);
  return { parts: parts.map(joined), fits };
}

/**
 * Lays out the page at the largest type that fits it whole; failing that, in the fewest parts,
 * at the largest type that needs no more parts than the floor does. Leaves the page showing
 * its first part and the chosen size set on the box.
 */
export function fitPage(target: FitTarget, naturalBase: number): Fit {
  const floor = presenterFloor(naturalBase);
  const whole = [...target.body];
  for (let base = naturalBase; base >= floor; base--) {
    setBase(target.box, base);
    show(target, whole);
    if (!overflows(target.box)) return { base, parts: [whole] };
  }
  if (!target.splittable) return { base: floor, parts: [whole] };
  const fewest = split(target, true).parts.length;
  let base = naturalBase;
  for (; base > floor; base--) {
    setBase(target.box, base);
    const trial = split(target, true);
    if (trial.fits && trial.parts.length <= fewest) break;
  }
  setBase(target.box, base);
  const { parts } = split(target, false);
  show(target, parts[0] ?? []);
  return { base, parts };
}
