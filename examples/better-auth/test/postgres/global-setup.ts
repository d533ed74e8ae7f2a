// A real PostgreSQL server for the tests of several instances of the app.
import type { TestProject } from 'vitest/node';
import { providePostgres } from '../../../../test/support/postgres-setup';

export default function setup(project: TestProject) {
  providePostgres(
    project,
    'the tests of three Better Auth app instances on one PostgreSQL server',
  );
}
