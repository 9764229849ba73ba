import { describe, expect, it } from 'vitest';
import { customerKeyFor, normalizeCustomerName, ticketKeyFor } from '../../lib/db';

describe('customer and ticket keys', () => {
  it('use the lowercased email where known, the same on every site', () => {
    expect(customerKeyFor({ site: 'zendesk', email: ' Ada@Example.COM ', name: 'Ada' })).toBe('ada@example.com');
    expect(customerKeyFor({ site: 'gmail', email: 'ada@example.com' })).toBe(customerKeyFor({ site: 'zendesk', email: 'ADA@example.com' }));
  });

  it('fall back to the normalized name, scoped to the site', () => {
    expect(customerKeyFor({ site: 'zendesk', name: '  José   GARCÍA ' })).toBe('name:jose garcia@zendesk');
    expect(customerKeyFor({ site: 'gmail', name: 'jose garcia' })).toBe('name:jose garcia@gmail');
    expect(customerKeyFor({ site: 'zendesk', email: '  ', name: 'Bo' })).toBe('name:bo@zendesk');
  });

  it('are undefined when the page shows neither', () => {
    expect(customerKeyFor({ site: 'zendesk' })).toBeUndefined();
    expect(customerKeyFor({ site: 'zendesk', name: '   ' })).toBeUndefined();
  });

  it('name tickets by site and id', () => {
    expect(ticketKeyFor('zendesk', '42')).toBe('zendesk:42');
    expect(normalizeCustomerName('Zoë\tO’Brien')).toBe('zoe o’brien');
  });
});
