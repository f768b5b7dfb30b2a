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

// The API's tRPC handlers are a thin edge: they validate, call one use case of the platform and map
// its errors. The database belongs to the use cases, so nothing under the routers may import the
// database package or Prisma, or reach for a `prisma` client through its services.
export const THIN_EDGE = {
  room: 'packages/api',
  files: ['packages/api/src/routers/**/*.ts'],
};

const EDGE_MESSAGE =
  "The API's handlers do not use the database: call a use case of @shopsearch/platform (dependency-walls.js, THIN_EDGE).";

/** One ESLint config block per room: production files may import only what the room allows; and
 *  a last block that keeps the API's handlers off the database. */
export function dependencyWallConfigs() {
  const walls = Object.entries(ALLOWED_DEPENDENCIES).map(([room, allowed]) => ({
    files: [`${room}/src/**/*.{ts,tsx}`],
    ignores: [`${room}/src/testing/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: wallPatterns(room, allowed) }] },
  }));
  return [
    ...walls,
    {
      files: THIN_EDGE.files,
      rules: {
        // Replaces the room's rule for these files, so it repeats the room's walls.
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...wallPatterns(THIN_EDGE.room, ALLOWED_DEPENDENCIES[THIN_EDGE.room]),
              {
                group: [
                  '@shopsearch/db',
                  '@shopsearch/db/*',
                  '@prisma/*',
                  '**/generated/prisma/**',
                ],
                message: EDGE_MESSAGE,
              },
            ],
          },
        ],
        'no-restricted-syntax': [
          'error',
          { selector: "MemberExpression[property.name='prisma']", message: EDGE_MESSAGE },
          { selector: "MemberExpression[property.value='prisma']", message: EDGE_MESSAGE },
          { selector: "Property[key.name='prisma']", message: EDGE_MESSAGE },
        ],
      },
    },
  ];
}

/** no-restricted-imports patterns for a room: the packages it may not import, entries it may
 *  import only through a subpath, and anyone's test scaffolding or source files. */
function wallPatterns(room, allowed) {
  const entries = new Set(allowed);
  const forbidden = WORKSPACE_PACKAGES.filter((name) => !entries.has(name));
  const subpathOnly = [...entries].filter((e) => e.includes('/'));
  return [
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
      message: 'Production code imports no test scaffolding and no other package’s files.',
    },
  ];
}
