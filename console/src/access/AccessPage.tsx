/**
 * Access administration: an access administrator picks one of their employers, sees
 * its users and their rights, and grants or revokes "Dimona consultation" and "Flexi at work",
 * each after a confirmation. An unknown login shows on the login field; a right to manage that
 * was taken away meanwhile (FORBIDDEN) shows above the list.
 */
import { Alert, Box, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Confirm, Title, useNotify, usePermissions, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { FlexiApiError } from "../api/flexi";
import { errorText } from "../common/errorTexts";
import type { Rights } from "../auth/authProvider";
import { GrantByLoginForm } from "./GrantByLoginForm";
import type { AccessChange } from "./types";
import { UsersTable } from "./UsersTable";

type Employer = Rights["adminOf"][number];

export default function AccessPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Rights>();
  const employers = permissions?.adminOf ?? [];
  const [employerId, setEmployerId] = useState<string | null>(null);
  const employer = employers.find((e) => e.id === employerId) ?? employers[0];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("flexi.access.title")} />
      <Stack spacing={2}>
        <Typography component="h1" variant="h5">
          {translate("flexi.access.title")}
        </Typography>
        <Typography>{translate("flexi.access.intro")}</Typography>
        {permissions && !employer && <Alert severity="info">{translate("flexi.access.noEmployer")}</Alert>}
        {employer && (
          <>
            {employers.length > 1 && (
              <TextField
                select
                label={translate("flexi.access.employer")}
                value={employer.id}
                onChange={(event) => setEmployerId(event.target.value)}
                sx={{ maxWidth: 420 }}
                slotProps={{ select: { inputProps: { "data-testid": "employer-select" } } }}
              >
                {employers.map((e) => (
                  <MenuItem key={e.id} value={e.id}>
                    {e.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {/* A new key per employer: the form's login and error belong to one employer. */}
            <EmployerAccess key={employer.id} employer={employer} myLogin={permissions?.user.login ?? ""} />
          </>
        )}
      </Stack>
    </Box>
  );
}

function EmployerAccess({ employer, myLogin }: { employer: Employer; myLogin: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useFlexiDataProvider();
  const queryClient = useQueryClient();
  const queryKey = ["access", "employerUsers", employer.id];
  const users = useQuery({ queryKey, queryFn: () => dataProvider.employerUsers({ id: employer.id }) });
  const [asked, setAsked] = useState<AccessChange | null>(null);
  const [loginError, setLoginError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);

  const change = useMutation({
    /** True when the right changed; a revoke of a right not held (any more) answers false. */
    mutationFn: async (c: AccessChange): Promise<boolean> => {
      const input = { employerId: employer.id, login: c.login, permission: c.permission };
      if (c.kind === "revoke") return (await dataProvider.revokeAccess({ input })).revokeAccess;
      await dataProvider.grantAccess({ input });
      return true;
    },
    onSuccess: (changed, c) => {
      const args = { permission: translate(`flexi.access.permission.${c.permission}`), user: c.userName };
      const key = !changed ? "notHeld" : c.kind === "grant" ? "granted" : "revoked";
      notify(`flexi.access.done.${key}`, { type: changed ? "success" : "info", messageArgs: args });
      void queryClient.invalidateQueries({ queryKey });
    },
    // An expired or revoked token has sent the user to the sign-in page already (the data provider).
    onError: (error: unknown) => {
      const loginProblem =
        error instanceof FlexiApiError && error.code === "BAD_USER_INPUT"
          ? error.fieldErrors.find((f) => f.path[0] === "login")
          : undefined;
      if (loginProblem)
        return setLoginError(
          loginProblem.code === "NOT_ALLOWED" ? "flexi.access.error.disabledLogin" : "flexi.access.error.unknownLogin",
        );
      // NOT_FOUND too: the server hides an employer the caller no longer holds any right for.
      if (error instanceof FlexiApiError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND"))
        return setForbidden(true);
      notify("flexi.access.error.failed", {
        type: "error",
        // The reason in the reader's language, by its code (never the server's English message).
        messageArgs: { message: errorText(translate, "flexi.form", error) },
      });
    },
    onSettled: () => setAsked(null),
  });

  if (users.error) {
    const forbiddenNow =
      users.error instanceof FlexiApiError && (users.error.code === "FORBIDDEN" || users.error.code === "NOT_FOUND");
    return (
      <Alert severity="error">
        {forbiddenNow
          ? translate("flexi.access.error.forbidden")
          : translate("flexi.access.error.load", { message: errorText(translate, "flexi.form", users.error) })}
      </Alert>
    );
  }

  const ask = (c: AccessChange) => {
    setLoginError(null);
    setAsked(c);
  };

  return (
    <>
      {forbidden && (
        <Alert severity="error" role="alert">
          {translate("flexi.access.error.forbidden")}
        </Alert>
      )}
      <Card variant="outlined">
        <CardContent>
          <Typography id="employer-users-title" component="h2" variant="h6" sx={{ mb: 1 }}>
            {translate("flexi.access.users", { employer: employer.name })}
          </Typography>
          {users.isPending ? (
            <CircularProgress aria-label={translate("ra.page.loading")} />
          ) : (
            <UsersTable
              users={users.data.employer?.users ?? []}
              myLogin={myLogin}
              labelledBy="employer-users-title"
              busy={change.isPending}
              onAsk={ask}
            />
          )}
          <Typography variant="body2" sx={{ mt: 1, color: "text.secondary" }}>
            {translate("flexi.access.adminByOffice")}
          </Typography>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <GrantByLoginForm
            loginError={loginError}
            busy={change.isPending}
            onLoginError={setLoginError}
            onSubmit={(login, permission) => ask({ kind: "grant", login, userName: login, permission })}
          />
        </CardContent>
      </Card>
      <ConfirmChange
        change={asked}
        employerName={employer.name}
        loading={change.isPending}
        onConfirm={() => asked && change.mutate(asked)}
        onClose={() => setAsked(null)}
      />
    </>
  );
}

function ConfirmChange({
  change,
  employerName,
  loading,
  onConfirm,
  onClose,
}: {
  change: AccessChange | null;
  employerName: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  if (!change) return null;
  const args = {
    user: change.userName,
    employer: employerName,
    permission: translate(`flexi.access.permission.${change.permission}`),
  };
  const grant = change.kind === "grant";
  // Title and content go in as elements: Confirm would otherwise look the finished text up as a message key.
  return (
    <Confirm
      isOpen
      loading={loading}
      title={<>{translate(grant ? "flexi.access.confirm.grantTitle" : "flexi.access.confirm.revokeTitle")}</>}
      content={
        <Typography>
          {translate(grant ? "flexi.access.confirm.grantContent" : "flexi.access.confirm.revokeContent", args)}
        </Typography>
      }
      confirm={grant ? "flexi.access.grant" : "flexi.access.revoke"}
      confirmColor={grant ? "primary" : "warning"}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
