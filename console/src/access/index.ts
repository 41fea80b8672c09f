/** The "access" resource: the access administrator's page of an employer's users and rights. */
import AdminPanelSettingsIcon from "@mui/icons-material/AdminPanelSettings";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./AccessPage")),
  icon: AdminPanelSettingsIcon,
};
