import { useEffect, useState } from 'react';
import { DASHBOARD_SECTIONS, type DashboardSection } from './sections';
import { useDashboard } from './store';

// The manager dashboard: a nav of sections (hash-routed, so #exports can be linked to), each
// reading the one dashboard store. The store starts once, here.

function sectionFromHash(sections: DashboardSection[]): DashboardSection {
  const id = location.hash.replace(/^#/, '');
  return sections.find((s) => s.id === id) ?? sections[0]!;
}

export function DashboardApp({ sections = DASHBOARD_SECTIONS }: { sections?: DashboardSection[] }) {
  const [current, setCurrent] = useState(() => sectionFromHash(sections));
  const start = useDashboard((s) => s.start);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    const onHashChange = () => setCurrent(sectionFromHash(sections));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [sections]);

  const { Component } = current;
  return (
    <div className="ownup-dashboard" data-testid="ownup-dashboard">
      <header className="ownup-dashboard__header">
        <h1>OwnUp dashboard</h1>
        <nav aria-label="Dashboard sections">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/options.html">Settings</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id={`section-${current.id}`} aria-labelledby={`heading-${current.id}`}>
        <h2 id={`heading-${current.id}`}>{current.label}</h2>
        <Component />
      </main>
    </div>
  );
}
