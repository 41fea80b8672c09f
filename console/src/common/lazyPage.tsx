/** A page of a resource or a route that loads lazily, in its own chunk, with react-admin's spinner meanwhile. */
import { lazy, Suspense, type ComponentType } from "react";
import { Loading } from "react-admin";

export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}
