/**
 * Live pages: a subscription's events make a page read its data again, and so does a lost
 * WebSocket that is back, since what was committed meanwhile never arrives as an event.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useCallback, useEffect, useRef } from "react";
import { flexi } from "./flexi";

/**
 * Subscribes while mounted (and `variables` is not null); `onEvent` runs on each event whose
 * data `accept` lets through (all by default) and after each reconnect.
 */
export function useLive<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables | null,
  onEvent: () => void,
  accept: (data: Result) => boolean = () => true,
): void {
  const onEventRef = useRef(onEvent);
  const acceptRef = useRef(accept);
  useEffect(() => {
    onEventRef.current = onEvent;
    acceptRef.current = accept;
  });
  // The subscription depends on the variables' values, not on the object of one render.
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return;
    const stop = flexi.subscribe(document, JSON.parse(key) as Variables, (data) => {
      if (acceptRef.current(data)) onEventRef.current();
    });
    const offReconnect = flexi.onReconnect(() => onEventRef.current());
    return () => {
      offReconnect();
      stop();
    };
  }, [document, key]);
}

/**
 * Calls `action` at most once per `ms` for a burst of events (status changes of a whole
 * submission arrive together), always once after the last one.
 */
export function useThrottled(action: () => void, ms = 400): () => void {
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  });
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
