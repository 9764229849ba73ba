// Customer messages written for the learned model (2026-11-22, by the model's author, not taken
// from the corpus), fully labelled, to widen the wording it sees beyond the tune half.

export const OWN_CUSTOMER_MESSAGES: Array<{ id: string; customer: string; situations: string[]; signals: string[] }> = [];
