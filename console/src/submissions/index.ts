/** Submissions: the wizard that builds and transmits one (its own route, /wizard/*, not a resource page). */
import { lazyPage } from "../common/lazyPage";

export const WizardPage = lazyPage(() => import("./WizardPage"));
