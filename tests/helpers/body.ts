/** Four body paragraphs of our own (no evaluation data is copied into tests), for the segment tests. */
export const BODY = [
  'The town council voted on Tuesday to approve a new budget that raises spending on schools and roads by four percent.',
  'Mayor Helen Ortiz said the plan would be paid for without new taxes, and that the district would hire twelve teachers.',
  'Critics on the council said the budget relied on optimistic forecasts of sales tax revenue, which fell last year.',
  'A final vote on the road repairs is expected at the next meeting, which is scheduled for the first week of June.',
];
export const body = BODY.join('\n');
