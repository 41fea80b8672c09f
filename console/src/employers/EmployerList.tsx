/** The back office's employers: search by name or number, open one. */
import { Chip, Link as MuiLink } from "@mui/material";
import { Link } from "react-router-dom";
import { DataTable, List, SearchInput, useTranslate } from "react-admin";
import type { EmployerDetail } from "./dataProvider";

const Col = DataTable.Col<EmployerDetail>;

export default function EmployerList() {
  const translate = useTranslate();
  const search = translate("flexi.office.employer.search");
  return (
    <List
      resource="employers"
      storeKey="office.employers"
      title={translate("flexi.menu.employers")}
      filters={[<SearchInput key="search" source="search" alwaysOn placeholder={search} aria-label={search} />]}
      sort={{ field: "name", order: "ASC" }}
      actions={false}
      empty={false}
    >
      <DataTable rowClick={(id) => `/employers/${id}/show`} bulkActionButtons={false}>
        <Col
          source="name"
          label={translate("flexi.office.field.name")}
          render={(e) => (
            <MuiLink component={Link} to={`/employers/${e.id}/show`} onClick={(event) => event.stopPropagation()}>
              {e.name}
            </MuiLink>
          )}
        />
        <Col source="enterpriseNumber" disableSort label={translate("flexi.office.field.enterpriseNumber")} />
        <Col
          source="nssoNumber"
          disableSort
          label={translate("flexi.office.field.nssoNumber")}
          render={(e) => (
            <>
              {e.nssoNumber ?? "–"}
              {e.nssoProvisional && (
                <Chip size="small" label={translate("flexi.office.employer.provisional")} sx={{ ml: 1 }} />
              )}
            </>
          )}
        />
        <Col
          source="language"
          disableSort
          label={translate("flexi.office.field.language")}
          render={(e) => translate(`flexi.office.language.${e.language}`)}
        />
        <Col
          source="employerClasses"
          disableSort
          label={translate("flexi.office.field.employerClasses")}
          render={(e) => e.employerClasses.join(", ")}
        />
      </DataTable>
    </List>
  );
}
