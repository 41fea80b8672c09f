/** The menu shows only what the user's rights allow. */
import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import AdminPanelSettingsIcon from "@mui/icons-material/AdminPanelSettings";
import BadgeIcon from "@mui/icons-material/Badge";
import DashboardIcon from "@mui/icons-material/Dashboard";
import EventIcon from "@mui/icons-material/Event";
import FactCheckIcon from "@mui/icons-material/FactCheck";
import MailIcon from "@mui/icons-material/Mail";
import SendIcon from "@mui/icons-material/Send";
import SpeedIcon from "@mui/icons-material/Speed";
import StackedBarChartIcon from "@mui/icons-material/StackedBarChart";
import { Menu as RaMenu, usePermissions, useTranslate } from "react-admin";
import type { Rights } from "../auth/authProvider";

export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Rights>();
  if (!permissions) return <RaMenu />;
  const declarant = permissions.declarantOf.length > 0;
  return (
    <RaMenu>
      {declarant && <RaMenu.Item to="/" primaryText={translate("flexi.menu.home")} leftIcon={<DashboardIcon />} />}
      {declarant && <RaMenu.Item to="/wizard" primaryText={translate("flexi.menu.wizard")} leftIcon={<SendIcon />} />}
      {declarant && <RaMenu.Item to="/ebox" primaryText={translate("flexi.menu.ebox")} leftIcon={<MailIcon />} />}
      {permissions.adminOf.length > 0 && (
        <RaMenu.Item to="/access" primaryText={translate("flexi.menu.access")} leftIcon={<AdminPanelSettingsIcon />} />
      )}
      {permissions.worker && (
        <RaMenu.Item to="/my-income" primaryText={translate("flexi.menu.income")} leftIcon={<StackedBarChartIcon />} />
      )}
      {permissions.backOffice && (
        <RaMenu.Item to="/declarations" primaryText={translate("flexi.menu.review")} leftIcon={<FactCheckIcon />} />
      )}
      {permissions.backOffice && (
        <RaMenu.Item to="/workers" primaryText={translate("flexi.menu.workers")} leftIcon={<BadgeIcon />} />
      )}
      {permissions.backOffice && (
        <RaMenu.Item
          to="/employers"
          primaryText={translate("flexi.menu.employers")}
          leftIcon={<AccountBalanceIcon />}
        />
      )}
      {permissions.backOffice && (
        <RaMenu.Item to="/dimonaPeriods" primaryText={translate("flexi.menu.dimonaPeriods")} leftIcon={<EventIcon />} />
      )}
      {permissions.backOffice && (
        <RaMenu.Item to="/ceilings" primaryText={translate("flexi.menu.ceilings")} leftIcon={<SpeedIcon />} />
      )}
    </RaMenu>
  );
}
