/** The "declarations" resource: the back office's review queue and a declaration's page. */
import FactCheckIcon from "@mui/icons-material/FactCheck";
import { lazyPage } from "../common/lazyPage";
import type { DeclarationRow } from "./dataProvider";

export default {
  list: lazyPage(() => import("./DeclarationList")),
  show: lazyPage(() => import("./DeclarationShow")),
  icon: FactCheckIcon,
  recordRepresentation: (row: DeclarationRow) => `${row.worker.lastName} ${row.worker.firstName}`,
};
