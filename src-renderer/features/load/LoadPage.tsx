import { useState } from 'react';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Banner } from '../../ui/Field';
import { useList } from '../../ui/useList';
import { GroupLoadTab } from './GroupLoadTab';
import { defaultYear } from './hours';
import { TariffingTab } from './TariffingTab';
import { UnassignedTab } from './UnassignedTab';
import { YearSelect } from './YearSelect';

const loadYears = async () => (await call('calendar.listYears', {})).years;
const tabs = ['group', 'tariffing', 'unassigned'] as const;
type Tab = (typeof tabs)[number];

/** The office's teaching load: a group's year against its plan, the tariffing list, and the hours nobody has yet. */
export function LoadPage() {
  const l = ui.load;
  const years = useList(loadYears);
  const [yearId, setYearId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('group');
  const year = years.items.find((y) => y.id === yearId) ?? defaultYear(years.items);
  return (
    <section>
      <header className="page-header">
        <h1>{l.title}</h1>
      </header>
      {years.error ? <Banner kind="error">{years.error}</Banner> : null}
      {!years.loading && years.items.length === 0 && !years.error ? <p className="muted">{l.noYears}</p> : null}
      {year ? (
        <>
          <div className="row filters">
            <YearSelect years={years.items} value={year.id} onChange={setYearId} />
          </div>
          <div className="load-tabs" role="tablist" aria-label={l.tabsLabel}>
            {tabs.map((t) => (
              <button key={t} type="button" role="tab" aria-selected={t === tab} className={`nav-item${t === tab ? ' nav-item--active' : ''}`} onClick={() => setTab(t)}>
                {l.tabs[t]}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={l.tabs[tab]}>
            {tab === 'group' ? <GroupLoadTab year={year} /> : null}
            {tab === 'tariffing' ? <TariffingTab key={year.id} year={year} /> : null}
            {tab === 'unassigned' ? <UnassignedTab key={year.id} year={year} /> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
