/** The "employers" resource: the back office's list and an employer's page. */
import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./EmployerList")),
  show: lazyPage(() => import("./EmployerShow")),
  icon: AccountBalanceIcon,
  recordRepresentation: "name",
};
