// Debian's Chromium and the flags every script and test launches it with (see
// ../shared/reference/stack-notes.md): one list, so the bench measures the browser the tests use.

/** Debian's Chromium; CHROMIUM_PATH points everything at another one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * No sandbox (root in a container); WebGL through SwiftShader, as this machine has no GPU
 * (never `--disable-software-rasterizer`: it kills WebGL); no QUIC or background requests, so
 * the only traffic is the page's; sound may start without a gesture, so tests can hear it.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--disable-background-networking',
  '--autoplay-policy=no-user-gesture-required',
];
