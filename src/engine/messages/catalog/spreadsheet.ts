import type { MessagePart } from '../types';

/**
 * The country template's readers (src/backend/spreadsheet): problems with the XLSX workbook or the
 * CSV file, each located at its sheet and cell or its row and column (docs/country-data.md).
 */
export const spreadsheetMessages = {
  en: {
    'sheet.kind.number': 'a number',
    'sheet.kind.wholeNumber': 'a whole number',
    'sheet.number.between': 'must be {{kind}} from {{min}} to {{max}}, found {{found}}',
    'sheet.number.atLeast': 'must be {{kind}} >= {{min}}, found {{found}}',
    'sheet.number.any': 'must be {{kind}}, found {{found}}',
    'sheet.yesNo': 'must be yes or no, found {{found}}',
    'sheet.year.empty': 'the year is empty',
    'sheet.year.twice': 'the year {{year}} is given twice (also at {{earlier}})',
    'sheet.didYouMean': '; did you mean "{{close}}"?',
    'sheet.oneOf': 'must be one of {{known}}, found {{found}}{{suggestion}}',
    'sheet.country.unknownField': 'unknown field {{key}}{{suggestion}}; the fields are {{fields}}',
    'sheet.population.ageEmpty':
      'age {{age}} is empty: every age 0 to 99 and 100+ needs a number of persons',
    'sheet.population.yearInOneSheet':
      'the year {{year}} is in "{{other}}" but not in "{{missing}}"',
    'sheet.population.ageCount': 'must have {{ages}} ages (0 to 99 and 100+), found {{found}}',
    'sheet.macro.emptyRequired': 'is empty: this column is needed for every year',
    'sheet.macro.emptyOptional':
      'is empty: fill this column for every year, or leave all of it empty',
    'sheet.macro.overHundredPercent':
      '{{n}} is over 100%: if you meant {{n}}%, write {{fraction}} or "{{n}}%" (fractions, not percentages)',
    'sheet.rates.sex': 'must be {{known}}, found {{found}}',
    'sheet.rates.mixedSexes':
      '{{name}}: give either "all" rows or "female" and "male" rows, not both',
    'sheet.spending.twice': '"{{fn}}" is given twice',
    'sheet.atField': '{{countryField}}: {{countryMessage}}',
    'sheet.file.empty': 'is empty',
    'sheet.xlsx.unreadable': 'is not an Excel workbook (.xlsx) that can be read: {{reason}}',
    'sheet.xlsx.missingSheet':
      'the sheet is missing; the workbook has {{sheets}} (start from spf country template)',
    'sheet.header.separator': 'this column separates two tables: leave it empty, header and all',
    'sheet.header.merged':
      'the header cell is merged with others: unmerge it; each column needs its own header ("{{want}}")',
    'sheet.header.blank': 'the header is blank; expected "{{want}}"',
    'sheet.header.wrong': 'the header must be "{{want}}", found {{found}}',
    'sheet.header.extraColumn': 'unexpected column after "{{last}}"',
    'sheet.row.tooLong':
      'this row has {{cells}} or more cells but the sheet has {{width}} columns: the row is too long (shifted by a column?)',
    'sheet.csv.empty': 'is empty: a header row and data rows were expected',
    'sheet.csv.notCommas':
      'the columns are separated by semicolons or tabs, not commas: save the file as comma-separated CSV',
    'sheet.csv.missingColumn': 'the column "{{column}}" is missing; the header must be {{header}}',
    'sheet.csv.valueCount': 'has {{found}} values, expected {{expected}} ({{header}})',
    'sheet.csv.itemTwice': '"{{item}}" is given twice',
    'sheet.csv.age': 'must be an age 0 to 99 or 100+, found {{found}}',
    'sheet.csv.ageTwice': 'year {{year}}, age {{age}} is given twice (also in row {{earlier}})',
    'sheet.csv.macroItem': 'must be one of {{known}}, found {{found}}',
    'sheet.csv.yearTwice': '{{item}} for {{year}} is given twice',
    'sheet.csv.ageBand': 'must be an age band such as "15-64" (or one age), found {{found}}',
    'sheet.csv.sourceItem':
      'must be an entry number and an attribute such as "1.source" (attributes {{attributes}}), found {{found}}',
    'sheet.mx.noAgeColumns':
      'there are no age columns: write the ages in the header row, "Age 0" to "Age 100+"',
    'sheet.mx.headerBlank':
      'the header is blank; write the age group of this column, e.g. "Age {{from}}"',
    'sheet.mx.badAge':
      'must be an age or an age group from 0 to 100+, such as "Age 5", "Age 5-9" or "Age 100+", found {{found}}',
    'sheet.mx.startAt':
      'must start at age {{from}}: the column before ends at {{end}}, found {{found}}{{hint}}',
    'sheet.mx.bothEnds': ' (for an age group, write both ends: "Age {{first}}-{{last}}")',
    'sheet.mx.firstGroup': 'the first age group must start at 0, found {{found}}',
    'sheet.mx.onlyLastOpen':
      'only the last age group can be open ("{{group}}"), but {{more}} more follow',
    'sheet.mx.lastOpen':
      'the last age group must be open, e.g. "Age {{from}}+" (or add a column "Age {{next}}+"), found {{found}}',
    'sheet.mx.sameGroups':
      'must be {{want}} as in {{at}}: both sexes need the same age groups, found {{found}}',
    'sheet.mx.sameGroupCount':
      'both sexes need the same age groups: "{{female}}" has {{femaleCount}}, "{{male}}" {{maleCount}}',
    'sheet.mx.yearNoRates': 'the year {{year}} has no death rates: fill in the row, or delete it',
    'sheet.mx.ageEmpty': 'age {{age}} is empty: every age group needs a death rate ({{unit}})',
    'sheet.mx.headerMerged':
      'the header cell is merged with others: unmerge it; each age group needs its own column',
    'sheet.demography.separator':
      'this column separates two tables: leave it empty (or move the value to the table it belongs to)',
    'sheet.demography.sex': 'must be "female" or "male", found {{found}}',
    'sheet.age.empty': 'the age is empty',
    'sheet.demography.age':
      'must be an age such as "15", an age group such as "15-19", or the open last group "100+", found {{found}}',
    'sheet.demography.shareEmpty': 'is empty: every age needs a share (0 for none)',
    'data.number.atLeastEmpty': 'must be {{kind}} >= {{min}}, found an empty cell',
    'data.number.anyEmpty': 'must be {{kind}}, found an empty cell',
    'data.csv.quoteNotClosed': 'a quoted value is not closed: the file ends inside it (truncated?)',
    'data.csv.lastRowIncomplete':
      'has {{found}} values, expected {{expected}} ({{header}}): the last row is incomplete (is the file truncated?)',
    'data.csv.separator':
      'the columns are separated by {{separator}}, not commas: save the file as comma-separated CSV',
    'data.csv.semicolons': 'semicolons',
    'data.csv.tabs': 'tabs',
    'data.csv.verticalBars': 'vertical bars',
    'data.csv.missingColumn': 'the column "{{column}}" is missing; the header has {{header}}',
    'data.csv.columnTwice': 'the column "{{column}}" appears twice',
    'sheet.file.format': 'must name a .xlsx or .csv file, found {{found}}',
  },
  fr: {
    'sheet.kind.number': 'un nombre',
    'sheet.kind.wholeNumber': 'un nombre entier',
    'sheet.number.between': 'doit être {{kind}} de {{min}} à {{max}} ; trouvé : {{found}}',
    'sheet.number.atLeast': 'doit être {{kind}} >= {{min}} ; trouvé : {{found}}',
    'sheet.number.any': 'doit être {{kind}} ; trouvé : {{found}}',
    'sheet.yesNo': 'doit être yes (oui) ou no (non) ; trouvé : {{found}}',
    'sheet.year.empty': 'l’année est vide',
    'sheet.year.twice': 'l’année {{year}} est donnée deux fois (aussi en {{earlier}})',
    'sheet.didYouMean': ' ; vouliez-vous dire « {{close}} » ?',
    'sheet.oneOf': 'doit être l’un de {{known}} ; trouvé : {{found}}{{suggestion}}',
    'sheet.country.unknownField':
      'champ inconnu {{key}}{{suggestion}} ; les champs sont {{fields}}',
    'sheet.population.ageEmpty':
      'l’âge {{age}} est vide : chaque âge de 0 à 99 et 100+ demande un nombre de personnes',
    'sheet.population.yearInOneSheet':
      'l’année {{year}} est dans « {{other}} » mais pas dans « {{missing}} »',
    'sheet.population.ageCount': 'doit avoir {{ages}} âges (0 à 99 et 100+) ; trouvé : {{found}}',
    'sheet.macro.emptyRequired': 'est vide : cette colonne est nécessaire pour chaque année',
    'sheet.macro.emptyOptional':
      'est vide : remplissez cette colonne pour chaque année, ou laissez-la entièrement vide',
    'sheet.macro.overHundredPercent':
      '{{n}} dépasse 100 % : si vous vouliez dire {{n}} %, écrivez {{fraction}} ou « {{n}}% » (des fractions, pas des pourcentages)',
    'sheet.rates.sex': 'doit être {{known}} ; trouvé : {{found}}',
    'sheet.rates.mixedSexes':
      '{{name}} : donnez soit des lignes « all », soit des lignes « female » et « male », pas les deux',
    'sheet.spending.twice': '« {{fn}} » est donné deux fois',
    'sheet.atField': 'champ {{countryField}} : {{countryMessage}}',
    'sheet.file.empty': 'est vide',
    'sheet.xlsx.unreadable': 'n’est pas un classeur Excel (.xlsx) lisible : {{reason}}',
    'sheet.xlsx.missingSheet':
      'la feuille manque ; le classeur contient {{sheets}} (partez de spf country template)',
    'sheet.header.separator':
      'cette colonne sépare deux tableaux : laissez-la vide, en-tête compris',
    'sheet.header.merged':
      'la cellule d’en-tête est fusionnée avec d’autres : défusionnez-la ; chaque colonne a besoin de son propre en-tête (« {{want}} »)',
    'sheet.header.blank': 'l’en-tête est vide ; attendu : « {{want}} »',
    'sheet.header.wrong': 'l’en-tête doit être « {{want}} » ; trouvé : {{found}}',
    'sheet.header.extraColumn': 'colonne inattendue après « {{last}} »',
    'sheet.row.tooLong':
      'cette ligne a {{cells}} cellules ou plus mais la feuille a {{width}} colonnes : la ligne est trop longue (décalée d’une colonne ?)',
    'sheet.csv.empty': 'est vide : une ligne d’en-tête et des lignes de données étaient attendues',
    'sheet.csv.notCommas':
      'les colonnes sont séparées par des points-virgules ou des tabulations, pas par des virgules : enregistrez le fichier en CSV séparé par des virgules',
    'sheet.csv.missingColumn': 'la colonne « {{column}} » manque ; l’en-tête doit être {{header}}',
    'sheet.csv.valueCount': 'a {{found}} valeurs, {{expected}} attendues ({{header}})',
    'sheet.csv.itemTwice': '« {{item}} » est donné deux fois',
    'sheet.csv.age': 'doit être un âge de 0 à 99 ou 100+ ; trouvé : {{found}}',
    'sheet.csv.ageTwice':
      'année {{year}}, âge {{age}} : donné deux fois (aussi à la ligne {{earlier}})',
    'sheet.csv.macroItem': 'doit être l’un de {{known}} ; trouvé : {{found}}',
    'sheet.csv.yearTwice': '{{item}} pour {{year}} est donné deux fois',
    'sheet.csv.ageBand':
      'doit être une tranche d’âge comme « 15-64 » (ou un seul âge) ; trouvé : {{found}}',
    'sheet.csv.sourceItem':
      'doit être un numéro d’entrée et un attribut comme « 1.source » (attributs {{attributes}}) ; trouvé : {{found}}',
    'sheet.mx.noAgeColumns':
      'il n’y a pas de colonnes d’âge : écrivez les âges dans la ligne d’en-tête, de « Age 0 » à « Age 100+ »',
    'sheet.mx.headerBlank':
      'l’en-tête est vide ; écrivez le groupe d’âge de cette colonne, par exemple « Age {{from}} »',
    'sheet.mx.badAge':
      'doit être un âge ou un groupe d’âge de 0 à 100+, comme « Age 5 », « Age 5-9 » ou « Age 100+ » ; trouvé : {{found}}',
    'sheet.mx.startAt':
      'doit commencer à l’âge {{from}} : la colonne précédente finit à {{end}} ; trouvé : {{found}}{{hint}}',
    'sheet.mx.bothEnds':
      ' (pour un groupe d’âge, écrivez les deux bornes : « Age {{first}}-{{last}} »)',
    'sheet.mx.firstGroup': 'le premier groupe d’âge doit commencer à 0 ; trouvé : {{found}}',
    'sheet.mx.onlyLastOpen':
      'seul le dernier groupe d’âge peut être ouvert (« {{group}} »), mais {{more}} autres suivent',
    'sheet.mx.lastOpen':
      'le dernier groupe d’âge doit être ouvert, par exemple « Age {{from}}+ » (ou ajoutez une colonne « Age {{next}}+ ») ; trouvé : {{found}}',
    'sheet.mx.sameGroups':
      'doit être {{want}} comme en {{at}} : les deux sexes ont besoin des mêmes groupes d’âge ; trouvé : {{found}}',
    'sheet.mx.sameGroupCount':
      'les deux sexes ont besoin des mêmes groupes d’âge : « {{female}} » en a {{femaleCount}}, « {{male}} » {{maleCount}}',
    'sheet.mx.yearNoRates':
      'l’année {{year}} n’a pas de taux de décès : remplissez la ligne, ou supprimez-la',
    'sheet.mx.ageEmpty':
      'l’âge {{age}} est vide : chaque groupe d’âge a besoin d’un taux de décès ({{unit}})',
    'sheet.mx.headerMerged':
      'la cellule d’en-tête est fusionnée avec d’autres : défusionnez-la ; chaque groupe d’âge a besoin de sa propre colonne',
    'sheet.demography.separator':
      'cette colonne sépare deux tableaux : laissez-la vide (ou déplacez la valeur dans le tableau auquel elle appartient)',
    'sheet.demography.sex': 'doit être « female » ou « male » ; trouvé : {{found}}',
    'sheet.age.empty': 'l’âge est vide',
    'sheet.demography.age':
      'doit être un âge comme « 15 », un groupe d’âge comme « 15-19 », ou le dernier groupe ouvert « 100+ » ; trouvé : {{found}}',
    'sheet.demography.shareEmpty': 'est vide : chaque âge a besoin d’une part (0 si aucune)',
    'data.number.atLeastEmpty': 'doit être {{kind}} >= {{min}} ; trouvé : une cellule vide',
    'data.number.anyEmpty': 'doit être {{kind}} ; trouvé : une cellule vide',
    'data.csv.quoteNotClosed':
      'une valeur entre guillemets n’est pas fermée : le fichier se termine à l’intérieur (tronqué ?)',
    'data.csv.lastRowIncomplete':
      'a {{found}} valeurs, {{expected}} attendues ({{header}}) : la dernière ligne est incomplète (le fichier est-il tronqué ?)',
    'data.csv.separator':
      'les colonnes sont séparées par des {{separator}}, pas par des virgules : enregistrez le fichier en CSV séparé par des virgules',
    'data.csv.semicolons': 'points-virgules',
    'data.csv.tabs': 'tabulations',
    'data.csv.verticalBars': 'barres verticales',
    'data.csv.missingColumn': 'la colonne « {{column}} » manque ; l’en-tête contient {{header}}',
    'data.csv.columnTwice': 'la colonne « {{column}} » apparaît deux fois',
    'sheet.file.format': 'doit désigner un fichier .xlsx ou .csv ; trouvé : {{found}}',
  },
  es: {
    'sheet.kind.number': 'un número',
    'sheet.kind.wholeNumber': 'un número entero',
    'sheet.number.between': 'debe ser {{kind}} de {{min}} a {{max}}; se encontró {{found}}',
    'sheet.number.atLeast': 'debe ser {{kind}} >= {{min}}; se encontró {{found}}',
    'sheet.number.any': 'debe ser {{kind}}; se encontró {{found}}',
    'sheet.yesNo': 'debe ser yes (sí) o no; se encontró {{found}}',
    'sheet.year.empty': 'el año está vacío',
    'sheet.year.twice': 'el año {{year}} aparece dos veces (también en {{earlier}})',
    'sheet.didYouMean': '; ¿quiso decir "{{close}}"?',
    'sheet.oneOf': 'debe ser uno de {{known}}; se encontró {{found}}{{suggestion}}',
    'sheet.country.unknownField':
      'campo desconocido {{key}}{{suggestion}}; los campos son {{fields}}',
    'sheet.population.ageEmpty':
      'la edad {{age}} está vacía: cada edad de 0 a 99 y 100+ necesita un número de personas',
    'sheet.population.yearInOneSheet':
      'el año {{year}} está en "{{other}}" pero no en "{{missing}}"',
    'sheet.population.ageCount':
      'debe tener {{ages}} edades (0 a 99 y 100+); se encontraron {{found}}',
    'sheet.macro.emptyRequired': 'está vacía: esta columna es necesaria para cada año',
    'sheet.macro.emptyOptional':
      'está vacía: rellene esta columna para cada año, o déjela entera vacía',
    'sheet.macro.overHundredPercent':
      '{{n}} supera el 100 %: si quiso decir {{n}} %, escriba {{fraction}} o "{{n}}%" (fracciones, no porcentajes)',
    'sheet.rates.sex': 'debe ser {{known}}; se encontró {{found}}',
    'sheet.rates.mixedSexes': '{{name}}: dé filas "all" o filas "female" y "male", no ambas',
    'sheet.spending.twice': '"{{fn}}" aparece dos veces',
    'sheet.atField': 'campo {{countryField}}: {{countryMessage}}',
    'sheet.file.empty': 'está vacío',
    'sheet.xlsx.unreadable': 'no es un libro de Excel (.xlsx) legible: {{reason}}',
    'sheet.xlsx.missingSheet':
      'falta la hoja; el libro tiene {{sheets}} (parta de spf country template)',
    'sheet.header.separator': 'esta columna separa dos tablas: déjela vacía, encabezado incluido',
    'sheet.header.merged':
      'la celda de encabezado está combinada con otras: sepárela; cada columna necesita su propio encabezado ("{{want}}")',
    'sheet.header.blank': 'el encabezado está vacío; se esperaba "{{want}}"',
    'sheet.header.wrong': 'el encabezado debe ser "{{want}}"; se encontró {{found}}',
    'sheet.header.extraColumn': 'columna inesperada después de "{{last}}"',
    'sheet.row.tooLong':
      'esta fila tiene {{cells}} celdas o más pero la hoja tiene {{width}} columnas: la fila es demasiado larga (¿desplazada una columna?)',
    'sheet.csv.empty': 'está vacío: se esperaban una fila de encabezado y filas de datos',
    'sheet.csv.notCommas':
      'las columnas están separadas por punto y coma o tabulaciones, no por comas: guarde el archivo como CSV separado por comas',
    'sheet.csv.missingColumn': 'falta la columna "{{column}}"; el encabezado debe ser {{header}}',
    'sheet.csv.valueCount': 'tiene {{found}} valores; se esperaban {{expected}} ({{header}})',
    'sheet.csv.itemTwice': '"{{item}}" aparece dos veces',
    'sheet.csv.age': 'debe ser una edad de 0 a 99 o 100+; se encontró {{found}}',
    'sheet.csv.ageTwice':
      'año {{year}}, edad {{age}}: aparece dos veces (también en la fila {{earlier}})',
    'sheet.csv.macroItem': 'debe ser uno de {{known}}; se encontró {{found}}',
    'sheet.csv.yearTwice': '{{item}} para {{year}} aparece dos veces',
    'sheet.csv.ageBand':
      'debe ser un tramo de edad como "15-64" (o una sola edad); se encontró {{found}}',
    'sheet.csv.sourceItem':
      'debe ser un número de entrada y un atributo como "1.source" (atributos {{attributes}}); se encontró {{found}}',
    'sheet.mx.noAgeColumns':
      'no hay columnas de edad: escriba las edades en la fila de encabezado, de "Age 0" a "Age 100+"',
    'sheet.mx.headerBlank':
      'el encabezado está vacío; escriba el grupo de edad de esta columna, por ejemplo "Age {{from}}"',
    'sheet.mx.badAge':
      'debe ser una edad o un grupo de edad de 0 a 100+, como "Age 5", "Age 5-9" o "Age 100+"; se encontró {{found}}',
    'sheet.mx.startAt':
      'debe empezar en la edad {{from}}: la columna anterior termina en {{end}}; se encontró {{found}}{{hint}}',
    'sheet.mx.bothEnds':
      ' (para un grupo de edad, escriba ambos extremos: "Age {{first}}-{{last}}")',
    'sheet.mx.firstGroup': 'el primer grupo de edad debe empezar en 0; se encontró {{found}}',
    'sheet.mx.onlyLastOpen':
      'solo el último grupo de edad puede ser abierto ("{{group}}"), pero le siguen {{more}} más',
    'sheet.mx.lastOpen':
      'el último grupo de edad debe ser abierto, por ejemplo "Age {{from}}+" (o añada una columna "Age {{next}}+"); se encontró {{found}}',
    'sheet.mx.sameGroups':
      'debe ser {{want}} como en {{at}}: ambos sexos necesitan los mismos grupos de edad; se encontró {{found}}',
    'sheet.mx.sameGroupCount':
      'ambos sexos necesitan los mismos grupos de edad: "{{female}}" tiene {{femaleCount}}, "{{male}}" {{maleCount}}',
    'sheet.mx.yearNoRates':
      'el año {{year}} no tiene tasas de mortalidad: rellene la fila o elimínela',
    'sheet.mx.ageEmpty':
      'la edad {{age}} está vacía: cada grupo de edad necesita una tasa de mortalidad ({{unit}})',
    'sheet.mx.headerMerged':
      'la celda de encabezado está combinada con otras: sepárela; cada grupo de edad necesita su propia columna',
    'sheet.demography.separator':
      'esta columna separa dos tablas: déjela vacía (o mueva el valor a la tabla a la que pertenece)',
    'sheet.demography.sex': 'debe ser "female" o "male"; se encontró {{found}}',
    'sheet.age.empty': 'la edad está vacía',
    'sheet.demography.age':
      'debe ser una edad como "15", un grupo de edad como "15-19", o el último grupo abierto "100+"; se encontró {{found}}',
    'sheet.demography.shareEmpty': 'está vacía: cada edad necesita una proporción (0 si ninguna)',
    'data.number.atLeastEmpty': 'debe ser {{kind}} >= {{min}}; se encontró una celda vacía',
    'data.number.anyEmpty': 'debe ser {{kind}}; se encontró una celda vacía',
    'data.csv.quoteNotClosed':
      'un valor entre comillas no está cerrado: el archivo termina dentro de él (¿truncado?)',
    'data.csv.lastRowIncomplete':
      'tiene {{found}} valores; se esperaban {{expected}} ({{header}}): la última fila está incompleta (¿está truncado el archivo?)',
    'data.csv.separator':
      'las columnas están separadas por {{separator}}, no por comas: guarde el archivo como CSV separado por comas',
    'data.csv.semicolons': 'punto y coma',
    'data.csv.tabs': 'tabulaciones',
    'data.csv.verticalBars': 'barras verticales',
    'data.csv.missingColumn': 'falta la columna "{{column}}"; el encabezado tiene {{header}}',
    'data.csv.columnTwice': 'la columna "{{column}}" aparece dos veces',
    'sheet.file.format': 'debe indicar un archivo .xlsx o .csv; se encontró {{found}}',
  },
} as const satisfies MessagePart;
