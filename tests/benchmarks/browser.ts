// L4 of the benchmark: a page as a user's browser gets it (Debian's Chromium
// through Playwright, signed in with the session cookie): Largest Contentful
// Paint, Cumulative Layout Shift, Total Blocking Time (long tasks beyond 50 ms,
// from the first byte to the page's load, plus two seconds for hydration), and
// the JavaScript the first load downloads (bytes on the wire: next start
// serves it gzipped). Each page is loaded `runs` times in a fresh context (no
// cache); the median of each figure is kept.
import { chromium, type Browser } from "@playwright/test";

export type BrowserFigures = { lcpMs: number; cls: number; tbtMs: number; jsGzipKb: number; jsFiles: number; runs: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// Collected in the page from its first script on: the observers buffer entries
// that happened before they were made.
const observe = `
  window.__perf = { lcp: 0, cls: 0, tbt: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.lcp = e.renderTime || e.loadTime || e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.tbt += Math.max(0, e.duration - 50); })
    .observe({ type: "longtask", buffered: true });
`;

export async function measurePage(options: { base: string; path: string; cookie: string; runs: number; browser?: Browser }): Promise<BrowserFigures> {
  const browser = options.browser ?? (await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }));
  const host = new URL(options.base).hostname;
  const cookies = options.cookie.split("; ").map((pair) => {
    const i = pair.indexOf("=");
    return { name: pair.slice(0, i), value: pair.slice(i + 1), domain: host, path: "/" };
  });
  const figures: Omit<BrowserFigures, "runs">[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies(cookies);
      await context.addInitScript(observe);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const scripts = new Map<string, number>();
      const kinds = new Map<string, string>();
      cdp.on("Network.responseReceived", (e) => kinds.set(e.requestId, e.type));
      cdp.on("Network.loadingFinished", (e) => {
        if (kinds.get(e.requestId) === "Script") scripts.set(e.requestId, e.encodedDataLength);
      });
      const response = await page.goto(`${options.base}${options.path}`, { waitUntil: "load" });
      if (!response || response.status() !== 200) throw new Error(`${options.path} : ${response?.status()}`);
      await page.waitForTimeout(2_000);
      const perf = await page.evaluate(() => (window as unknown as { __perf: { lcp: number; cls: number; tbt: number } }).__perf);
      figures.push({
        lcpMs: Math.round(perf.lcp),
        cls: Math.round(perf.cls * 1000) / 1000,
        tbtMs: Math.round(perf.tbt),
        jsGzipKb: Math.round(([...scripts.values()].reduce((a, b) => a + b, 0) / 1024) * 10) / 10,
        jsFiles: scripts.size,
      });
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
  return {
    lcpMs: median(figures.map((f) => f.lcpMs)),
    cls: median(figures.map((f) => f.cls)),
    tbtMs: median(figures.map((f) => f.tbtMs)),
    jsGzipKb: median(figures.map((f) => f.jsGzipKb)),
    jsFiles: median(figures.map((f) => f.jsFiles)),
    runs: options.runs,
  };
}
