import { Alert, CircularProgress } from "@mui/material";
import { useTranslate } from "react-admin";
import { useConnectionState } from "../api/connection";

/** Shown while the API or its database cannot be reached (api/connection.ts); it goes by itself once they answer. */
export function ReconnectingBanner() {
  const translate = useTranslate();
  if (useConnectionState() === "online") return null;
  return (
    <Alert
      severity="warning"
      role="status"
      data-testid="reconnecting"
      icon={<CircularProgress size={18} color="inherit" aria-hidden />}
      sx={{ mb: 1 }}
    >
      {translate("flexi.app.reconnecting")}
    </Alert>
  );
}
