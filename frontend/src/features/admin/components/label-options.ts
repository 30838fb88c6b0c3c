import type { SelectOption } from '@/components/select-field';
import { useLabels } from '../api/catalog-admin';

/** Categories and brands as select options (for the server and plan forms). */
export function useLabelOptions() {
  const categories = useLabels('server-categories');
  const brands = useLabels('server-brands');
  const options = (list: { id: unknown; name: string }[] | undefined): SelectOption[] =>
    (list ?? []).map((label) => ({ value: String(label.id), label: label.name }));
  return { categories: options(categories.data), brands: options(brands.data) };
}
