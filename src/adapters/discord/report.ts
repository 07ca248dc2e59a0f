// The "Wrong?" buttons under an answer (one per entry) and the menu a click opens, visible to the clicker alone.
// Custom ids carry the statement's id (Discord allows 100 characters); what comes back is parsed, never trusted.
import type { APIActionRowComponent, APIButtonComponent, APIStringSelectComponent } from 'discord.js';
import { REASON_LABELS, REPORT_REASONS, type ReportReason } from '../../feedback/reports.ts';
import type { AnswerPage } from '../../render/pages.ts';

const WRONG = 'whosaid:wrong:';
const WHY = 'whosaid:why:';
const MAX_CUSTOM_ID = 100;

/** One "Wrong? n" button per entry of the page (an entry whose id would not fit gets none). */
export function wrongButtons(page: AnswerPage): Array<APIActionRowComponent<APIButtonComponent>> {
  const buttons: APIButtonComponent[] = [];
  page.hits.forEach((hit, i) => {
    const customId = `${WRONG}${hit.id}`;
    if (customId.length <= MAX_CUSTOM_ID) buttons.push({ type: 2, style: 2, label: `Wrong? ${page.firstNumber + i}`, custom_id: customId });
  });
  return buttons.length > 0 ? [{ type: 1, components: buttons.slice(0, 5) }] : [];
}

export function parseWrongButton(customId: string): string | null {
  return customId.startsWith(WRONG) && customId.length > WRONG.length ? customId.slice(WRONG.length) : null;
}

export function reasonMenu(statement: string): Array<APIActionRowComponent<APIStringSelectComponent>> {
  return [
    {
      type: 1,
      components: [
        {
          type: 3,
          custom_id: `${WHY}${statement}`.slice(0, MAX_CUSTOM_ID),
          placeholder: 'What is wrong?',
          min_values: 1,
          max_values: 1,
          options: REPORT_REASONS.map((reason) => ({ label: REASON_LABELS[reason], value: reason })),
        },
      ],
    },
  ];
}

export function parseReasonMenu(customId: string, values: readonly string[]): { statement: string; reason: ReportReason } | null {
  if (!customId.startsWith(WHY) || customId.length === WHY.length) return null;
  const reason = REPORT_REASONS.find((known) => known === values[0]);
  return reason ? { statement: customId.slice(WHY.length), reason } : null;
}
