import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ build: { outDir: '/tmp/dist-exp' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.addInitScript(() => localStorage.setItem('founders-dilemma.settings', JSON.stringify({ game: 'founders-dilemma', schema: 1, settings: { textSpeed: 'instant' } })));
await page.goto(url);
await page.waitForFunction(() => window.__fd?.screen?.() === 'title');
for (const k of (process.env.KEYS ?? 'Enter,Enter').split(',')) { await page.keyboard.press(k); await page.waitForTimeout(600); }
await page.waitForTimeout(1000);
await page.evaluate(() => { const r = window.__fd.game.renderer; const orig = r.render.bind(r); window.__rt = []; r.render = (...a) => { const t = performance.now(); orig(...a); window.__rt.push(performance.now() - t); }; const step = window.__fd.game.step.bind(window.__fd.game); window.__st = []; window.__fd.game.step = (...a) => { const t = performance.now(); step(...a); window.__st.push(performance.now() - t); }; });
const m = async () => { await page.evaluate(() => { window.__rt.length = 0; window.__st.length = 0; }); await page.waitForTimeout(2000); return page.evaluate(() => { const q = (a) => { const s = [...a].sort((x, y) => x - y); return [s[Math.floor(s.length / 2)]?.toFixed(1), s[Math.floor(s.length * 0.95)]?.toFixed(1), s.length]; }; return { render: q(window.__rt), step: q(window.__st) }; }); };
const raf = () => page.evaluate(() => new Promise((res) => { const t = []; let last = 0; const f = (now) => { if (last) t.push(now - last); last = now; if (t.length < 120) requestAnimationFrame(f); else { t.sort((a,b)=>a-b); res([t[60].toFixed(1), t[114].toFixed(1)]); } }; requestAnimationFrame(f); }));
console.log('raf', await raf(), await raf());
console.log('screen', await page.evaluate(() => window.__fd.screen()), JSON.stringify(await m()));
const each = await page.evaluate(() => { const g = window.__fd.game; const out = []; for (const s of g.scene.getScenes(true)) { const walk = (list) => { for (const o of list) { if (o.type === 'Graphics' || o.type === 'Text') out.push(o); if (o.list) walk(o.list); } }; walk(s.children.list); } window.__objs = out; return out.length; });
// time each object's own render by hiding all but measuring difference per scene
for (const key of ['title', 'story', 'hud', 'actions']) {
  for (const type of ['Graphics', 'Text']) {
    const n = await page.evaluate(([key, type]) => { const s = window.__fd.game.scene.getScene(key); if (!s.sys.settings.visible || !s.sys.isActive()) return -1; let n = 0; const walk = (list) => { for (const o of list) { if (o.type === type) { o.setVisible(false); n++; } if (o.list) walk(o.list); } }; walk(s.children.list); return n; }, [key, type]);
    if (n <= 0) continue;
    console.log(key, type, n, 'hidden', JSON.stringify(await m()));
    await page.evaluate(([key, type]) => { const s = window.__fd.game.scene.getScene(key); const walk = (list) => { for (const o of list) { if (o.type === type) o.setVisible(true); if (o.list) walk(o.list); } }; walk(s.children.list); }, [key, type]);
  }
}
await browser.close(); await server.close();
