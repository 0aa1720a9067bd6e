import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api, describeIssues, methods } from '../../src-shared/api';
import { appVersion } from '../../src-main/core/version';
import { access } from '../../src-main/core/auth/permissions';
import { generateRecoveryPassphrase } from '../../src-main/core/store/keyvault';

describe('API contract', () => {
  it('names every method module.verb and gives each a permission rule', () => {
    for (const m of methods) {
      expect(m).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
      expect(access[m]).toBeDefined();
    }
  });

  it('describes bad input in Russian, naming the field', () => {
    const parsed = api['settings.update'].input.safeParse({ sessionIdleMinutes: 1 });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error).message).toBe('«Время бездействия до выхода (мин)»: число от 5 до 480');
  });

  it('keeps the core version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(appVersion).toBe(pkg.version);
  });
});

describe('recovery passphrase', () => {
  it('is six groups of five unambiguous characters, different each time', () => {
    const a = generateRecoveryPassphrase();
    expect(a).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(generateRecoveryPassphrase()).not.toBe(a);
  });
});
