import { useId, useState, type FormEvent } from 'react';
import { SelectField, type SelectOption } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { compareDecimals } from '@/lib/decimal';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/dictionary';
import { PROTOCOLS, type CatalogEntry } from '../api/catalog-schemas';
import { useServerBrands } from '../api/get-server-brands';
import { useServerCategories } from '../api/get-server-categories';
import type { PlanFilters } from '../api/get-server-plans';
import { COUNTRY_PATTERN, DECIMAL_PATTERN, SORTS, usePlanFilters } from '../hooks/use-plan-filters';
import { protocolLabel } from './protocol-label';

const SORT_LABELS: Record<(typeof SORTS)[number], MessageKey> = {
  'price,desc': 'catalog.sort.priceDesc',
  'name,asc': 'catalog.sort.nameAsc',
  'createdAt,desc': 'catalog.sort.newest',
};

/** Selects apply at once; typed values (country, prices) apply with the form's Apply button or Enter. */
export function CatalogFilters() {
  const { t, number } = useI18n();
  const { filters, update, clear, isFiltered } = usePlanFilters();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const activeCount = Object.keys(filters).filter((name) => name !== 'page' && name !== 'sort').length;
  const categories = useServerCategories();
  const brands = useServerBrands();
  const any: SelectOption = { value: '', label: t('catalog.any') };
  const entries = (list: CatalogEntry[] = []) => [any, ...list.map((e) => ({ value: String(e.id), label: e.name }))];
  const selects: { name: 'categoryId' | 'brandId' | 'protocol' | 'sort'; label: string; options: SelectOption[] }[] = [
    { name: 'categoryId', label: t('catalog.category'), options: entries(categories.data) },
    { name: 'brandId', label: t('catalog.brand'), options: entries(brands.data) },
    { name: 'protocol', label: t('catalog.protocol'), options: [any, ...PROTOCOLS.map((p) => ({ value: p, label: protocolLabel(p) }))] },
    {
      name: 'sort',
      label: t('catalog.sort'),
      options: [{ value: '', label: t('catalog.sort.priceAsc') }, ...SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))],
    },
  ];

  return (
    <section className="filters" aria-labelledby="catalog-filters-title">
      <h2 id="catalog-filters-title" className="filters__title">
        {/* On a phone the filters fold away behind this button; from 1024 px they are always shown. */}
        <button type="button" className="filters__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {t('catalog.filters')}
          {activeCount > 0 && <span className="filters__count"> ({number(activeCount)})</span>}
        </button>
        <span className="filters__heading">{t('catalog.filters')}</span>
      </h2>
      <div id={bodyId} className={`filters__body${open ? ' filters__body--open' : ''}`}>
        <div className="filters__grid">
          {selects.map(({ name, label, options }) => (
            <SelectField
              key={name}
              label={label}
              name={name}
              value={filters[name] ?? ''}
              options={options}
              onChange={(e) => update({ [name]: e.target.value })}
            />
          ))}
        </div>
        <TypedFilters key={`${filters.location}|${filters.minPrice}|${filters.maxPrice}`} filters={filters} onApply={update} />
        {isFiltered && (
          <button type="button" className="button button--link" onClick={clear}>
            {t('catalog.clear')}
          </button>
        )}
      </div>
    </section>
  );
}

type TypedValues = { location: string; minPrice: string; maxPrice: string };

function TypedFilters({ filters, onApply }: { filters: PlanFilters; onApply: (values: TypedValues) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<TypedValues>({
    location: filters.location ?? '',
    minPrice: filters.minPrice ?? '',
    maxPrice: filters.maxPrice ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const errors = {
    location: values.location && !COUNTRY_PATTERN.test(values.location) ? t('catalog.locationInvalid') : undefined,
    minPrice: values.minPrice && !DECIMAL_PATTERN.test(values.minPrice) ? t('catalog.priceInvalid') : undefined,
    maxPrice: values.maxPrice && !DECIMAL_PATTERN.test(values.maxPrice) ? t('catalog.priceInvalid') : undefined,
  };
  if (!errors.minPrice && !errors.maxPrice && values.minPrice && values.maxPrice && compareDecimals(values.minPrice, values.maxPrice) > 0) {
    errors.maxPrice = t('catalog.priceRange');
  }
  const shown = (name: keyof TypedValues) => (submitted ? errors[name] : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    onApply({ ...values, location: values.location.toUpperCase() });
  };
  const field = (name: keyof TypedValues) => ({
    name,
    value: values[name],
    error: shown(name),
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value.trim() })),
  });

  return (
    <form className="filters__typed" onSubmit={onSubmit} noValidate>
      <TextField label={t('catalog.location')} maxLength={2} autoCapitalize="characters" placeholder="DE" {...field('location')} />
      <TextField label={t('catalog.minPrice')} inputMode="decimal" placeholder="0.00" {...field('minPrice')} />
      <TextField label={t('catalog.maxPrice')} inputMode="decimal" placeholder="0.00" {...field('maxPrice')} />
      <button type="submit" className="button button--secondary filters__apply">
        {t('catalog.apply')}
      </button>
    </form>
  );
}
