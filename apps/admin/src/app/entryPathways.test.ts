import { describe, expect, it } from 'vitest';
import { entryPathwayIds, pathwaysForArea } from './entryPathways.ts';

const coventry = { code: 'coventry', source: { file: '002.md' } };
const pathway = (id: string, version: number, handOffs: string[] = [], file = '002.md') => ({
  id,
  version,
  title: id,
  source: { file },
  steps: handOffs.map((handOff) => ({ handOff })),
});

describe('pathwaysForArea', () => {
  const all = [
    pathway('coventry-pre-nrm', 1, ['coventry-during-nrm']),
    pathway('coventry-initial', 1, ['coventry-pre-nrm']),
    pathway('coventry-initial', 2, ['coventry-pre-nrm']),
    pathway('coventry-during-nrm', 1),
    pathway('bexley-referral', 1, [], '001.md'),
  ];

  it('keeps the area’s own pathways, latest version each, entry pathway first', () => {
    const own = pathwaysForArea(coventry, all);
    expect(own.map((p) => `${p.id} v${p.version}`)).toEqual([
      'coventry-initial v2',
      'coventry-pre-nrm v1',
      'coventry-during-nrm v1',
    ]);
  });

  it('names as entry only the pathways nothing else in the area hands off to', () => {
    expect([...entryPathwayIds(coventry, all)]).toEqual(['coventry-initial']);
  });
});
