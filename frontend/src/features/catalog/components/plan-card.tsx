import { Link } from 'react-router';
import { CountryFlag } from '@/components/country-flag';
import { useI18n } from '@/i18n/i18n-context';
import type { ServerPlan } from '../api/catalog-schemas';
import { protocolLabel } from './protocol-label';

/** One plan: price first, then what it buys; `available` false means no server has room now. */
export function PlanCard({ plan }: { plan: ServerPlan }) {
  const { t, money, number } = useI18n();
  const titleId = `plan-${plan.id}-title`;
  const brandLine = [plan.brand, plan.category].filter(Boolean).join(' · ');
  return (
    <article className={`plan-card${plan.available ? '' : ' plan-card--unavailable'}`} aria-labelledby={titleId}>
      <div className="plan-card__header">
        <h3 id={titleId} className="plan-card__name" dir="auto">
          {plan.name}
        </h3>
        <span className={`badge ${plan.available ? 'badge--ok' : 'badge--muted'}`}>
          {t(plan.available ? 'plan.available' : 'plan.unavailable')}
        </span>
      </div>
      {brandLine && <p className="plan-card__brand" dir="auto">{brandLine}</p>}
      <p className="plan-card__price">
        <span className="visually-hidden">{t('plan.price')}: </span>
        {money(plan.price)}
      </p>
      {plan.description && <p className="plan-card__description" dir="auto">{plan.description}</p>}
      <dl className="plan-card__facts">
        <div>
          <dt>{t('plan.duration')}</dt>
          <dd>{t('plan.days', { count: plan.durationDays })}</dd>
        </div>
        <div>
          <dt>{t('plan.traffic')}</dt>
          <dd>
            {plan.bandwidthLimitGb === null
              ? t('plan.trafficUnlimited')
              : t('plan.trafficLimit', { amount: number(plan.bandwidthLimitGb) })}
          </dd>
        </div>
        <div>
          <dt>{t('plan.devices')}</dt>
          <dd>{number(plan.maxConnections)}</dd>
        </div>
        <div>
          <dt>{t('plan.protocol')}</dt>
          <dd>{protocolLabel(plan.protocol)}</dd>
        </div>
        {plan.locations.length > 0 && (
          <div className="plan-card__locations">
            <dt>{t('plan.locations')}</dt>
            <dd>
              <ul className="inline-list">
                {plan.locations.map((code) => (
                  <li key={code}>
                    <CountryFlag code={code} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {plan.available && (
        <Link to={`/checkout/${plan.id}`} className="button button--primary plan-card__buy" aria-describedby={titleId}>
          {t('plan.buy')}
        </Link>
      )}
    </article>
  );
}
