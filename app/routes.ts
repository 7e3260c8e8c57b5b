import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfig } from "@remix-run/route-config";
import remixConfig from "../remix.config.js";

// Routes come from app/routes/ (flat-routes convention); which files to skip is set in remix.config.js.
export default flatRoutes({ ignoredRouteFiles: remixConfig.ignoredRouteFiles }) satisfies RouteConfig;
