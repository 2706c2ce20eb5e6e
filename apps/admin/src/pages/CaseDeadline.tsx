import { deadlineTag, dueText, type DeadlineLike } from '../app/deadlines.ts';
import { Tag } from '../components/govuk/content.tsx';

/** A case's next deadline in a table cell: what the clock is, when it is due, and a tag. */
export function CaseDeadline({
  deadline,
  now,
}: {
  deadline: (DeadlineLike & { label: string }) | null | undefined;
  now: Date;
}) {
  if (!deadline) return <>None running</>;
  const tag = deadlineTag(deadline, now);
  return (
    <>
      {deadline.label}
      <br />
      <span className="govuk-body-s">{dueText(deadline)}</span>
      <div className="govuk-!-margin-top-1">
        <Tag colour={tag.colour}>{tag.text}</Tag>
      </div>
    </>
  );
}
