/** The dependency rule of DESIGN.md, enforced on every `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain imports nothing from the repo and no I/O, UI or platform SDK',
      severity: 'error',
      from: { path: '^domain/', pathNot: '\\.test\\.tsx?$' },
      to: {
        pathNot: ['^domain/', 'node_modules/(zod|fastest-levenshtein|talisman)/'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^domain/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'azure-only-in-functions',
      severity: 'error',
      from: { pathNot: '^(functions|scripts|test)/' },
      to: { path: 'node_modules/@azure/(functions|data-tables|identity)' },
    },
    {
      name: 'office-only-in-addin-office',
      severity: 'error',
      from: { pathNot: '^addin/src/office/|^addin/preview/|\\.test\\.tsx?$' },
      to: { path: 'node_modules/(@microsoft/office-js|office-addin-mock)' },
    },
    {
      name: 'teams-sdks-only-in-teams-app',
      severity: 'error',
      from: { pathNot: '^teams-app/' },
      to: { path: 'node_modules/@microsoft/(teams-js|teams\\.)' },
    },
    {
      name: 'addin-is-a-door',
      comment: 'functions, addin and teams-app meet only through domain',
      severity: 'error',
      from: { path: '^addin/' },
      to: { path: '^(functions|teams-app)/' },
    },
    {
      name: 'teams-app-is-a-door',
      severity: 'error',
      from: { path: '^teams-app/' },
      to: { path: '^(functions|addin)/' },
    },
    {
      name: 'functions-is-a-door',
      comment: 'the bot endpoint hosting teams-app/bot is the one named exception',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^(addin|teams-app)/', pathNot: '^teams-app/bot/' },
    },
    {
      name: 'ui-only-domain-and-react',
      severity: 'error',
      from: { path: '^ui/' },
      to: { path: '^(functions|addin|teams-app)/' },
    },
    {
      name: 'no-reaching-into-another-package-src',
      comment: 'a package is used through its entry points (package.json exports: @relais/ui/api, @relais/domain/browser…), never by a path into its src/',
      severity: 'error',
      from: { path: '^(domain|ui|functions|addin|teams-app)/' },
      to: { path: '^(domain|ui|functions|addin)/src/', pathNot: '^$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'production-never-imports-tests',
      severity: 'error',
      from: { pathNot: '^test/|\\.test\\.tsx?$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
