/** The default store, seeded with the first Icecat archive (5,000 products, US dollars). */
export const DEMO_STORE = { slug: 'demo', name: 'Demo electronics', currency: 'USD' };

/** A second store with a few products in euros, served under /s/<slug>. */
export const SMALL_STORE = { slug: 'corner-shop', name: 'Corner shop', currency: 'EUR' };
