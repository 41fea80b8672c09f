/**
 * The guide's status icons: hourglass (pending), check (accepted), warning sign (accepted with
 * warnings), refusal sign (refused); a draft and a deletion get their own. Always with a text
 * label for screen readers (and a tooltip), never colour alone.
 */
import BlockIcon from "@mui/icons-material/Block";
import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import EditNoteIcon from "@mui/icons-material/EditNote";
import HourglassTopIcon from "@mui/icons-material/HourglassTop";
import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Box, Tooltip } from "@mui/material";
import { useTranslate } from "react-admin";
/** The contract's DeclarationStatus values. */
export type DeclarationStatus = "DRAFT" | "PENDING" | "ACCEPTED" | "ACCEPTED_WITH_WARNINGS" | "REFUSED" | "CANCELLED";

const ICONS: Record<DeclarationStatus, { Icon: typeof CheckCircleIcon; color: string }> = {
  DRAFT: { Icon: EditNoteIcon, color: "#4a4a4a" },
  PENDING: { Icon: HourglassTopIcon, color: "#1d4f91" },
  ACCEPTED: { Icon: CheckCircleIcon, color: "#1b5e20" },
  ACCEPTED_WITH_WARNINGS: { Icon: WarningAmberIcon, color: "#8a4b00" },
  REFUSED: { Icon: BlockIcon, color: "#b71c1c" },
  CANCELLED: { Icon: DeleteOutlinedIcon, color: "#4a4a4a" },
};

export function StatusIcon({ status, withLabel = false }: { status: DeclarationStatus; withLabel?: boolean }) {
  const translate = useTranslate();
  const { Icon, color } = ICONS[status];
  const label = translate(`flexi.status.${status}`);
  return (
    <Tooltip title={label}>
      <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, color }} data-status={status}>
        <Icon fontSize="small" aria-hidden="true" />
        {withLabel ? (
          <span>{label}</span>
        ) : (
          <Box component="span" sx={visuallyHidden}>
            {label}
          </Box>
        )}
      </Box>
    </Tooltip>
  );
}

/** Text for screen readers only. */
export const visuallyHidden = {
  border: 0,
  clip: "rect(0 0 0 0)",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  padding: 0,
  position: "absolute",
  whiteSpace: "nowrap",
  width: "1px",
} as const;
