/** The "ebox" resource: an employer's e-Box (its messages, read ones below the unread). */
import MailIcon from "@mui/icons-material/Mail";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./EboxList")),
  icon: MailIcon,
};
