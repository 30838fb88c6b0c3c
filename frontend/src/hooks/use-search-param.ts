import { useSearchParams } from 'react-router';

/** A filter kept in the URL (`?status=DEAD`); changing it goes back to the first page. */
export function useSearchParam(name: string, fallback = ''): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const setValue = (next: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set(name, next);
      updated.delete('page');
      return updated;
    });
  return [value, setValue];
}
