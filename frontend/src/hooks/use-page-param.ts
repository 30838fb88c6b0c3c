import { useSearchParams } from 'react-router';

/** A 0-based page number kept in the URL (`?page=`), so lists survive reloads and the back button. */
export function usePageParam(name = 'page'): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number.parseInt(params.get(name) ?? '', 10);
  const page = Number.isNaN(raw) || raw < 0 ? 0 : raw;
  const setPage = (next: number) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next > 0) updated.set(name, String(next));
      else updated.delete(name);
      return updated;
    });
  return [page, setPage];
}
