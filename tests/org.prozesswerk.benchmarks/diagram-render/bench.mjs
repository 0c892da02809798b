// Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
// Usage: node bench.mjs <page dir with bench.html> [runs]. Prints one JSON line per run.
import puppeteer from 'puppeteer-core';
const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu'], defaultViewport: { width: 1600, height: 1000 } });
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage();
  page.on('pageerror', e => console.error('page error:', e.message));
  await page.goto(`file://${dir}/bench.html`);
  await page.waitForFunction(() => document.title.startsWith('BENCH '), { timeout: 120000 });
  const title = await page.title();
  const counted = await page.evaluate(() => document.querySelectorAll('.pw-unit').length);
  if (process.env.BENCH_DEBUG) console.log(await page.evaluate(() => 'HTML ' + document.documentElement.outerHTML.length + ' ' + document.body.innerHTML.replace(/\s+/g, ' ').slice(0, 1500)));
  console.log(JSON.stringify({ run: i + 1, ...JSON.parse(title.substring(6)), unitsInDom: counted }));
  await page.close();
}
await browser.close();
