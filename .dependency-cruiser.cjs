// The import rules that keep the layers apart (README, "Layout"): `npm run deps` checks them, and CI
// runs it. Imports point down only: routes → components → the edge (web/, api/, http/) → features
// and platform → domain.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "app/domain is plain TypeScript: no server, route or component code, no Node built-ins.",
      severity: "error",
      from: { path: "^app/domain/" },
      to: { path: "^app/(?!domain/)" },
    },
    {
      name: "domain-uses-pure-libraries",
      comment: "app/domain may use pure libraries only (zod, diff, csv-parse), never I/O or a framework.",
      severity: "error",
      from: { path: "^app/domain/" },
      to: {
        dependencyTypes: ["core", "npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"],
        pathNot: "node_modules/(zod|diff|csv-parse)/",
      },
    },
    {
      name: "features-below-the-edge",
      comment:
        "Features and platform code know nothing of HTTP: only the edge (web/, api/, http/) and routes import the edge.",
      severity: "error",
      from: { path: "^app/\\.server/(?!web/|api/|http/)" },
      to: { path: "^app/\\.server/(web|api|http)/" },
    },
    {
      name: "server-below-routes-and-components",
      comment: "Server code never imports a route; only the edge's error pages render a component.",
      severity: "error",
      from: { path: "^app/\\.server/(?!http/)" },
      to: { path: "^app/(routes|components)/" },
    },
    {
      name: "components-do-not-query",
      comment: "Components render what a loader gave them: from app/.server they import types only.",
      severity: "error",
      from: { path: "^app/components/" },
      to: { path: "^app/\\.server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-cycles",
      comment: "No import cycle, other than the schema's tables pointing at each other (lazy foreign keys).",
      severity: "error",
      from: { path: "^app/" },
      to: { circular: true, viaNot: "^app/\\.server/db/schema/" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(build|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
