/**
 * The names of the bridge's channels, apart from their schemas so that the sandboxed preload can
 * check a channel without bundling a validation library.
 */
export const CHANNELS = [
  'app:info',
  'app:language',
  'models:bundled',
  'scenarios:list',
  'scenarios:page',
  'scenarios:get',
  'scenarios:save',
  'scenarios:history',
  'scenarios:restore',
  'scenarios:rename',
  'scenarios:duplicate',
  'scenarios:delete',
  'scenarios:undelete',
  'scenarios:emptyBin',
  'scenarios:addTags',
  'scenarios:removeTag',
  'scenarios:addNote',
  'drafts:save',
  'drafts:list',
  'drafts:discard',
  'countries:list',
  'countries:get',
  'countries:import',
  'countryDb:list',
  'countryDb:get',
  'countryDb:import',
  'gap:all',
  'sets:list',
  'sets:save',
  'sets:delete',
  'workshops:list',
  'workshops:get',
  'workshops:create',
  'workshops:delete',
  'workshops:importGroup',
  'report:workbook',
  'export:tableXlsx',
  'report:pdf',
  'dialog:openFile',
  'dialog:saveFile',
  'dialog:saveBinary',
  'window:close',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Channels that only the desktop app answers; the browser build does these in the page itself. */
export const DESKTOP_ONLY: readonly Channel[] = [
  'app:language',
  'dialog:openFile',
  'dialog:saveFile',
  'dialog:saveBinary',
  'report:pdf',
  'window:close',
];
