import type { Migration } from 'kysely';
import * as initial from './001_initial.js';
import * as planVersions from './002_plan_versions.js';
import * as planChanges from './003_plan_changes.js';
import * as activityTitles from './004_activity_titles.js';
import * as logOrderIndexes from './005_log_order_indexes.js';

/** Every migration, by name; kysely runs them in name order. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_plan_versions': planVersions,
  '003_plan_changes': planChanges,
  '004_activity_titles': activityTitles,
  '005_log_order_indexes': logOrderIndexes,
};
