/**
 * The help button of the app bar: a short help for the screen at hand (the guide's steps) and
 * the contact centre of the social security, with its number to call and its hours.
 */
import HelpOutlineIcon from "@mui/icons-material/HelpOutlined";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Link,
  Tooltip,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { usePermissions, useTranslate } from "react-admin";
import { useLocation } from "react-router-dom";
import type { Rights } from "../auth/authProvider";
import type { HelpScreen } from "../i18n/help";
import { CONTACT_PHONE } from "../i18n/signIn";

/** The screen a route shows (a worker's page is the declarant's "Details" or the back office's worker). */
export function screenOf(pathname: string, backOffice: boolean): HelpScreen {
  const wizard = /^\/wizard(?:\/[^/]+\/(select|entry|edit|overview|done))?/.exec(pathname);
  if (wizard) return wizard[1] === "edit" ? "entry" : ((wizard[1] as HelpScreen | undefined) ?? "period");
  if (pathname === "/") return "home";
  if (/^\/workers\/[^/]+\/show/.test(pathname)) return backOffice ? "workers" : "details";
  if (/^\/declarations\/[^/]+/.test(pathname)) return "declaration";
  const first = pathname.split("/")[1] ?? "";
  const screens: Record<string, HelpScreen> = {
    ebox: "ebox",
    "my-income": "income",
    access: "access",
    declarations: "review",
    workers: "workers",
    employers: "employers",
    dimonaPeriods: "dimona",
    ceilings: "ceilings",
  };
  return screens[first] ?? "general";
}

export function ScreenHelp() {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const { permissions } = usePermissions<Rights>();
  const [open, setOpen] = useState(false);
  const screen = screenOf(pathname, permissions?.backOffice === true && (permissions.declarantOf.length ?? 0) === 0);
  const label = translate("flexi.help.button");
  const [before, after] = translate("flexi.contact.text", {
    phone: "%{phone}",
    hours: translate("flexi.contact.hours"),
  }).split("%{phone}");
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <HelpOutlineIcon />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="screen-help-title" maxWidth="sm">
        <DialogTitle id="screen-help-title">{translate("flexi.help.title")}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }} data-help-screen={screen}>
            {translate(`flexi.help.screens.${screen}`)}
          </Typography>
          <Typography variant="subtitle2" component="h3">
            {translate("flexi.contact.heading")}
          </Typography>
          <Typography data-testid="contact-centre">
            {before}
            <Link
              href={`tel:${CONTACT_PHONE.dial}`}
              aria-label={translate("flexi.contact.call", { phone: CONTACT_PHONE.display })}
            >
              {CONTACT_PHONE.display}
            </Link>
            {after}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("flexi.help.close")}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
