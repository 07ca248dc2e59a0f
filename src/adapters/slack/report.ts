// The "Wrong?" button on each answer entry: a click opens a small modal (what is wrong, an optional note); the
// submission is stored as a report and the modal turns into a thank-you only the reporter sees. Values and
// metadata come back from Slack as untrusted input: parsed with zod.
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { MAX_NOTE_LENGTH, REASON_LABELS, REPORT_REASONS, type ReportReason } from '../../feedback/reports.ts';
import type { StatementHit } from '../../model.ts';
import { type ReportButton, SLACK_LIMITS, escapeSlack } from '../../render/slack.ts';
import { capText } from '../../render/snippet.ts';

export const REPORT_ACTION_ID = 'whosaid_wrong';
export const REPORT_VIEW_ID = 'whosaid_wrong_view';

const ButtonValue = z.object({ s: z.string().min(1).max(1000) });
const Metadata = z.object({ s: z.string().min(1).max(1000) });

/** Each entry's button carries its statement's id; nothing from the article travels through Slack and back. */
export const reportButton: ReportButton = {
  actionId: REPORT_ACTION_ID,
  value: (hit: StatementHit) => JSON.stringify({ s: hit.id }),
};

export function decodeReportButton(value: string | undefined): z.infer<typeof ButtonValue> | null {
  try {
    const parsed = ButtonValue.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type ModalView = types.ModalView;

export function reportModal(statement: string, summary: string): ModalView {
  return {
    type: 'modal',
    callback_id: REPORT_VIEW_ID,
    private_metadata: JSON.stringify({ s: statement }),
    title: { type: 'plain_text', text: 'Report a wrong answer' },
    submit: { type: 'plain_text', text: 'Report' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: escapeSlack(capText(summary, SLACK_LIMITS.sectionText)) } },
      {
        type: 'input',
        block_id: 'reason',
        label: { type: 'plain_text', text: 'What is wrong?' },
        element: {
          type: 'radio_buttons',
          action_id: 'reason',
          options: REPORT_REASONS.map((reason) => ({ text: { type: 'plain_text' as const, text: REASON_LABELS[reason] }, value: reason })),
        },
      },
      {
        type: 'input',
        block_id: 'note',
        optional: true,
        label: { type: 'plain_text', text: 'Note for the corpus keeper' },
        element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: MAX_NOTE_LENGTH },
      },
    ],
  };
}

export function thanksModal(text: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Report a wrong answer' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeSlack(text) } }],
  };
}

const Submission = z.object({
  reason: z.object({ reason: z.object({ selected_option: z.object({ value: z.enum(REPORT_REASONS) }) }) }),
  note: z.object({ note: z.object({ value: z.string().max(MAX_NOTE_LENGTH).nullish() }) }).optional(),
});

/** The statement, reason and note of a submitted modal, or null when the submission is not one of ours. */
export function readSubmission(view: { private_metadata?: string; state?: { values?: unknown } }): { statement: string; reason: ReportReason; note: string | null } | null {
  try {
    const metadata = Metadata.safeParse(JSON.parse(view.private_metadata ?? ''));
    const values = Submission.safeParse(view.state?.values);
    if (!metadata.success || !values.success) return null;
    return { statement: metadata.data.s, reason: values.data.reason.reason.selected_option.value, note: values.data.note?.note.value ?? null };
  } catch {
    return null;
  }
}
