import { describe, expect, it } from 'vitest';
import { analyzeDraft, cleanDraft } from '../../lib/analysis';

// Quoted history and signatures are never analyzed (TAXONOMY §1a).

const kept = (text: string) => cleanDraft(text).regions.map((r) => text.slice(r.start, r.end)).join('|');

describe('quoted history and signatures', () => {
  it('stops at "On … wrote:" and ignores the quote', () => {
    const text = "I've refunded you.\n\nOn Mon, 3 Mar 2025 at 10:02, Support <help@acme.com> wrote:\n> Please contact your bank.";
    expect(kept(text)).toBe("I've refunded you.");
    expect(analyzeDraft(text).findings).toEqual([]);
  });

  it('handles a Gmail quote intro wrapped over two lines', () => {
    const text = 'Booked.\n\nOn Tue, Mar 4, 2025 at 9:15 AM Jo Smith <jo@example.com>\nwrote:\n> Is there anything else I can help you with?';
    expect(kept(text)).toBe('Booked.');
  });

  it('drops lines starting with ">" but keeps the rep\'s inline answers', () => {
    const text = '> Where is my parcel?\nIt left our warehouse today.\n> And the refund?\nIssued this morning.';
    expect(kept(text)).toBe('It left our warehouse today.|Issued this morning.');
  });

  it('stops at Original Message and forwarded blocks', () => {
    expect(kept('Done!\n-----Original Message-----\nFrom: x\nPlease contact the airline.')).toBe('Done!');
    expect(kept('See below.\n---------- Forwarded message ---------\nFrom: a@b.c\nWe apologize for any inconvenience.')).toBe('See below.');
  });

  it('stops at an Outlook "From: … Sent: …" header', () => {
    const text = 'Fixed it.\n\nFrom: Support Team <help@acme.com>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Jo\nSubject: RE: order\n\nPer our policy we cannot refund.';
    expect(kept(text)).toBe('Fixed it.');
    expect(analyzeDraft(text).findings).toEqual([]);
  });

  it('drops a "-- " signature and "Sent from my iPhone"', () => {
    expect(kept('Shipped today.\n-- \nDana | Acme Support\nYour satisfaction is our priority')).toBe('Shipped today.');
    expect(kept('Shipped today.\n\nSent from my iPhone')).toBe('Shipped today.');
  });

  it('drops a sign-off and the short lines after it', () => {
    const text = 'Hi Jo,\n\nI moved your booking to Friday.\n\nBest regards,\nDana\nAcme Rentals\nWe value your business';
    expect(kept(text)).toBe('Hi Jo,\n\nI moved your booking to Friday.');
    expect(analyzeDraft(text).findings).toEqual([]);
  });

  it('does not mistake a short opening "Thanks!" for a sign-off', () => {
    const text = "Thanks!\nI've refunded the order.\nIt shows as pending today.\nYou'll see it by Friday.\nAnything odd, reply here.\nI'm on shift until 6.\nDana";
    expect(kept(text).startsWith('Thanks!')).toBe(true);
  });

  it('finds the sign-off and quoted history with Windows and Unicode line breaks too', () => {
    expect(kept('Fixed it.\r\n\r\nBest regards,\r\nDana')).toBe('Fixed it.');
    expect(kept('Fixed it.\u2028Kind regards\u2028Dana')).toBe('Fixed it.');
    expect(kept('Fixed it.\r\rOn Mon, 3 Mar 2025 at 10:02, Jo <jo@x.com> wrote:\r> Please contact your bank.')).toBe('Fixed it.');
  });

  it('reads a sign-off through the characters rich editors put in place of spaces', () => {
    expect(kept('Fixed it.\n\nBest\u00a0regards,\nDana')).toBe('Fixed it.');
    expect(kept('Fixed it.\n\n\u200bThanks\u200bso much!\u200b\nDana')).toBe('Fixed it.');
    // toLowerCase folds the Kelvin sign to "k": still "kind regards".
    expect(kept('Fixed it.\n\n\u212Aind regards,\nDana')).toBe('Fixed it.');
  });
});
