/**
 * The unread e-Box count in the app bar, kept live: a new message (subscription)
 * reloads the count, and so does a lost WebSocket that is back. Shown to users who read an employer's e-Box.
 */
import MailIcon from "@mui/icons-material/Mail";
import { Badge, IconButton, Tooltip } from "@mui/material";
import { useEffect } from "react";
import { usePermissions, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useFlexiQuery } from "../api/dataProvider";
import { useLive } from "../api/live";
import type { Rights } from "../auth/authProvider";
import { graphql } from "../gql";

const MessageArrived = graphql(`
  subscription MessageArrived {
    eboxMessageReceived {
      id
    }
  }
`);

export function EboxBadge() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Rights>();
  const reads = (permissions?.declarantOf.length ?? 0) > 0;
  const count = useFlexiQuery(["ebox", "unreadCount"], (dataProvider) => dataProvider.unreadCount(), {
    enabled: reads,
  });
  const { refetch } = count;
  const load = () => void refetch();
  useLive(MessageArrived, reads ? {} : null, load);
  useEffect(() => {
    if (!reads) return;
    const recount = () => void refetch();
    window.addEventListener("flexi:ebox-read", recount);
    return () => window.removeEventListener("flexi:ebox-read", recount);
  }, [reads, refetch]);

  if (!reads) return null;
  const unread = count.data?.eboxMessages.unreadCount;
  const label = `${translate("flexi.menu.ebox")}: ${unread ?? 0}`;
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to="/ebox" aria-label={label}>
        <Badge badgeContent={unread ?? 0} color="error" max={999}>
          <MailIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
