/** The employer's users and their rights, with a grant or revoke button per managed right. */
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatDateTime, type Locale } from "../common/format";
import type { Permission } from "../gql/graphql";
import { MANAGED_PERMISSIONS, type AccessChange, type EmployerUser, type ManagedPermission } from "./types";

interface Props {
  users: EmployerUser[];
  myLogin: string;
  labelledBy: string;
  busy: boolean;
  onAsk: (change: AccessChange) => void;
}

export function UsersTable({ users, myLogin, labelledBy, busy, onAsk }: Props) {
  const translate = useTranslate();
  if (users.length === 0) return <Typography>{translate("flexi.access.noUsers")}</Typography>;
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate("flexi.access.user")}
          </TableCell>
          {[...MANAGED_PERMISSIONS, "ACCESS_ADMIN" as const].map((p) => (
            <TableCell key={p} component="th" scope="col">
              {translate(`flexi.access.permission.${p}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} data-login={user.login}>
            <TableCell component="th" scope="row">
              <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {user.displayName}
              </Typography>
              <Typography variant="body2" component="span" sx={{ display: "block", color: "text.secondary" }}>
                {user.login}
                {user.login.toLowerCase() === myLogin.toLowerCase() && ` (${translate("flexi.access.you")})`}
              </Typography>
            </TableCell>
            {MANAGED_PERMISSIONS.map((permission) => (
              <TableCell key={permission} data-permission={permission}>
                <ManagedRight user={user} permission={permission} busy={busy} onAsk={onAsk} />
              </TableCell>
            ))}
            <TableCell data-permission="ACCESS_ADMIN">
              <Held user={user} permission="ACCESS_ADMIN" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ManagedRight({
  user,
  permission,
  busy,
  onAsk,
}: {
  user: EmployerUser;
  permission: ManagedPermission;
  busy: boolean;
  onAsk: (change: AccessChange) => void;
}) {
  const translate = useTranslate();
  const held = user.grants.some((g) => g.permission === permission);
  const args = { permission: translate(`flexi.access.permission.${permission}`), user: user.displayName };
  const kind = held ? "revoke" : "grant";
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center", justifyContent: "space-between" }}>
      <Held user={user} permission={permission} />
      <Button
        size="small"
        variant="outlined"
        color={held ? "error" : "primary"}
        disabled={busy}
        aria-label={translate(held ? "flexi.access.revokeFor" : "flexi.access.grantFor", args)}
        onClick={() => onAsk({ kind, login: user.login, userName: user.displayName, permission })}
      >
        {translate(held ? "flexi.access.revoke" : "flexi.access.grant")}
      </Button>
    </Stack>
  );
}

/** "Since <date>" or "No access": in words, never by colour alone. */
function Held({ user, permission }: { user: EmployerUser; permission: Permission }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const grant = user.grants.find((g) => g.permission === permission);
  return grant ? (
    <Typography variant="body2" component="span" data-held="true">
      {translate("flexi.access.held", { date: formatDateTime(grant.grantedAt, locale as Locale) })}
    </Typography>
  ) : (
    <Typography variant="body2" component="span" data-held="false" sx={{ color: "text.secondary" }}>
      {translate("flexi.access.notHeld")}
    </Typography>
  );
}
