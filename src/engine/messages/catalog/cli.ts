import type { MessagePart } from '../types';

/** Problems with what was typed on the command line (src/cli). */
export const cliMessages = {
  en: {
    'cli.cannotWrite': 'cannot write: {{reason}}',
    'cli.cannotWriteFile': 'cannot write {{file}}: {{reason}}',
    'cli.permissionDenied': 'permission denied',
    'cli.noFolder': 'cannot write {{file}}: the folder {{folder}} does not exist',
    'cli.isFolder': 'cannot write {{file}}: it is a folder',
    'cli.nothingToWrite':
      'nothing to write: give --xlsx FILE (an Excel workbook with live formulas) and/or --pdf FILE',
    'cli.unknownCountry':
      'country {{country}} is not in the library: import it with `spf countries import FILE` or in the app: Country data → Import; or pass its data with --country FILE (a spf.country/1 file)',
    'cli.wholeNumber': '{{what}} must be a whole number from 1, such as 12; found "{{text}}"',
    'cli.noSingleAgeData':
      '"{{iso3}}" has no WPP 2024 single-age data; the single-age files hold {{count}} countries: {{codes}}',
    'cli.noRowsFor': 'has no rows for "{{code}}"',
    'cli.fromYear':
      'must be a year with a 1 January population and rates, {{first}}-{{last}}, found {{found}}',
    'cli.toYear':
      'must be from --from ({{from}}) to {{last}}, the last year with rates (the flows of --to are projected too), found {{found}}',
    'cli.noRateYear': 'the rates have no year {{year}}',
    'cli.noNetMigrants': 'the annual indicators give no net migrants for {{iso3}} in {{year}}',
    'cli.noBirths': 'the annual indicators give no births for {{iso3}} in {{year}}; give --srb',
    'cli.describe.none': 'A package with no benefit yet, costed {{first}}-{{last}} on {{country}}.',
    'cli.describe.one':
      'The default package with one floor guarantee ({{benefits}}), phased in from {{from}} to {{to}}, costed {{first}}-{{last}} on {{country}}.',
    'cli.describe.many':
      'The default package of {{count}} floor guarantees ({{benefits}}), phased in from {{from}} to {{to}}, costed {{first}}-{{last}} on {{country}}.',
    // spf country build with several countries (--iso3 KEN,NPL or --all): checks, progress, summary.
    'cli.batch.neither':
      "required option '--iso3 <CODE>' not specified: give --iso3 KEN (or a list such as KEN,NPL,ETH) or --all",
    'cli.batch.both': 'give either --iso3 or --all, not both',
    'cli.batch.emptyList':
      'must list at least one country code, such as KEN or KEN,NPL,ETH; found {{found}}',
    'cli.batch.outWithMany':
      'writes one country; for several countries give --out-dir DIR (one file per country)',
    'cli.batch.noOutDir': 'the folder {{folder}} does not exist',
    'cli.batch.built': '{{done}}/{{total}} {{iso3}} built',
    'cli.batch.failed': '{{done}}/{{total}} {{iso3}} failed',
    'cli.batch.eta': 'ETA {{eta}}',
    'cli.batch.notBuilt': 'not built: {{iso3}}: {{reason}}',
    'cli.batch.summary': '{{built}} built, {{failed}} failed',
    'cli.batch.moreProblems':
      '… and {{count}} more for {{iso3}} (spf country build --iso3 {{iso3}} lists every problem)',
  },
  fr: {
    'cli.cannotWrite': 'écriture impossible : {{reason}}',
    'cli.cannotWriteFile': 'impossible d’écrire {{file}} : {{reason}}',
    'cli.permissionDenied': 'permission refusée',
    'cli.noFolder': 'impossible d’écrire {{file}} : le dossier {{folder}} n’existe pas',
    'cli.isFolder': 'impossible d’écrire {{file}} : c’est un dossier',
    'cli.nothingToWrite':
      'rien à écrire : donnez --xlsx FICHIER (un classeur Excel aux formules actives) et/ou --pdf FICHIER',
    'cli.unknownCountry':
      'le pays {{country}} n’est pas dans la bibliothèque : importez-le avec `spf countries import FICHIER` ou, dans l’application : Données du pays → Importer des données pays ; ou donnez ses données avec --country FICHIER (un fichier spf.country/1)',
    'cli.wholeNumber':
      '{{what}} doit être un nombre entier à partir de 1, comme 12 ; trouvé : "{{text}}"',
    'cli.noSingleAgeData':
      '"{{iso3}}" n’a pas de données WPP 2024 par âge simple ; les fichiers par âge simple contiennent {{count}} pays : {{codes}}',
    'cli.noRowsFor': 'n’a aucune ligne pour "{{code}}"',
    'cli.fromYear':
      'doit être une année avec une population au 1er janvier et des taux, {{first}}-{{last}} ; trouvé : {{found}}',
    'cli.toYear':
      'doit aller de --from ({{from}}) à {{last}}, la dernière année avec des taux (les flux de --to sont projetés aussi) ; trouvé : {{found}}',
    'cli.noRateYear': 'les taux n’ont pas d’année {{year}}',
    'cli.noNetMigrants':
      'les indicateurs annuels ne donnent pas de migrants nets pour {{iso3}} en {{year}}',
    'cli.noBirths':
      'les indicateurs annuels ne donnent pas de naissances pour {{iso3}} en {{year}} ; donnez --srb',
    'cli.describe.none':
      'Un ensemble sans prestation pour l’instant, chiffré {{first}}-{{last}} pour : {{country}}.',
    'cli.describe.one':
      'L’ensemble par défaut avec une garantie du socle ({{benefits}}), introduite progressivement de {{from}} à {{to}}, chiffré {{first}}-{{last}} pour : {{country}}.',
    'cli.describe.many':
      'L’ensemble par défaut de {{count}} garanties du socle ({{benefits}}), introduites progressivement de {{from}} à {{to}}, chiffré {{first}}-{{last}} pour : {{country}}.',
    'cli.batch.neither':
      "option requise '--iso3 <CODE>' non indiquée : donnez --iso3 KEN (ou une liste comme KEN,NPL,ETH) ou --all",
    'cli.batch.both': 'donnez --iso3 ou --all, pas les deux',
    'cli.batch.emptyList':
      'doit donner au moins un code de pays, comme KEN ou KEN,NPL,ETH ; trouvé : {{found}}',
    'cli.batch.outWithMany':
      'écrit un seul pays ; pour plusieurs pays, donnez --out-dir DOSSIER (un fichier par pays)',
    'cli.batch.noOutDir': 'le dossier {{folder}} n’existe pas',
    'cli.batch.built': '{{done}}/{{total}} {{iso3}} construit',
    'cli.batch.failed': '{{done}}/{{total}} {{iso3}} en échec',
    'cli.batch.eta': 'reste environ {{eta}}',
    'cli.batch.notBuilt': 'non construit : {{iso3}} : {{reason}}',
    'cli.batch.summary': '{{built}} construits, {{failed}} en échec',
    'cli.batch.moreProblems':
      '… et {{count}} de plus pour {{iso3}} (spf country build --iso3 {{iso3}} donne chaque problème)',
  },
  es: {
    'cli.cannotWrite': 'no se puede escribir: {{reason}}',
    'cli.cannotWriteFile': 'no se puede escribir {{file}}: {{reason}}',
    'cli.permissionDenied': 'permiso denegado',
    'cli.noFolder': 'no se puede escribir {{file}}: la carpeta {{folder}} no existe',
    'cli.isFolder': 'no se puede escribir {{file}}: es una carpeta',
    'cli.nothingToWrite':
      'nada que escribir: indique --xlsx ARCHIVO (un libro de Excel con fórmulas activas) y/o --pdf ARCHIVO',
    'cli.unknownCountry':
      'el país {{country}} no está en la biblioteca: impórtelo con `spf countries import ARCHIVO` o, en la aplicación: Datos del país → Importar datos del país; o pase sus datos con --country ARCHIVO (un archivo spf.country/1)',
    'cli.wholeNumber':
      '{{what}} debe ser un número entero desde 1, como 12; se encontró "{{text}}"',
    'cli.noSingleAgeData':
      '"{{iso3}}" no tiene datos WPP 2024 por edad simple; los archivos por edad simple contienen {{count}} países: {{codes}}',
    'cli.noRowsFor': 'no tiene filas para "{{code}}"',
    'cli.fromYear':
      'debe ser un año con población al 1 de enero y tasas, {{first}}-{{last}}; se encontró {{found}}',
    'cli.toYear':
      'debe ir de --from ({{from}}) a {{last}}, el último año con tasas (los flujos de --to también se proyectan); se encontró {{found}}',
    'cli.noRateYear': 'las tasas no tienen el año {{year}}',
    'cli.noNetMigrants': 'los indicadores anuales no dan migrantes netos para {{iso3}} en {{year}}',
    'cli.noBirths':
      'los indicadores anuales no dan nacimientos para {{iso3}} en {{year}}; indique --srb',
    'cli.describe.none':
      'Un paquete todavía sin prestaciones, costeado {{first}}-{{last}} para: {{country}}.',
    'cli.describe.one':
      'El paquete predeterminado con una garantía del piso ({{benefits}}), introducida gradualmente de {{from}} a {{to}}, costeado {{first}}-{{last}} para: {{country}}.',
    'cli.describe.many':
      'El paquete predeterminado de {{count}} garantías del piso ({{benefits}}), introducidas gradualmente de {{from}} a {{to}}, costeado {{first}}-{{last}} para: {{country}}.',
    'cli.batch.neither':
      "falta la opción obligatoria '--iso3 <CODE>': indique --iso3 KEN (o una lista como KEN,NPL,ETH) o --all",
    'cli.batch.both': 'indique --iso3 o --all, no ambos',
    'cli.batch.emptyList':
      'debe indicar al menos un código de país, como KEN o KEN,NPL,ETH; se encontró {{found}}',
    'cli.batch.outWithMany':
      'escribe un solo país; para varios países indique --out-dir CARPETA (un archivo por país)',
    'cli.batch.noOutDir': 'la carpeta {{folder}} no existe',
    'cli.batch.built': '{{done}}/{{total}} {{iso3}} construido',
    'cli.batch.failed': '{{done}}/{{total}} {{iso3}} fallido',
    'cli.batch.eta': 'quedan unos {{eta}}',
    'cli.batch.notBuilt': 'no construido: {{iso3}}: {{reason}}',
    'cli.batch.summary': '{{built}} construidos, {{failed}} fallidos',
    'cli.batch.moreProblems':
      '… y {{count}} más para {{iso3}} (spf country build --iso3 {{iso3}} muestra cada problema)',
  },
} satisfies MessagePart;
