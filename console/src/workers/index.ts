/** The "workers" resource: the back office's list, and one worker's page (by the viewer's role). */
import BadgeIcon from "@mui/icons-material/Badge";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./WorkerList")),
  show: lazyPage(() => import("./WorkerShow")),
  icon: BadgeIcon,
  recordRepresentation: (worker: { firstName: string; lastName: string }) => `${worker.lastName} ${worker.firstName}`,
};
