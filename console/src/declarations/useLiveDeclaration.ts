/** Reloads the page's data whenever this declaration's status changes (the API's subscription), and after a lost WebSocket is back. */
import { useEffect } from "react";
import { subscribe } from "../../api/client";
import { OfficeDeclarationStatusChanged } from "./operations";

export function useLiveDeclaration(id: string | undefined, onChange: () => void): void {
  useEffect(() => {
    if (!id) return;
    return subscribe(OfficeDeclarationStatusChanged, { id }, () => onChange(), { onResume: () => onChange() });
    // onChange is a fresh function on each render; the subscription depends only on the id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
