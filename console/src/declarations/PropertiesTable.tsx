/** The properties ("Eigenschaften") of a declaration or version: class, worker type, validity, amounts. */
import { Box, TableBody, TableCell, TableFooter, TableHead, TableRow } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useTranslate } from "react-admin";
import type { OfficePropertyFragment } from "../gql/graphql";
import { useFormats } from "../common/officeFormat";

/** The guide's frequencies: 0 one-off or irregular, otherwise every n months. */
export function useFrequencyText() {
  const translate = useTranslate();
  return (months: number) =>
    months === 0
      ? translate("flexi.office.frequency.oneOff")
      : translate("flexi.office.frequency.every", { smart_count: months });
}

export function PropertiesTable({
  properties,
  total,
  caption,
}: {
  properties: OfficePropertyFragment[];
  total: string;
  caption: string;
}) {
  const translate = useTranslate();
  const { money, range } = useFormats();
  const frequency = useFrequencyText();
  return (
    <CardTable size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate("flexi.office.field.employerClass")}</TableCell>
          <TableCell>{translate("flexi.office.field.workerType")}</TableCell>
          <TableCell>{translate("flexi.office.field.validity")}</TableCell>
          <TableCell align="right">{translate("flexi.office.field.grossWage")}</TableCell>
          <TableCell>{translate("flexi.office.field.premiums")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {properties.map((property, index) => (
          <TableRow key={index}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>{property.employerClass}</TableCell>
            <TableCell>{translate(`flexi.workerType.${property.workerType}`)}</TableCell>
            <TableCell>{range(property.validity)}</TableCell>
            <TableCell align="right">{money(property.grossWage)}</TableCell>
            <TableCell>
              {property.premiums.length === 0 ? (
                "–"
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {property.premiums.map((premium, j) => (
                    <li key={j}>
                      {money(premium.amount)} ({frequency(premium.frequencyMonths)})
                    </li>
                  ))}
                </Box>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={4} sx={{ fontWeight: "bold", color: "text.primary" }}>
            {translate("flexi.office.field.total")}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: "bold", color: "text.primary" }} data-testid="declaration-total">
            {money(total)}
          </TableCell>
          <TableCell />
        </TableRow>
      </TableFooter>
    </CardTable>
  );
}
