/**
 * Grant a right to a user named by login (the guide's way: the administrator knows the login,
 * the user need not hold any right yet). The server's "unknown login" answer shows on the field.
 */
import {
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { MANAGED_PERMISSIONS, type ManagedPermission } from "./types";

interface Props {
  /** A message key for the login field, from the server or the required check. */
  loginError: string | null;
  busy: boolean;
  onLoginError: (key: string | null) => void;
  onSubmit: (login: string, permission: ManagedPermission) => void;
}

export function GrantByLoginForm({ loginError, busy, onLoginError, onSubmit }: Props) {
  const translate = useTranslate();
  const [login, setLogin] = useState("");
  const [permission, setPermission] = useState<ManagedPermission>("FLEXI_AT_WORK");
  const loginField = useRef<HTMLInputElement>(null);

  // Move focus to the field when an error arrives, so that keyboard and screen-reader users hear it.
  useEffect(() => {
    if (loginError) loginField.current?.focus();
  }, [loginError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = login.trim();
    if (!trimmed) return onLoginError("flexi.access.error.loginRequired");
    onSubmit(trimmed, permission);
  };

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      spacing={2}
      sx={{ maxWidth: 520 }}
      aria-labelledby="grant-by-login-title"
    >
      <Typography id="grant-by-login-title" component="h2" variant="h6">
        {translate("flexi.access.form.title")}
      </Typography>
      <TextField
        name="login"
        label={translate("flexi.access.form.login")}
        value={login}
        required
        autoComplete="off"
        inputRef={loginField}
        error={loginError != null}
        helperText={loginError ? translate(loginError) : translate("flexi.access.form.loginHelp")}
        onChange={(event) => {
          setLogin(event.target.value);
          if (loginError) onLoginError(null);
        }}
      />
      <FormControl>
        <FormLabel id="grant-permission-label">{translate("flexi.access.form.permission")}</FormLabel>
        <RadioGroup
          row
          name="permission"
          aria-labelledby="grant-permission-label"
          value={permission}
          onChange={(event) => setPermission(event.target.value as ManagedPermission)}
        >
          {MANAGED_PERMISSIONS.map((p) => (
            <FormControlLabel key={p} value={p} control={<Radio />} label={translate(`flexi.access.permission.${p}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      <div>
        <Button type="submit" variant="contained" disabled={busy}>
          {translate("flexi.access.form.submit")}
        </Button>
      </div>
    </Stack>
  );
}
