import type { MessagePart } from '../types';

/**
 * The country builder (src/node/country-build, `spf country build` and the app's "Build from
 * public data"): problems with its options or the public files, and its notes on what it left out.
 */
export const countryBuildMessages = {
  en: {
    'build.iso3': 'must be a three-letter ISO 3166-1 code such as KEN, found {{found}}',
    'build.noGdp': 'has no GDP: the base year cannot be set',
    'build.baseYearOutsideGdp':
      '{{baseYear}} is outside the years with IMF GDP for {{iso3}} ({{first}}-{{last}} in {{file}})',
    'build.toBeforeBase': 'must be a year >= the base year {{baseYear}}, found {{toYear}}',
    'build.outsideBirths':
      'WPP 2024 births for {{iso3}} cover {{first}}-{{last}} in {{file}}; the years {{baseYear}}-{{toYear}} are outside them',
    'build.outsideWpp2019':
      'the WPP 2019 population of {{iso3}} covers {{first}}-{{last}} in {{file}}; {{baseYear}}-{{toYear}} is outside it',
    'build.birthsNotThousands':
      'gives {{births}} births for {{persons}} persons (over 10% of the population): the column must be in thousands',
    'build.ghedIndicator':
      'has no "{{code}}" measured as domestic general government health expenditure in percent of GDP',
    'build.ghedIndicatorSays':
      'has no "{{code}}" measured as domestic general government health expenditure in percent of GDP (it says "{{name}}", "{{unit}}")',
    'build.inBuiltFile': '{{builtMessage}} (in the file built for {{builtFor}})',
    'build.note.noCurrency':
      'no ISO 4217 code known for {{iso3}}; labelled "LCU" (give --currency)',
    'build.note.noHeadcount':
      'the World Bank file has no poverty headcount for this country; lines without a headcount (benefits targeted at the poor will be refused)',
    'build.note.noHealth': 'WHO GHED has no {{code}} for this country; left out',
    'build.note.noSpending':
      'no public source in ../shared/data; left out (the gap against current spending counts the whole cost, with a warning)',
    'build.note.noHealthCoverage':
      'no public source; left out (the engine counts everyone as not yet covered, with a warning)',
    'build.note.noDemography':
      'WPP 2024 gives no {{missing}} for this country; left out (the population cannot be projected, so demographic variants are refused)',
    'build.note.noNetMigration': 'WPP 2024 gives no net migrants; taken as 0',
    'build.note.healthEarlierYear':
      'the WHO file leaves {{code}} empty for {{empty}}: the value of {{year}}, the latest year with one, is used (an assumption)',
    'build.note.aboveGdp':
      '{{code}} is above 100% of GDP in {{years}} (up to {{max}}): kept as the IMF publishes it (income from abroad and grants can pay for more than GDP)',
    'build.note.nationalLineNoHeadcount':
      'no national headcount between 0% and 100% in the World Bank file: no implied national line (type the official line if known)',
    'build.note.nationalLineFewHeadcounts':
      'fewer than two international headcounts between 0% and 100% in any survey year (national headcount of {{year}}): no implied national line (type the official line if known)',
    'build.note.nationalLineTooFar':
      'the national headcount {{headcount}} ({{year}}) is too far from the international ones: the fitted distribution puts the line at USD {{usd}} a day, outside USD {{from}}-{{to}} (half the lowest to twice the highest line fitted); no implied national line (type the official line if known)',
    'build.note.nationalLineNoPpp':
      'the IMF file lacks PPPEX 2021 or the CPI: the implied national line cannot be put in local currency (type the official line if known)',
    'build.noValues':
      'has no values: {{key}} cannot be built (give it through a spreadsheet, see spf country template)',
    'build.unYears':
      'covers {{first}}-{{last}}, but the country file needs {{needFirst}}-{{needLast}}: give a file with those years (or change --base-year / --to)',
    'data.wpp.openGroup': 'the 100+ group must be open (span -1), found {{found}}',
    'data.noRows.close': 'has no rows for "{{iso3}}": did you mean {{close}}?',
    'data.noRows.noneClose':
      'has no rows for "{{iso3}}": it has {{count}} countries, none close to "{{iso3}}"',
    'data.noRows.noData': 'has no rows for "{{iso3}}": the file has no data rows',
    'data.wpp.noRows': 'has no population rows for {{iso3}}',
  },
  fr: {
    'build.iso3': 'doit être un code ISO 3166-1 de trois lettres comme KEN ; trouvé : {{found}}',
    'build.noGdp': 'n’a pas de PIB : l’année de base ne peut pas être fixée',
    'build.baseYearOutsideGdp':
      '{{baseYear}} est hors des années où le FMI donne le PIB de {{iso3}} ({{first}}-{{last}} dans {{file}})',
    'build.toBeforeBase':
      'doit être une année >= l’année de base {{baseYear}} ; trouvé : {{toYear}}',
    'build.outsideBirths':
      'les naissances WPP 2024 de {{iso3}} couvrent {{first}}-{{last}} dans {{file}} ; les années {{baseYear}}-{{toYear}} en sortent',
    'build.outsideWpp2019':
      'la population WPP 2019 de {{iso3}} couvre {{first}}-{{last}} dans {{file}} ; {{baseYear}}-{{toYear}} en sort',
    'build.birthsNotThousands':
      'donne {{births}} naissances pour {{persons}} personnes (plus de 10 % de la population) : la colonne doit être en milliers',
    'build.ghedIndicator':
      'n’a pas de « {{code}} » mesurant la dépense intérieure de santé des administrations publiques en pourcentage du PIB',
    'build.ghedIndicatorSays':
      'n’a pas de « {{code}} » mesurant la dépense intérieure de santé des administrations publiques en pourcentage du PIB (il indique « {{name}} », « {{unit}} »)',
    'build.inBuiltFile': '{{builtMessage}} (dans le fichier construit pour {{builtFor}})',
    'build.note.noCurrency':
      'aucun code ISO 4217 connu pour {{iso3}} ; libellé « LCU » (donnez --currency)',
    'build.note.noHeadcount':
      'le fichier de la Banque mondiale n’a pas de taux de pauvreté pour ce pays ; seuils sans taux de pauvreté (les prestations ciblées sur les pauvres seront refusées)',
    'build.note.noHealth':
      'la base GHED de l’OMS n’a pas de {{code}} pour ce pays ; laissé de côté',
    'build.note.noSpending':
      'aucune source publique dans ../shared/data ; laissé de côté (l’écart avec la dépense actuelle compte tout le coût, avec un avertissement)',
    'build.note.noHealthCoverage':
      'aucune source publique ; laissé de côté (le moteur compte tout le monde comme pas encore couvert, avec un avertissement)',
    'build.note.noDemography':
      'WPP 2024 ne donne pas {{missing}} pour ce pays ; laissé de côté (la population ne peut pas être projetée, les variantes démographiques sont donc refusées)',
    'build.note.noNetMigration': 'WPP 2024 ne donne pas de migrants nets ; pris égal à 0',
    'build.note.healthEarlierYear':
      'le fichier de l’OMS laisse {{code}} vide pour {{empty}} : la valeur de {{year}}, la dernière année renseignée, est utilisée (une hypothèse)',
    'build.note.aboveGdp':
      '{{code}} dépasse 100 % du PIB en {{years}} (jusqu’à {{max}}) : gardé tel que le FMI le publie (les revenus de l’étranger et les dons peuvent financer plus que le PIB)',
    'build.note.nationalLineNoHeadcount':
      'aucun taux de pauvreté national entre 0 % et 100 % dans le fichier de la Banque mondiale : pas de seuil national implicite (saisissez le seuil officiel si vous le connaissez)',
    'build.note.nationalLineFewHeadcounts':
      'moins de deux taux de pauvreté internationaux entre 0 % et 100 % pour toute année d’enquête (taux national de {{year}}) : pas de seuil national implicite (saisissez le seuil officiel si vous le connaissez)',
    'build.note.nationalLineTooFar':
      'le taux de pauvreté national {{headcount}} ({{year}}) est trop loin des taux internationaux : la distribution ajustée place le seuil à {{usd}} USD par jour, hors de {{from}}-{{to}} USD (la moitié du plus bas à deux fois le plus haut des seuils ajustés) ; pas de seuil national implicite (saisissez le seuil officiel si vous le connaissez)',
    'build.note.nationalLineNoPpp':
      'le fichier du FMI n’a pas PPPEX 2021 ou l’IPC : le seuil national implicite ne peut pas être converti en monnaie locale (saisissez le seuil officiel si vous le connaissez)',
    'build.noValues':
      'n’a pas de valeurs : {{key}} ne peut pas être construit (donnez-le par un tableur, voir spf country template)',
    'build.unYears':
      'couvre {{first}}-{{last}}, mais le fichier pays a besoin de {{needFirst}}-{{needLast}} : donnez un fichier avec ces années (ou changez --base-year / --to)',
    'data.wpp.openGroup': 'le groupe 100+ doit être ouvert (span -1) ; trouvé : {{found}}',
    'data.noRows.close': 'n’a pas de lignes pour « {{iso3}} » : vouliez-vous dire {{close}} ?',
    'data.noRows.noneClose':
      'n’a pas de lignes pour « {{iso3}} » : il a {{count}} pays, aucun proche de « {{iso3}} »',
    'data.noRows.noData':
      'n’a pas de lignes pour « {{iso3}} » : le fichier n’a pas de lignes de données',
    'data.wpp.noRows': 'n’a pas de lignes de population pour {{iso3}}',
  },
  es: {
    'build.iso3': 'debe ser un código ISO 3166-1 de tres letras como KEN; se encontró {{found}}',
    'build.noGdp': 'no tiene PIB: no se puede fijar el año base',
    'build.baseYearOutsideGdp':
      '{{baseYear}} está fuera de los años con PIB del FMI para {{iso3}} ({{first}}-{{last}} en {{file}})',
    'build.toBeforeBase': 'debe ser un año >= el año base {{baseYear}}; se encontró {{toYear}}',
    'build.outsideBirths':
      'los nacimientos de WPP 2024 para {{iso3}} cubren {{first}}-{{last}} en {{file}}; los años {{baseYear}}-{{toYear}} quedan fuera',
    'build.outsideWpp2019':
      'la población WPP 2019 de {{iso3}} cubre {{first}}-{{last}} en {{file}}; {{baseYear}}-{{toYear}} queda fuera',
    'build.birthsNotThousands':
      'da {{births}} nacimientos para {{persons}} personas (más del 10 % de la población): la columna debe estar en miles',
    'build.ghedIndicator':
      'no tiene "{{code}}" medido como gasto interno en salud del gobierno general en porcentaje del PIB',
    'build.ghedIndicatorSays':
      'no tiene "{{code}}" medido como gasto interno en salud del gobierno general en porcentaje del PIB (indica "{{name}}", "{{unit}}")',
    'build.inBuiltFile': '{{builtMessage}} (en el archivo construido para {{builtFor}})',
    'build.note.noCurrency':
      'no se conoce ningún código ISO 4217 para {{iso3}}; etiquetado "LCU" (indique --currency)',
    'build.note.noHeadcount':
      'el archivo del Banco Mundial no tiene tasa de pobreza para este país; líneas sin tasa de pobreza (las prestaciones dirigidas a los pobres se rechazarán)',
    'build.note.noHealth': 'la base GHED de la OMS no tiene {{code}} para este país; se omite',
    'build.note.noSpending':
      'no hay fuente pública en ../shared/data; se omite (la brecha con el gasto actual cuenta todo el costo, con una advertencia)',
    'build.note.noHealthCoverage':
      'no hay fuente pública; se omite (el motor cuenta a todos como aún no cubiertos, con una advertencia)',
    'build.note.noDemography':
      'WPP 2024 no da {{missing}} para este país; se omite (la población no se puede proyectar, así que se rechazan las variantes demográficas)',
    'build.note.noNetMigration': 'WPP 2024 no da migrantes netos; se toma 0',
    'build.note.healthEarlierYear':
      'el archivo de la OMS deja {{code}} vacío para {{empty}}: se usa el valor de {{year}}, el último año con dato (un supuesto)',
    'build.note.aboveGdp':
      '{{code}} supera el 100 % del PIB en {{years}} (hasta {{max}}): se mantiene tal como lo publica el FMI (los ingresos del exterior y las donaciones pueden financiar más que el PIB)',
    'build.note.nationalLineNoHeadcount':
      'no hay tasa de pobreza nacional entre 0 % y 100 % en el archivo del Banco Mundial: no hay línea nacional implícita (escriba la línea oficial si la conoce)',
    'build.note.nationalLineFewHeadcounts':
      'menos de dos tasas de pobreza internacionales entre 0 % y 100 % en todo año de encuesta (tasa nacional de {{year}}): no hay línea nacional implícita (escriba la línea oficial si la conoce)',
    'build.note.nationalLineTooFar':
      'la tasa de pobreza nacional {{headcount}} ({{year}}) está demasiado lejos de las internacionales: la distribución ajustada sitúa la línea en {{usd}} USD al día, fuera de {{from}}-{{to}} USD (de la mitad de la más baja al doble de la más alta de las líneas ajustadas); no hay línea nacional implícita (escriba la línea oficial si la conoce)',
    'build.note.nationalLineNoPpp':
      'el archivo del FMI no tiene PPPEX 2021 o el IPC: la línea nacional implícita no se puede convertir a moneda local (escriba la línea oficial si la conoce)',
    'build.noValues':
      'no tiene valores: no se puede construir {{key}} (indíquelo con una hoja de cálculo, vea spf country template)',
    'build.unYears':
      'cubre {{first}}-{{last}}, pero el archivo del país necesita {{needFirst}}-{{needLast}}: dé un archivo con esos años (o cambie --base-year / --to)',
    'data.wpp.openGroup': 'el grupo 100+ debe ser abierto (span -1); se encontró {{found}}',
    'data.noRows.close': 'no tiene filas para "{{iso3}}": ¿quiso decir {{close}}?',
    'data.noRows.noneClose':
      'no tiene filas para "{{iso3}}": tiene {{count}} países, ninguno cercano a "{{iso3}}"',
    'data.noRows.noData': 'no tiene filas para "{{iso3}}": el archivo no tiene filas de datos',
    'data.wpp.noRows': 'no tiene filas de población para {{iso3}}',
  },
} as const satisfies MessagePart;
