// Loading a value from the API with its three states, so every screen can show loading, the
// error (with a retry) and the data the same way.
import { useCallback, useEffect, useRef, useState } from 'react';
import { InputError } from '../../src/core/errors.js';
import { ApiError } from './api.js';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'error'; error: ApiError; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/** Any failure as an ApiError; the core's parsers' InputError keeps the field it names. */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof InputError) return new ApiError(400, 'bad-input', e.message, e.field);
  return new ApiError(0, 'client', e instanceof Error ? e.message : String(e));
}

/**
 * Runs `load` when a key changes and on reload(). An answer that arrives after a newer request
 * was made is dropped, so quick date changes never show an older day.
 */
export function useResource<T>(load: () => Promise<T>, keys: readonly unknown[]): Resource<T> {
  const [value, setValue] = useState<
    { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T }
  >({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const lastKeys = useRef('');
  const keyText = JSON.stringify(keys);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what load depends on
  useEffect(() => {
    const ticket = ++latest.current;
    // A reload keeps the data on screen until the fresh answer comes; new keys show loading.
    const sameKeys = lastKeys.current === keyText;
    lastKeys.current = keyText;
    if (!sameKeys) setValue({ state: 'loading' });
    load().then(
      (data) => ticket === latest.current && setValue({ state: 'ready', data }),
      (e: unknown) =>
        ticket === latest.current && setValue({ state: 'error', error: asApiError(e) }),
    );
  }, [keyText, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...value, reload };
}
