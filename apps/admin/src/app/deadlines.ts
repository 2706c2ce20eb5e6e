/**
 * How a pathway clock reads to a lead: one tag per deadline status, and "due soon" for a
 * running clock due within DUE_SOON_HOURS (the API reports running or overdue; how soon is
 * "soon" is a presentation choice, so it lives here).
 */
import type { TagColour } from '../components/govuk/content.tsx';
import { formatDateTime } from './format.ts';

export const DUE_SOON_HOURS = 48;

export interface DeadlineLike {
  status: string;
  dueAt?: string | null;
  dueDate?: string | null;
  metAt?: string | null;
  overdueBySeconds?: number;
}

export interface DeadlineTag {
  text: string;
  colour?: TagColour;
}

export function deadlineTag(deadline: DeadlineLike, now: Date): DeadlineTag {
  switch (deadline.status) {
    case 'overdue':
      return { text: 'Overdue', colour: 'red' };
    case 'running':
      return deadline.dueAt && new Date(deadline.dueAt).getTime() - now.getTime() <= DUE_SOON_HOURS * 3600_000
        ? { text: 'Due soon', colour: 'orange' }
        : { text: 'Running', colour: 'blue' };
    case 'met':
      return { text: 'Met', colour: 'green' };
    case 'metLate':
      return { text: 'Met late', colour: 'yellow' };
    case 'elapsed':
      return { text: 'Period ended', colour: 'grey' };
    case 'unscheduled':
      return { text: 'No due date', colour: 'grey' };
    case 'stopped':
      return { text: 'Stopped: case closed', colour: 'grey' };
    default:
      return { text: deadline.status, colour: 'grey' };
  }
}

/** "Due 3 December 2026 at 5pm", or the calendar day for a date-only deadline. */
export function dueText(deadline: DeadlineLike): string {
  if (deadline.metAt) return `Met ${formatDateTime(deadline.metAt)}`;
  if (deadline.dueAt) return `Due ${formatDateTime(deadline.dueAt)}`;
  if (deadline.dueDate) return `Due ${deadline.dueDate}`;
  return 'No due date';
}
