import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, FIREFOX_MIN_VERSION, GECKO_ID } from '../../vite.config';

const root = join(__dirname, '../..');
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const manifest = json('manifest.json');

describe('what the stores receive', () => {
  it('asks for no host access and only the storage permission', () => {
    expect(manifest['manifest_version']).toBe(3);
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['permissions']).toEqual(['storage']);
  });

  it('carries icons 16 to 128 that exist in public/', () => {
    const icons = manifest['icons'] as Record<string, string>;
    expect(Object.keys(icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    for (const file of Object.values(icons)) expect(existsSync(join(root, 'public', file)), file).toBe(true);
  });

  it('gives Firefox a gecko id and a minimum version, its background as a script, and keeps everything else', () => {
    const firefox = firefoxManifest(manifest);
    const { background, ...rest } = manifest as { background: { service_worker: string; type: string } };
    expect(firefox).toMatchObject({ ...rest, browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION } } });
    expect(firefox['background']).toEqual({ scripts: [background.service_worker], type: background.type });
  });

  it('describes the extension within the Chrome Web Store limit, in both languages', () => {
    for (const lang of ['en', 'zh_CN']) {
      const messages = json(`public/_locales/${lang}/messages.json`) as Record<string, { message: string }>;
      expect(messages['extDescription']!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('lists store screenshots that exist', () => {
    const listing = json('data/store/listing.json') as { screenshots: string[] };
    for (const file of listing.screenshots) expect(existsSync(join(root, file)), file).toBe(true);
  });
});
