import { parseJsonText } from '#engine';
import type { Handlers } from './bridge-dispatch';
import type { Library } from './library/index';

/**
 * The library's handlers with the workshop channels added, and the changes a workshop's locked
 * baseline refuses (a save over it, a rename, a restore) checked first: the app saves changes to a
 * baseline as a new scenario instead.
 */
export function withWorkshops(library: Library, handlers: Handlers): Handlers {
  const save = handlers['scenarios:save'];
  const rename = handlers['scenarios:rename'];
  const restore = handlers['scenarios:restore'];
  const refuse = (id: number | undefined) => {
    if (id !== undefined) library.refuseLockedBaseline(id);
  };
  return {
    ...handlers,
    ...workshopHandlers(library),
    ...(save && {
      'scenarios:save': (r) => {
        refuse(r.id);
        return save(r);
      },
    }),
    ...(rename && {
      'scenarios:rename': (r) => {
        refuse(r.id);
        return rename(r);
      },
    }),
    ...(restore && {
      'scenarios:restore': (r) => {
        refuse(r.id);
        return restore(r);
      },
    }),
  };
}

/**
 * The workshop channels (docs/library.md, "Workshops"): thin calls into the library, which checks
 * every request and answers with located problems.
 */
export function workshopHandlers(
  library: Library,
): Pick<
  Handlers,
  | 'workshops:list'
  | 'workshops:get'
  | 'workshops:create'
  | 'workshops:delete'
  | 'workshops:importGroup'
> {
  return {
    'workshops:list': () => library.listWorkshops(),
    'workshops:get': ({ id }) => library.getWorkshop(id),
    'workshops:create': (input) => library.createWorkshop(input),
    'workshops:delete': ({ id }) => {
      library.deleteWorkshop(id);
      return null;
    },
    'workshops:importGroup': ({ id, group, fileName, text }) => {
      const r = library.importGroupFile(id, group, parseJsonText(text, fileName), fileName);
      return { id: r.id, rev: r.rev };
    },
  };
}
