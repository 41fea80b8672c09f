/**
 * Loads data for a page with the typed client: the last answer, the error, and `reload` for
 * live updates (a subscription event or a change made on the page). The previous answer stays
 * on screen while reloading, so that a live refresh does not flicker; new dependencies (another
 * record) drop it, so that nothing of the previous record is shown as if it were this one's. An expired sign-in goes
 * back to the sign-in page, as react-admin's own data hooks do.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";
import { useLogoutIfAccessDenied } from "react-admin";

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastRound = useRef(round);

  useEffect(() => {
    let current = true;
    const isReload = lastRound.current !== round;
    lastRound.current = round;
    setState((s) => (isReload ? { ...s, loading: true } : { loading: true }));
    loadRef.current().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => {
        if (!current) return;
        setState((s) => ({ ...s, error, loading: false }));
        void logoutIfAccessDenied(error);
      },
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on (`load` itself is a new function each render).
  }, [...deps, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/**
 * Calls `action` at most once per `ms` for a burst of events (status changes of a whole
 * submission arrive together), always once after the last one.
 */
export function useThrottled(action: () => void, ms = 400): () => void {
  const actionRef = useRef(action);
  actionRef.current = action;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      actionRef.current();
    }, ms);
  }, [ms]);
}
