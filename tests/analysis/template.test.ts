import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../lib/analysis';

// Templates are split once and reused (template.ts): the same template must still follow the
// slots of each call.

describe('rewrite templates', () => {
  it('fills the same template with each call\'s own slots', () => {
    const tpl = 'I\'ll ask {partner|them} myself, {customer_first_name|}.';
    expect(fillTemplate(tpl, { partner: 'Expedia', customer_first_name: 'Maria' })).toBe("I'll ask Expedia myself, Maria.");
    expect(fillTemplate(tpl, {})).toBe("I'll ask them myself.");
    expect(fillTemplate(tpl, { partner: '  the airline ' })).toBe("I'll ask the airline myself.");
    expect(fillTemplate(tpl, { partner: '  the airline ' })).toBe("I'll ask the airline myself.");
    expect(fillTemplate(tpl, { partner: '  the airline ', customer_first_name: 'Jo' })).toBe("I'll ask the airline myself, Jo.");
    expect(fillTemplate(tpl, {})).toBe("I'll ask them myself.");
  });

  it('leaves text without slots, and stray braces, as written', () => {
    expect(fillTemplate('  I will call you today  ', {})).toBe('I will call you today');
    expect(fillTemplate('Call {bogus} at {rep_name|our desk} {', { rep_name: 'Sam' })).toBe('Call at Sam {');
  });
});
