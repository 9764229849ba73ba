import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis/index';
import { composeRecovery } from '../../lib/analysis/recovery';
import { deflectionsIn } from './deflections';
import { EXAMPLES } from './examples';

// Issue 5's bar for the README: the five examples each do all the steps, cleanly.
const ALL_STEPS = ['greeting', 'acknowledge', 'own', 'fix', 'alternative', 'remedy', 'prevent', 'follow_up', 'check_in', 'sign_off'];

describe('README examples', () => {
  for (const example of EXAMPLES) {
    it(`${example.title}: the try_harder reply does every step and is clean`, () => {
      const reply = composeRecovery({
        customer: classifyCustomer(example.message),
        customerText: example.message,
        context: example.context,
        settings: example.settings,
      }).try_harder;
      expect(reply.steps.map((s) => s.id)).toEqual(expect.arrayContaining(ALL_STEPS));
      expect(reply.followUp?.dueAt).toBeGreaterThan(example.context.now!);
      expect(analyzeDraft(reply.text).findings.map((f) => `${f.category}: ${f.text}`)).toEqual([]);
      expect(deflectionsIn(reply.text)).toEqual([]);
      // Greets by first name and signs with the rep's name.
      expect(reply.text.split('\n')[0]).toContain(example.context.customerName!.split(' ')[0]!);
      expect(reply.text).toContain(example.context.repName!);
    });
  }

});
