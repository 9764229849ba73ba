import { useRef, type KeyboardEvent, type ReactNode } from 'react';

// WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop for the tab
// list, arrow keys move between tabs, the panel is labelled by its tab.

export interface TabSpec<Id extends string> {
  id: Id;
  label: ReactNode;
  /** data-testid of the tab button, for automation. */
  testId?: string;
}

export interface TabsProps<Id extends string> {
  tabs: readonly TabSpec<Id>[];
  active: Id;
  onChange(id: Id): void;
  label: string;
  idPrefix: string;
  children: ReactNode;
}

export function Tabs<Id extends string>({ tabs, active, onChange, label, idPrefix, children }: TabsProps<Id>) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === active);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onChange(tab.id);
    refs.current.get(tab.id)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label={label} className="ui-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className="ui-tab"
            data-testid={tab.testId}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${active}`}
        aria-labelledby={`${idPrefix}-tab-${active}`}
        className="ui-tabpanel"
      >
        {children}
      </div>
    </>
  );
}
