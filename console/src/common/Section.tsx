/** A titled block of a page: a card whose heading is a real h2, so screen readers can jump by it. */
import { Card, CardContent, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";

export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card component="section" aria-labelledby={id ? `${id}-title` : undefined} sx={{ mb: 2 }} variant="outlined">
      <CardContent>
        <Stack
          direction="row"
          sx={{ justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 1, mb: 1 }}
        >
          <Typography variant="h6" component="h2" id={id ? `${id}-title` : undefined}>
            {title}
          </Typography>
          {actions && (
            <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }}>
              {actions}
            </Stack>
          )}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

/** Label and value pairs as a description list (readable by screen readers as pairs). */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Stack component="dl" direction="row" sx={{ flexWrap: "wrap", columnGap: 4, rowGap: 1, m: 0 }}>
      {items.map(({ label, value }) => (
        <Stack key={label} sx={{ minWidth: 160 }}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value === "" || value == null ? "–" : value}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
