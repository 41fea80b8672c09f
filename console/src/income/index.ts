/** The worker's own flexi income (its own route, /my-income, not a resource page). */
import { lazyPage } from "../common/lazyPage";

export const MyIncomePage = lazyPage(() => import("./MyIncomePage"));
