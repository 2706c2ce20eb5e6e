/**
 * `pnpm figures:report <area> <from YYYY-MM> <to YYYY-MM> [--month] [--threshold N]`: an area's
 * protected figures from the configured database as text tables (quarterly by default), with the
 * suppression applied to each. Prints only what the API would publish.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase, prisma } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { ValidationError } from '../../errors.ts';
import { configureFigures } from './figures-policy.ts';
import { partnershipFigures } from './partnership-figures.ts';
import { figuresText } from './figures.text.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { month: { type: 'boolean', default: false }, threshold: { type: 'string' } },
});
const [areaCode, from, to] = positionals;
if (!areaCode || !from || !to) {
  console.error('usage: pnpm figures:report <area code> <from YYYY-MM> <to YYYY-MM> [--month] [--threshold N]');
  process.exit(2);
}

try {
  const config = loadConfig();
  configureFigures(config.figures);
  await openDatabase(config.database, { migrate: false });
  const area = await prisma.area.findUnique({
    where: { code: areaCode },
    select: { id: true, code: true, name: true },
  });
  if (!area) {
    console.error('waymark: no area with that code');
    process.exitCode = 2;
  } else {
    const figures = await partnershipFigures(area, {
      period: { from, to, granularity: values.month ? 'MONTH' : 'QUARTER' },
      threshold: values.threshold ? Number(values.threshold) : null,
    });
    console.log(figuresText(figures));
  }
  await closeDatabase();
} catch (error) {
  if (error instanceof ValidationError) {
    console.error(`waymark: ${error.fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
