import { useEffect } from 'react';
import { SectionedPage } from '../ui/SectionedPage';
import { DASHBOARD_SECTIONS, type DashboardSection } from './sections';
import { useDashboard } from './store';

// The manager dashboard: a nav of sections (hash-routed, so #exports can be linked to), each
// reading the one dashboard store. The store starts once, here.

export function DashboardApp({ sections = DASHBOARD_SECTIONS }: { sections?: DashboardSection[] }) {
  const start = useDashboard((s) => s.start);

  useEffect(() => {
    void start();
  }, [start]);

  return (
    <SectionedPage
      title="OwnUp dashboard"
      className="ownup-dashboard"
      testId="ownup-dashboard"
      navLabel="Dashboard sections"
      sections={sections}
      links={[{ href: '/options.html', label: 'Settings' }]}
    />
  );
}
