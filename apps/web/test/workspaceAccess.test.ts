import { describe, expect, it } from 'vitest';
import { mayWorkIn, storesWithRole } from '../src/lib/workspace/access';

describe('workspace access', () => {
  const viewer = {
    isPlatformAdmin: false,
    memberships: [
      { storeSlug: 'demo', storeName: 'Demo', role: 'merchant' },
      { storeSlug: 'zed', storeName: 'Zed shop', role: 'analyst' },
      { storeSlug: 'alpha', storeName: 'Alpha', role: 'analyst' },
    ],
  };

  it('lists the stores where the user has a role, by name', () => {
    expect(storesWithRole(viewer, 'merchant')).toEqual([{ slug: 'demo', name: 'Demo' }]);
    expect(storesWithRole(viewer, 'analyst')).toEqual([
      { slug: 'alpha', name: 'Alpha' },
      { slug: 'zed', name: 'Zed shop' },
    ]);
  });

  it('lets in the store’s members with the role, and platform administrators everywhere', () => {
    expect(mayWorkIn(viewer, 'demo', 'merchant')).toBe(true);
    expect(mayWorkIn(viewer, 'alpha', 'merchant')).toBe(false);
    expect(mayWorkIn(viewer, 'alpha', 'analyst')).toBe(true);
    expect(mayWorkIn(viewer, 'demo', 'analyst')).toBe(false);
    const admin = { ...viewer, isPlatformAdmin: true };
    expect(mayWorkIn(admin, 'alpha', 'merchant')).toBe(true);
    expect(mayWorkIn(admin, 'demo', 'analyst')).toBe(true);
  });
});
