import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockMarkdown, inlineMarkdown, messageHtml, previewPage } from '../src/render/discord-preview.js';

// The preview page behind docs/screenshots (npm run screenshots). Its HTML is checked everywhere;
// rendering it needs Chromium, so that part runs only where /usr/bin/chromium (or CHROMIUM_PATH)
// exists, and is skipped on a clean machine without it (CI installs no browser).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const body = (over: Partial<Parameters<typeof messageHtml>[0]['body']> = {}) => ({
  content: '**Search** “kontainer”',
  embeds: [{ description: '> a snippet\n— Outlet', footer: { text: '1 / 2 · a.txt' } }],
  components: [{ components: [{ label: 'Next ▶' }, { label: '1 / 2', disabled: true }] }],
  flags: 0,
  ...over,
});

describe('the preview page', () => {
  it('turns Discord markdown into the components, text escaped for HTML and shown as Discord shows it', () => {
    expect(inlineMarkdown('**Bold** \\*not\\* <b> [t](<https://e.example/a>) `limit`')).toBe(
      '<discord-bold>Bold</discord-bold> *not* &lt;b&gt; <discord-link href="https://e.example/a">t</discord-link> <discord-code>limit</discord-code>',
    );
    expect(blockMarkdown('> quoted\n> more\n-# small\nplain')).toBe(
      '<discord-quote>quoted<br>more</discord-quote><discord-subscript>small</discord-subscript>plain',
    );
  });

  it('shows embeds, buttons and "only you can see this" as the message flags say', () => {
    const html = messageHtml({ command: '/search query: kontainer', user: 'riset', body: body() });
    expect(html).toContain('<discord-embed slot="embeds"');
    expect(html).toContain('<discord-button type="secondary" disabled>1 / 2</discord-button>');
    expect(html).not.toContain(' ephemeral');
    expect(messageHtml({ command: null, user: 'riset', body: body({ flags: 64 }) })).toContain(' ephemeral');
    // SUPPRESS_EMBEDS: Discord shows no embed at all
    expect(messageHtml({ command: null, user: 'riset', body: body({ flags: 4 }) })).not.toContain('<discord-embed');
  });

  it.skipIf(!existsSync(CHROMIUM))('renders in headless Chromium without a page error (skipped where Chromium is absent)', async () => {
    const { build } = await import('esbuild');
    const { createRequire } = await import('node:module');
    const bundle = await build({
      entryPoints: [createRequire(import.meta.url).resolve('@skyra/discord-components-core')],
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(
        previewPage({ title: 'test', messages: [{ command: '/search query: kontainer', user: 'riset', body: body() }] }, bundle.outputFiles[0]?.text ?? ''),
      );
      await page.waitForFunction("customElements.get('discord-embed') !== undefined");
      expect(errors).toEqual([]);
      expect(await page.evaluate("document.querySelector('discord-embed').shadowRoot !== null")).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
