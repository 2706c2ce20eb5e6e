/**
 * The pack as an accessible printable HTML page (one field per row, in the form's order, missing
 * ones marked in words, not only colour) and as Markdown for copying into the online form.
 * Everything is escaped; redacted and withheld values are said so, never shown.
 */
import type { PackField } from '@waymark/pathways';
import { displayValue } from './referrals-nrm.types.ts';
import type { CasePack } from './referral-pack.service.ts';

const KIND_TITLE = {
  NRM: 'NRM referral',
  DUTY_TO_NOTIFY: 'Duty to Notify',
  RECONSIDERATION: 'Reconsideration request',
};
const STATUS_TEXT = {
  ANSWERED: 'Answered',
  MISSING: 'Missing',
  NOT_APPLICABLE: 'Not applicable',
  INVALID: 'Needs changing',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function shown(field: PackField): string {
  if (field.redacted) return '[redacted: you may not see identifying details]';
  if (field.withheld) return `[${field.message ?? 'withheld'}]`;
  return displayValue(field.value) ?? '';
}

const title = (pack: CasePack) =>
  `${KIND_TITLE[pack.kind]} for case ${pack.caseReference}${pack.anonymised ? ' (anonymised)' : ''}`;

export function packHtml(pack: CasePack): string {
  const h = escapeHtml;
  const sections = pack.sections
    .map((section) => {
      const steps = section.steps
        .map((step) => {
          const rows = step.fields
            .filter((f) => f.status !== 'NOT_APPLICABLE' || f.withheld)
            .map((f) => {
              const status = f.status === 'MISSING' && !f.required ? 'Optional, not answered' : STATUS_TEXT[f.status];
              return `<tr class="${f.status.toLowerCase()}"><th scope="row">${h(f.label)}<br><code>${h(f.key)}</code></th><td>${h(shown(f)).replace(/\n/g, '<br>')}${f.message ? `<p class="message">${h(f.message)}</p>` : ''}</td><td>${h(status)}${f.source && f.source !== 'answers' ? `<br><small>from ${h(f.source)}</small>` : ''}</td></tr>`;
            })
            .join('\n');
          return rows
            ? `<h3>${h(step.title)} <small>${h(step.id)}</small></h3>\n<table><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Status</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
            : '';
        })
        .join('\n');
      return `<section aria-labelledby="s-${h(section.id)}"><h2 id="s-${h(section.id)}">${h(section.title)}: ${section.complete ? 'completed' : 'incomplete'}</h2>\n${steps}</section>`;
    })
    .join('\n');
  const warnings = pack.warnings.length
    ? `<div role="alert"><h2>Check before submitting</h2><ul>${pack.warnings.map((w) => `<li>${h(w.message)}</li>`).join('')}</ul></div>`
    : '';
  const missing = pack.missing.length
    ? `<h2>Missing (${pack.missing.length})</h2><ul>${pack.missing.map((m) => `<li>${h(m.label)} (<code>${h(m.key)}</code>)</li>`).join('')}</ul>`
    : '<p>Every required question is answered.</p>';
  const indicators = pack.indicators.length
    ? `<h2>Indicators recorded</h2><ul>${pack.indicators.map((i) => `<li>${h(i.text)}: ${h(i.note)}</li>`).join('')}</ul>`
    : '';
  const evidence = pack.evidence.length
    ? `<h2>Evidence to upload</h2><ul>${pack.evidence.map((e) => `<li>${h(e.kind)}: ${h(e.description)}${e.documentDate ? ` (${e.documentDate.toISOString().slice(0, 10)})` : ''}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${h(title(pack))}</title>
<style>
body{font-family:Arial,sans-serif;margin:1.5rem;color:#0b0c0c;line-height:1.4}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
th,td{border:1px solid #505a5f;padding:.4rem;vertical-align:top;text-align:left}
thead th{background:#f3f2f1}
tr.missing td:nth-child(3),tr.invalid td:nth-child(3){font-weight:bold}
[role=alert]{border:4px solid #d4351c;padding:.5rem 1rem}
code,small{color:#505a5f}
@media print{section{break-inside:auto}tr{break-inside:avoid}}
</style>
</head>
<body>
<main>
<h1>${h(title(pack))}</h1>
<p>Form: ${h(pack.formId)} version ${pack.formVersion}${pack.route ? `, route ${h(pack.route)}` : ''}. ${pack.complete ? 'Complete.' : 'Incomplete.'}</p>
${warnings}
${missing}
${sections}
${indicators}
${evidence}
</main>
</body>
</html>
`;
}

export function packMarkdown(pack: CasePack): string {
  const lines = [
    `# ${title(pack)}`,
    '',
    `Form: ${pack.formId} version ${pack.formVersion}. ${pack.complete ? 'Complete.' : `Incomplete: ${pack.missing.length} missing.`}`,
    '',
  ];
  for (const w of pack.warnings) lines.push(`> **Check:** ${w.message}`, '');
  for (const section of pack.sections) {
    lines.push(`## ${section.title} (${section.complete ? 'completed' : 'incomplete'})`, '');
    for (const step of section.steps) {
      const rows = step.fields.filter((f) => f.status !== 'NOT_APPLICABLE' || f.withheld);
      if (!rows.length) continue;
      lines.push(`### ${step.title}`, '');
      for (const f of rows) {
        const mark =
          f.status === 'MISSING'
            ? f.required
              ? ' **[MISSING]**'
              : ' _[optional]_'
            : f.status === 'INVALID'
              ? ' **[NEEDS CHANGING]**'
              : '';
        lines.push(`**${f.label}**${mark}`, '', shown(f) || '_(blank)_', '');
      }
    }
  }
  if (pack.indicators.length) {
    lines.push('## Indicators recorded', '');
    for (const i of pack.indicators) lines.push(`- ${i.text}: ${i.note}`);
    lines.push('');
  }
  if (pack.evidence.length) {
    lines.push('## Evidence to upload', '');
    for (const e of pack.evidence) lines.push(`- ${e.kind}: ${e.description}`);
    lines.push('');
  }
  return lines.join('\n');
}
