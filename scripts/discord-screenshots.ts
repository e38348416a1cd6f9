import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeCommand } from '../src/app/execute-command.js';
import { defaultDataDir } from '../src/app/paths.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { createInteractionResponder, type InteractionResponder, type Outcome, type Plan } from '../src/interactions/interaction-responder.js';
import type { ReplyBody } from '../src/interactions/reply-body.js';
import { createLogger } from '../src/logger.js';
import { type PreviewMessage, type PreviewScene, previewPage } from '../src/render/discord-preview.js';

/**
 * `npm run screenshots`: every kind of reply, rendered the way Discord shows it, as PNG files in
 * docs/screenshots/. Offline: the bundled corpus, the same responder as
 * the gateway and the HTTP endpoint, `@skyra/discord-components-core` bundled into the page, and
 * Debian's Chromium (`apt-get install chromium`; another one with CHROMIUM_PATH). Not part of
 * `npm test`.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'screenshots');
const USER = '123456789012345678';
const OTHER = '876543210987654321';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function run(plan: Plan): Outcome {
  if (plan.kind === 'reject') return { body: plan.body, ephemeral: true, error: true };
  try {
    return plan.run();
  } finally {
    plan.release();
  }
}

/** The scenes: each command, a page turn, Context, reading on, errors; in English and Indonesian. */
function scenes(responder: InteractionResponder, index: CorpusIndex): PreviewScene[] {
  const ask = (name: string, options: Record<string, string | number>, locale: 'en' | 'id', userId = USER) =>
    run(responder.prepareCommand({ name, options, userId, locale })).body;
  const press = (body: ReplyBody, label: string | RegExp, locale: 'en' | 'id', userId = USER) => {
    const button = body.components.flatMap((r) => r.components).find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label ?? '')));
    if (!button) throw new Error(`no button ${String(label)}`);
    return run(responder.prepareComponent({ customId: button.custom_id, userId, locale, message: body })).body;
  };
  const shown = (command: string | null, body: ReplyBody, user = 'riset', edited = false): PreviewMessage => ({ command, user, body, edited });

  const search = ask('search', { query: 'amunisi' }, 'en');
  const page2 = press(search, 'Next ▶', 'en');
  const context = press(search, 'Context 1', 'en', OTHER);
  const whoSaid = ask('who-said', { topic: 'kontainer', speaker: 'Kirby' }, 'id');
  const whoContext = press(whoSaid, 'Konteks 1', 'id');
  const timeline = ask('timeline', { from: '2023-10-01', to: '2023-10-31' }, 'en');
  const denials = ask('denials', { party: 'Rusia' }, 'id');
  const sources = ask('sources', {}, 'en');
  // the article Konteks showed, read from its start
  const cited = executeCommand('who-said', { topic: 'kontainer', speaker: 'Kirby' }, { index, locale: 'id' }).results[0];
  const article = cited && 'citation' in cited ? cited.citation.article : '';
  const read = ask('read', { article }, 'id');
  const readOn = read.components.length ? press(read, /Berikutnya/u, 'id') : read;
  const help = ask('help', {}, 'id');
  return [
    { title: '/search (English): one embed per result, paging and Context buttons', messages: [shown('/search query: amunisi', search)] },
    { title: 'Next: the same message, page 2', messages: [shown('/search query: amunisi', page2, 'riset', true)] },
    { title: 'Context 1, pressed by another user: only they see it', messages: [shown(null, context)] },
    { title: '/who-said (Indonesian client)', messages: [shown('/siapa-bilang topik: kontainer pembicara: Kirby', whoSaid)] },
    { title: 'Konteks (Indonesian): the cited paragraph among its neighbours', messages: [shown(null, whoContext)] },
    { title: '/timeline (English)', messages: [shown('/timeline from: 2023-10-01 to: 2023-10-31', timeline)] },
    { title: '/denials (Indonesian client)', messages: [shown('/bantahan pihak: Rusia', denials)] },
    { title: '/sources (English)', messages: [shown('/sources', sources)] },
    {
      title: '/read (Indonesian client), and reading on',
      messages: [shown(`/baca artikel: ${article}`, read), shown(`/baca artikel: ${article}`, readOn, 'riset', true)],
    },
    { title: '/help (Indonesian client)', messages: [shown('/bantuan', help)] },
    {
      title: 'Errors: only the user sees them, in their language',
      messages: [
        shown('/timeline from: 2023-10-31 to: 2023-10-01', ask('timeline', { from: '2023-10-31', to: '2023-10-01' }, 'en')),
        shown('/cari kueri: (201 characters)', ask('search', { query: 'x'.repeat(201) }, 'id')),
        shown(null, press(search, 'Next ▶', 'en', OTHER)),
      ],
    },
  ];
}

/** The web components as one script for the page (esbuild bundles them from node_modules: no network). */
async function componentsScript(): Promise<string> {
  const require = createRequire(import.meta.url);
  const { build } = (await import('esbuild')) as typeof import('esbuild');
  const entry = require.resolve('@skyra/discord-components-core');
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'silent' });
  return result.outputFiles[0]?.text ?? '';
}

async function main(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    process.stderr.write(`screenshots: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
    process.exit(2);
  }
  const { index } = openCorpusIndex(defaultDataDir, { write: false });
  const logger = createLogger('error');
  const responder = createInteractionResponder({
    index,
    logger,
    buttonSecret: 'screenshots-only-secret-0123456789abcdef',
    cooldown: { max: 1000, windowMs: 1000 },
  });
  const all = scenes(responder, index);
  // A scene meant to show an answer must not show an error instead.
  for (const scene of all.slice(0, -1))
    for (const m of scene.messages)
      if (m.body.flags & 64 && !scene.title.startsWith('Context') && !scene.title.startsWith('Konteks'))
        throw new Error(`scene "${scene.title}" shows an error: ${m.body.content}`);
  const script = await componentsScript();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const problems: string[] = [];
    mkdirSync(OUT, { recursive: true });
    for (const [i, scene] of all.entries()) {
      const name = `${String(i + 1).padStart(2, '0')}-${slug(scene.title)}`;
      const html = previewPage(scene, script);
      // A fresh page each time: the components define their elements once per window.
      const page = await browser.newPage({ viewport: { width: 860, height: 400 }, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
      // Nothing may leave the machine: every request but the page itself is refused.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      // Strings run in the page (this file is type-checked without the DOM's types).
      await page.waitForFunction("customElements.get('discord-message') !== undefined");
      await page.evaluate('document.fonts.ready');
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      await page.close();
      process.stdout.write(`${join('docs', 'screenshots', `${name}.png`)}\n`);
    }
    if (problems.length) throw new Error(`the page reported errors: ${problems.join('; ')}`);
  } finally {
    await browser.close();
  }
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/\(.*?\)/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 40)
    .replace(/-$/u, '');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
