import type { RuleInput } from '../../lib/analysis/catalog/schema';
import { PLAYBOOK_FORMAT, PLAYBOOK_VERSION } from '../../lib/playbook/file-format';

// A team's own deflection phrase as a manager writes it on the options page.
export const BOOKING_SITE_RULE: RuleInput = {
  id: 'redirect.team-booking-site',
  category: 'redirect',
  patterns: ['(contact | call | email) (the)? booking (site | website | portal)'],
  exceptions: ['rep-own-action'],
  message: 'Sends the customer back to the booking site: we sold the stay, so we sort it out.',
  rewrites: ["I'll take this up with the booking site for you and update you {followup_time|by the end of tomorrow}"],
  examples: {
    invalid: ['Please contact the booking site about your dates.'],
    valid: ['The booking site confirmed your new dates this morning.'],
  },
};

// A team's own phrase that the built-in analyzer reads as clean (its model puts "did you try
// restarting the router" far below every bar, p 0.06 on 2026-11-23): what a team rule adds. A
// phrase the built-in analyzer already flags, such as BOOKING_SITE_RULE's since session 7's
// models, adds no finding of its own (withTeamFindings leaves out the overlap).
export const ROUTER_RULE: RuleInput = {
  id: 'condescension.team-router-restart',
  category: 'condescension',
  patterns: ['(did | have) you (try | tried) (restarting | rebooting | resetting) (the | your)? (router | modem | hub)'],
  exceptions: [],
  message: 'Asks whether they tried the obvious: check the line from our side first.',
  rewrites: ["I've checked your line from our side and I'll call you {followup_time|by the end of tomorrow} with what I found"],
  examples: {
    invalid: ['Did you try restarting the router?'],
    valid: ['I restarted the router from our side this morning.'],
  },
};

export function playbookFile(entries: unknown[], overrides: Record<string, unknown> = {}) {
  return { format: PLAYBOOK_FORMAT, version: PLAYBOOK_VERSION, entries, ...overrides };
}

export const ruleEntry = (id: string, rule: Partial<RuleInput> = {}) => ({ id, kind: 'rule', payload: { ...BOOKING_SITE_RULE, ...rule } });
export const neverSendEntry = (id: string, phrase: string, reason?: string) => ({ id, kind: 'never_send', payload: { phrase, ...(reason ? { reason } : {}) } });
export const approvedEntry = (id: string, text: string, rewrite: string) => ({ id, kind: 'approved_rewrite', payload: { text, rewrite } });
