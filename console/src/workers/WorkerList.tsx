/** The back office's workers: search by name or SSIN, sort, open one; register a new one. */
import { Link as MuiLink } from "@mui/material";
import { Link } from "react-router-dom";
import { DataTable, List, SearchInput, TopToolbar, useTranslate } from "react-admin";
import { useFormats } from "../common/officeFormat";
import { RegisterWorkerButton } from "./RegisterWorkerButton";
import type { WorkerDetail } from "./dataProvider";
import { formatSsin } from "../common/format";

const Col = DataTable.Col<WorkerDetail>;

export default function WorkerList() {
  const translate = useTranslate();
  const { date } = useFormats();
  const search = translate("flexi.office.worker.search");
  return (
    <List
      resource="workers"
      storeKey="office.workers"
      title={translate("flexi.menu.workers")}
      filters={[<SearchInput key="search" source="search" alwaysOn placeholder={search} aria-label={search} />]}
      sort={{ field: "lastName", order: "ASC" }}
      actions={
        <TopToolbar>
          <RegisterWorkerButton />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable rowClick={(id) => `/workers/${id}/show`} bulkActionButtons={false}>
        <Col
          source="lastName"
          label={translate("flexi.office.field.lastName")}
          render={(w) => (
            // A real link, so the row opens by keyboard too (rowClick is for the mouse).
            <MuiLink component={Link} to={`/workers/${w.id}/show`} onClick={(event) => event.stopPropagation()}>
              {w.lastName}
            </MuiLink>
          )}
        />
        <Col source="firstName" disableSort label={translate("flexi.office.field.firstName")} />
        <Col
          source="ssin"
          sortByOrder="ASC"
          label={translate("flexi.office.field.ssin")}
          render={(w) => formatSsin(w.ssin)}
        />
        <Col
          source="birthDate"
          disableSort
          label={translate("flexi.office.field.birthDate")}
          render={(w) => date(w.birthDate)}
        />
        <Col
          source="pensionerFrom"
          disableSort
          label={translate("flexi.office.field.pensionerFrom")}
          render={(w) => date(w.pensionerFrom)}
        />
      </DataTable>
    </List>
  );
}
