// The web app's words: every key has an English and a Chinese text with the same
// placeholders, and every key the pages use exists (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '../../client/web/js');
const { DICTIONARIES, t, setLang } = await import(join(web, 'i18n.js'));

test('English and Chinese have the same keys and placeholders', () => {
  const { en, zh } = DICTIONARIES;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of Object.keys(en)) assert.deepEqual(holes(zh[k]), holes(en[k]), k);
});

test('every key the pages use is defined', () => {
  const files = ['app.js', ...readdirSync(join(web, 'pages')).map((f) => `pages/${f}`)];
  for (const f of files) {
    const src = readFileSync(join(web, f), 'utf8');
    for (const m of src.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) {
      assert.ok(m[1] in DICTIONARIES.en, `${f} uses ${m[1]}`);
    }
  }
});

test('placeholders are filled', () => {
  setLang('zh');
  assert.equal(t('plan_title', { id: 7 }), '计划 #7');
  setLang('en');
  assert.equal(t('plan_title', { id: 7 }), 'Plan #7');
  assert.equal(t('no such key'), 'no such key');
});
