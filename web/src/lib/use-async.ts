import { useEffect, useRef, useState } from 'preact/hooks';

export type Async<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'ok'; data: T };

const LOADING = { status: 'loading' } as const;

/**
 * Runs a promise-returning loader whenever its inputs change; stale answers are dropped, and from the render in
 * which the inputs change the answer for the old ones is no longer shown (a form of an attempt already sent would
 * otherwise be drawn again for a frame).
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [attempt, setAttempt] = useState(0);
  const inputs = [...deps, attempt];
  const seen = useRef<readonly unknown[]>(inputs);
  const generation = useRef(0);
  if (inputs.length !== seen.current.length || inputs.some((d, i) => !Object.is(d, seen.current[i]))) {
    generation.current++;
    seen.current = inputs;
  }
  const [state, setState] = useState<{ generation: number; value: Async<T> }>({
    generation: 0,
    value: LOADING,
  });
  useEffect(() => {
    let live = true;
    const g = generation.current;
    setState({ generation: g, value: LOADING });
    load().then(
      (data) => live && setState({ generation: g, value: { status: 'ok', data } }),
      (error: unknown) =>
        live &&
        setState({
          generation: g,
          value: {
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
            retry: () => setAttempt((n) => n + 1),
          },
        }),
    );
    return () => {
      live = false;
    };
  }, inputs);
  return state.generation === generation.current ? state.value : LOADING;
}
