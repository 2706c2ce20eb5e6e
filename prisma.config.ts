// Prisma CLI configuration. Only `prisma generate` is used here: migrations are created and
// applied by Waymark's own scripts because Prisma's native engines cannot be downloaded
// offline (see prisma/README.md). `generate` needs a datasource url but never connects.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1/unused' },
});
