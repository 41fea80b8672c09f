/**
 * The employer a declarant works for right now. Most declare for one; someone who declares for
 * several (a social secretariat, a group) picks one, and the choice is kept for the next visit.
 */
import { Alert, Box, TextField, Typography } from "@mui/material";
import { useState, type ReactNode } from "react";
import { Loading, usePermissions, useTranslate } from "react-admin";
import type { Rights } from "../auth/authProvider";

const KEY = "flexi.employer";

export interface CurrentEmployer {
  employers: { id: string; name: string }[];
  employer: { id: string; name: string } | undefined;
  choose: (id: string) => void;
}

export function useCurrentEmployer(): CurrentEmployer {
  const { permissions } = usePermissions<Rights>();
  const employers = permissions?.declarantOf ?? [];
  const [chosen, setChosen] = useState(() => localStorage.getItem(KEY));
  const employer = employers.find((e) => e.id === chosen) ?? employers[0];
  const choose = (id: string) => {
    localStorage.setItem(KEY, id);
    setChosen(id);
  };
  return { employers, employer, choose };
}

/** The employer's screens, for users who declare for an employer (a typed URL reaches them too). */
export function DeclarantOnly({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Rights>();
  if (isPending || !permissions) return <Loading />;
  if (permissions.declarantOf.length === 0) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="warning">{translate("flexi.form.apiErrors.FORBIDDEN")}</Alert>
      </Box>
    );
  }
  return <>{children}</>;
}

/** The employer's name, or a choice when the user declares for several. */
export function EmployerChoice({ current }: { current: CurrentEmployer }) {
  const translate = useTranslate();
  if (!current.employer) return null;
  if (current.employers.length < 2) {
    return (
      <Typography variant="subtitle1" component="p">
        {current.employer.name}
      </Typography>
    );
  }
  return (
    <TextField
      select
      id="flexi-employer"
      label={translate("flexi.home.employer")}
      value={current.employer.id}
      onChange={(e) => current.choose(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 320 }}
    >
      {current.employers.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name}
        </option>
      ))}
    </TextField>
  );
}
