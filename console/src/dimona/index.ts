/** The "dimonaPeriods" resource: the back office's list of Dimona periods. */
import EventIcon from "@mui/icons-material/Event";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./DimonaList")),
  icon: EventIcon,
};
