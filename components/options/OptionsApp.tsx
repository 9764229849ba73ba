import { useEffect, useState } from 'react';
import { OPTIONS_SECTIONS, type OptionsSection } from './sections';

// A page with a simple nav; the section shown follows the URL hash so a section can be linked
// to directly (the sidebar's "Settings" link opens #settings).

function sectionFromHash(sections: OptionsSection[]): OptionsSection {
  const id = location.hash.replace(/^#/, '');
  return sections.find((s) => s.id === id) ?? sections[0]!;
}

export function OptionsApp({ sections = OPTIONS_SECTIONS }: { sections?: OptionsSection[] }) {
  const [current, setCurrent] = useState(() => sectionFromHash(sections));

  useEffect(() => {
    const onHashChange = () => setCurrent(sectionFromHash(sections));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [sections]);

  const { Component } = current;
  return (
    <div className="ownup-options">
      <header className="ownup-options__header">
        <h1>OwnUp</h1>
        <nav aria-label="Options sections">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
            <li><a href="/dashboard.html">Statistics dashboard</a></li>
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
