import { migration001 } from './001-initial';
import { migration002 } from './002-tags-notes-sets';
import { migration003 } from './003-drafts';
import { migration004 } from './004-revision-headline';
import { migration005 } from './005-list-indexes';
import { migration006 } from './006-workshops';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in order; ids are 1, 2, 3, … Never edit one that has shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
];
