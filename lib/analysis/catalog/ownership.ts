// Ownership language that raises the score (see score.ts): the rep committing to act, a
// concrete time, a specific apology that names what we did. Data, like the catalog.

export interface OwnershipCue {
  id: 'commitment' | 'concrete_time' | 'specific_apology';
  patterns: string[];
}

export const OWNERSHIP_CUES: OwnershipCue[] = [
  { id: 'commitment', patterns: ['@rep_did', '@rep_will', "that (be | was) on (us | me)", '(i | we) (take | own) (full)? (responsibility | ownership)'] },
  { id: 'concrete_time', patterns: ['TIME_CONCRETE'] },
  {
    id: 'specific_apology',
    patterns: [
      '(sorry | apologize | apology | apologies) (that | for)? (i | we) (=sent | =shipped | =charged | =billed | =missed | =forgot | =gave | =told | =made | =booked | =cancelled | =canceled | =lost | =mixed | =messed | =dropped | =let | =kept | =took | =did | =didn | =failed | =applied | =put | =delivered | =overcharged | =double-charged | =closed | =deleted | =got | =left | =packed | =mislabeled | =mislabelled | =misread | =moved | =changed | =locked | =suspended | =had)',
      '(my | our) (mistake | error | fault | bad | oversight | mix-up)',
      "(that | this) (be | was) (my | our) (mistake | error | fault | doing | oversight)",
    ],
  },
];
