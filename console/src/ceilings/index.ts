/** The "ceilings" resource: the annual flexi-income ceilings, kept by the back office. */
import SpeedIcon from "@mui/icons-material/Speed";
import { lazyPage } from "../common/lazyPage";

export default {
  list: lazyPage(() => import("./CeilingList")),
  icon: SpeedIcon,
  recordRepresentation: (ceiling: { year: number }) => String(ceiling.year),
};
