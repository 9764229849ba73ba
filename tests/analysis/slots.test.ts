import { describe, expect, it } from 'vitest';
import { slotsFromContext } from '../../lib/analysis';

// Slot values are cleaned once per context and reused while it stays the same (slots.ts).

describe('slots from the reply context', () => {
  it('follows every change of the context, and the extras', () => {
    const a = { customerName: 'Gonzalez, Maria', repName: 'Sam', company: 'Acme', orderId: '4411', ticketId: '#981' };
    expect(slotsFromContext(a)).toMatchObject({ customer_first_name: 'Maria', order_ref: 'order #4411', ticket_ref: 'ticket #981' });
    expect(slotsFromContext({ ...a, customerName: 'Dr. Jo Smith' }).customer_first_name).toBe('Jo');
    expect(slotsFromContext({ ...a, ticketId: 'case no. 77' }).ticket_ref).toBe('ticket #77');
    expect(slotsFromContext(a, { partner: 'the airline', orderRef: 'B-1' })).toMatchObject({ partner: 'the airline', order_ref: 'order #B-1' });
    expect(slotsFromContext(a)).toMatchObject({ customer_first_name: 'Maria', partner: undefined, order_ref: 'order #4411' });
  });

  it('gives each call its own object', () => {
    const ctx = { repName: 'Sam' };
    const first = slotsFromContext(ctx);
    first.rep_name = 'changed';
    expect(slotsFromContext(ctx).rep_name).toBe('Sam');
  });
});
