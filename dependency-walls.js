// The walls between the workspace's rooms, written down once and enforced by ESLint
// (no-restricted-imports): which workspace packages each package's production code may import.
// Dependencies point one way, down this list; tests may also use the `/testing` entries.
export const ALLOWED_DEPENDENCIES = {
  'packages/colbert': [],
  'packages/db': [],
  'packages/eval': [],
  'packages/catalog': ['db'],
  'packages/search': ['colbert', 'db'],
  'packages/indexing': ['colbert', 'db', 'search'],
  'packages/platform': ['catalog', 'colbert', 'db', 'eval', 'indexing', 'search'],
  // The tRPC edge: the platform's use cases, and the lower packages' types, schemas and errors.
  'packages/api': ['platform', 'catalog', 'colbert', 'db', 'eval', 'indexing', 'search'],
  'apps/cli': ['platform', 'catalog', 'colbert', 'db', 'eval', 'indexing', 'search'],
  // The web app calls the API; its browser code reads only the browser-safe entries.
  'apps/web': ['api', 'platform', 'search/limits', 'catalog/browser', 'eval/definitions'],
};

const WORKSPACE_PACKAGES = [
  'api',
  'catalog',
  'colbert',
  'db',
  'eval',
  'indexing',
  'meilisearch-double',
  'platform',
  'search',
];

/** One ESLint config block per room: production files may import only what the room allows. */
export function dependencyWallConfigs() {
  return Object.entries(ALLOWED_DEPENDENCIES).map(([room, allowed]) => {
    const entries = new Set(allowed);
    const forbidden = WORKSPACE_PACKAGES.filter((name) => !entries.has(name));
    const subpathOnly = [...entries].filter((e) => e.includes('/'));
    return {
      files: [`${room}/src/**/*.{ts,tsx}`],
      ignores: [`${room}/src/testing/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: forbidden
                  .filter((name) => !subpathOnly.some((e) => e.startsWith(`${name}/`)))
                  .flatMap((name) => [`@shopsearch/${name}`, `@shopsearch/${name}/*`]),
                message: `${room} may import only ${allowed.join(', ') || 'no workspace package'} (dependency-walls.js).`,
              },
              ...subpathOnly.map((entry) => ({
                regex: `^@shopsearch/${entry.split('/')[0]}(?!/${entry.split('/')[1]}$)`,
                message: `${room} may import @shopsearch/${entry.split('/')[0]} only through its ${entry} entry (dependency-walls.js).`,
              })),
              {
                group: ['@shopsearch/*/testing', '@shopsearch/*/src/**', '**/packages/*/src/**'],
                message:
                  'Production code imports no test scaffolding and no other package’s files.',
              },
            ],
          },
        ],
      },
    };
  });
}
