import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedExternal, isAppUrl, resolveAppPath } from '../../electron/main/url-policy';

const root = '/opt/spf/dist/renderer';

describe('the app:// protocol', () => {
  it('serves files inside the renderer folder, index.html for the root', () => {
    expect(resolveAppPath(root, 'app://spf/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://spf/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://spf/assets/index-abc.js')).toBe(
      join(root, 'assets/index-abc.js'),
    );
  });

  it('never reaches outside it: dot segments are folded in, encoded ones refused', () => {
    // The URL parser folds "/../" away, so this asks for <root>/etc/passwd, which does not exist.
    expect(resolveAppPath(root, 'app://spf/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    // Encoded dots survive parsing and would climb out after decoding: refused.
    expect(resolveAppPath(root, 'app://spf/assets/..%2f..%2f..%2fsecret')).toBeNull();
    expect(resolveAppPath(root, 'app://spf/%2e%2e%2f%2e%2e%2fetc/passwd')).toBeNull();
  });

  it('refuses other hosts and other schemes', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('links', () => {
  it('opens only https links to allowed hosts, in the system browser', () => {
    expect(isAllowedExternal('https://www.ilo.org/topics/social-protection')).toBe(true);
    expect(isAllowedExternal('http://www.ilo.org/')).toBe(false);
    expect(isAllowedExternal('https://evil.example.org/')).toBe(false);
    expect(isAllowedExternal('https://www.ilo.org.evil.example/')).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
  });

  it('treats only app://spf pages as the app itself', () => {
    expect(isAppUrl('app://spf/index.html')).toBe(true);
    expect(isAppUrl('https://spf/index.html')).toBe(false);
    expect(isAppUrl('app://spfx/index.html')).toBe(false);
  });
});
