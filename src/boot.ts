/**
 * The page's entry: presenter mode (`?mode=presenter`, a teacher's projector) or the game. Each
 * is its own composition root, so presenter mode never starts Phaser, and the game never loads
 * the presenter.
 */
import { presenterRequested } from './dom/classroom/mode.ts';

if (presenterRequested(window.location.search)) void import('./presenterMain.ts');
else void import('./main.ts');
