/**
 * A part of the page whose code loads after the first paint. Prerendered, its markup is on the
 * page already and React adopts it once the code arrives (inside a Suspense boundary); drawn
 * afresh, `preload()` is awaited first, so it never shows a gap.
 */
import { use, type ComponentType } from 'react';

type Loading<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Loading<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    if (!loading) {
      const started: Loading<ComponentType<P>> = load().then((component) => {
        // React's use() reads a settled promise at once, without suspending.
        started.status = 'fulfilled';
        started.value = component;
        return component;
      });
      loading = started;
    }
    return loading;
  };
  function Deferred(props: P) {
    const Component = use(preload());
    return <Component {...props} />;
  }
  return Object.assign(Deferred, { preload });
}
