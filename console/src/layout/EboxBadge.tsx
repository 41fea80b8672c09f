/**
 * The unread e-Box count in the app bar, kept live: a new message (subscription)
 * reloads the count. Shown to users who read an employer's e-Box.
 */
import MailIcon from "@mui/icons-material/Mail";
import { Badge, IconButton, Tooltip } from "@mui/material";
import { useEffect, useState } from "react";
import { usePermissions, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { request, subscribe } from "../api/client";
import type { Rights } from "../auth/authProvider";
import { graphql } from "../gql";

const UnreadCount = graphql(`
  query UnreadCount {
    eboxMessages(first: 0) {
      unreadCount
    }
  }
`);

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
  const [unread, setUnread] = useState<number | null>(null);
  const reads = (permissions?.declarantOf.length ?? 0) > 0;

  useEffect(() => {
    if (!reads) return;
    const load = () =>
      void request(UnreadCount)
        .then((data) => setUnread(data.eboxMessages.unreadCount))
        .catch(() => undefined);
    load();
    const stop = subscribe(MessageArrived, {}, load, { onResume: load });
    window.addEventListener("flexi:ebox-read", load);
    return () => {
      stop();
      window.removeEventListener("flexi:ebox-read", load);
    };
  }, [reads]);

  if (!reads) return null;
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
