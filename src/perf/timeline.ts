/**
 * How many page transitions' User Timing marks the game keeps. Chromium keeps every mark until
 * the page clears it (User Timing has no buffer limit, unlike resource or event timing), and the
 * game marks each page transition twice (scenes/views/transition.ts): 20–27 transitions a
 * play-through, ≈220 bytes a mark (≈145 in Blink's heap, ≈75 in the JS heap; measured), for as
 * long as a classroom leaves the tab open. When this many transitions are marked, the older ones
 * are cleared in one go; the frame benchmark (one play-through from a fresh page) still finds all
 * of its own.
 */
export const TRANSITIONS_KEPT = 100;
