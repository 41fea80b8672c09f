/** Reloads the page's data whenever this declaration's status changes (the API's subscription), and after a lost WebSocket is back. */
import { useLive } from "../api/live";
import { OfficeDeclarationStatusChanged } from "./operations";

export function useLiveDeclaration(id: string | undefined, onChange: () => void): void {
  useLive(OfficeDeclarationStatusChanged, id ? { id } : null, onChange);
}
