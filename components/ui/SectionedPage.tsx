import { useEffect, useState, type ComponentType } from 'react';

// The options page and the dashboard are both a nav of sections; the section shown follows the
// URL hash, so a section can be linked to directly (the sidebar's "Settings" link opens
// options.html#settings, a review link dashboard.html#review).

export interface PageSection {
  /** The URL hash that shows it (#playbook). */
  id: string;
  /** Its name in the nav and its heading. */
  label: string;
  Component: ComponentType;
}

function sectionFromHash<S extends PageSection>(sections: S[]): S {
  const id = location.hash.replace(/^#/, '');
  return sections.find((s) => s.id === id) ?? sections[0]!;
}

export function SectionedPage({
  title,
  className,
  navLabel,
  sections,
  links,
  testId,
}: {
  title: string;
  /** BEM block of the page's own stylesheet (`ownup-options`, `ownup-dashboard`). */
  className: string;
  navLabel: string;
  sections: PageSection[];
  /** Links to the other extension pages, after the sections. */
  links: { href: string; label: string }[];
  testId?: string;
}) {
  const [current, setCurrent] = useState(() => sectionFromHash(sections));

  useEffect(() => {
    const onHashChange = () => setCurrent(sectionFromHash(sections));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [sections]);

  const { Component } = current;
  return (
    <div className={className} data-testid={testId}>
      <header className={`${className}__header`}>
        <h1>{title}</h1>
        <nav aria-label={navLabel}>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
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
