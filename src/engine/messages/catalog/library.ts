import type { MessagePart } from '../types';

/**
 * The scenario library (src/backend/library): a missing scenario, revision, country or set, a busy,
 * damaged or newer library file, and the checks of tags, notes, sets and drafts (docs/library.md).
 */
export const libraryMessages = {
  en: {
    'library.scenario.notFound': 'scenario {{id}} does not exist',
    'library.scenario.inBin': 'scenario {{id}} ("{{name}}") is in the recycle bin',
    'library.revision.notFound':
      'revision {{rev}} of scenario {{id}} does not exist (it has 1-{{last}})',
    'library.revision.notFoundOnlyOne':
      'revision {{rev}} of scenario {{id}} does not exist (it has only revision {{last}})',
    'library.country.notFound':
      '"{{code}}" is not a country in the library (always there: the training country {{bundled}})',
    'library.country.noVersion': 'country {{code}} has no version {{version}} (it has 1-{{last}})',
    'library.country.noVersionOnlyOne':
      'country {{code}} has no version {{version}} (it has only version {{last}})',
    'library.country.reserved':
      '"{{given}}" is the bundled training country and cannot be replaced; give your copy another code, such as "{{code}}-2"',
    'library.stored.revision':
      '{{storedMessage}} (in revision {{storedRev}} of scenario {{storedScenario}} as stored in the library)',
    'library.stored.country':
      '{{storedMessage}} (in country {{storedCountry}} version {{storedVersion}} as stored in the library)',
    'library.notJson': 'cannot be stored as JSON: {{reason}}',
    'library.notAnObject': 'must be a JSON object',
    'library.inlineCountryVersion':
      'the scenario carries its country inline, so no country version can be chosen for it',
    'library.notEmpty': 'must not be empty',
    'library.tag.length': 'must be 1 to 60 characters, found {{found}}',
    'library.tag.notFound': 'scenario {{id}} has no tag "{{tag}}" (its tags: {{tags}})',
    'library.tag.notFoundNone': 'scenario {{id}} has no tag "{{tag}}" (it has none)',
    'library.set.notFound': 'there is no set named "{{name}}"',
    'library.set.noName': 'a set needs a name',
    'library.set.noScenario': 'a set needs at least one scenario',
    'library.set.scenarioTwice': 'scenario {{id}} is given twice',
    'library.set.exists': 'a set named "{{name}}" already exists',
    'library.draft.empty': 'has no content',
    'library.draft.tooLarge': 'is larger than 20 MB',
    'library.busy':
      'the scenario library {{path}} is busy: another SPF Costing Studio window or command is writing to it; nothing was changed, try again in a moment',
    'library.notSqlite': '{{path}} is not a scenario library (not a SQLite database)',
    'library.damaged':
      'the scenario library {{path}} is damaged ({{reason}}); restore it from a backup next to it (*.backup-v*.sqlite)',
    'library.cannotWrite': 'the scenario library {{path}} cannot be written: {{reason}}',
    'library.cannotUse': 'the scenario library {{path}} cannot be used: {{reason}}',
    'library.cannotCreateFolder': 'cannot create the folder for {{path}}: {{reason}}',
    'library.noLibrary': 'there is no scenario library at {{path}}',
    'library.otherProgram':
      '{{path}} is a SQLite database of another program, not an SPF Costing Studio scenario library',
    'library.newer':
      '{{path}} was made by a newer SPF Costing Studio (schema version {{schema}}; this version knows up to {{newest}}): update the app to open it',
    'library.migrationEdited':
      'migration {{id}} ({{name}}) has changed since it was applied to {{path}} (recorded sha256 {{recorded}}…, now {{now}}…): restore the migration as released and put the change in a new migration',
    'library.upgradeReadOnly':
      'the scenario library {{path}} was written by an older version and needs an upgrade, which cannot be made where it cannot be written; open it once from a folder you can write to',
    'library.page.limit': 'the page size must be a whole number from 1 to {{max}}, found {{found}}',
    'library.page.cursor':
      'the cursor "{{cursor}}" was not given by this list (a cursor holds its sort order: start again from the first page)',
    'library.workshop.notFound': 'workshop {{id}} does not exist',
    'library.workshop.exists': 'a workshop named "{{name}}" already exists',
    'library.workshop.nameLength':
      'a workshop name must be 1 to {{max}} characters, found {{found}}',
    'library.workshop.groupCount': 'a workshop has 2 to {{max}} groups, found {{found}}',
    'library.workshop.groupName': 'a group name must be 1 to {{max}} characters, found {{found}}',
    'library.workshop.groupTwice': 'two groups are named "{{name}}"',
    'library.workshop.envelope':
      'the fiscal envelope must be more than 0% and at most {{max}}% of GDP, found {{found}}%',
    'library.workshop.year':
      "the envelope year must be one of the baseline's years, {{first}}-{{last}}, found {{found}}",
    'library.workshop.countryMismatch':
      'the baseline "{{name}}" is on {{found}}, not on the workshop\'s country {{country}}',
    'library.workshop.baselineLocked':
      'scenario {{id}} ("{{name}}") is the locked baseline of workshop "{{workshop}}" and cannot be changed: save your changes as a new scenario, or duplicate it',
    'library.workshop.groupNotFound': 'workshop "{{workshop}}" has no group {{group}}',
    'library.workshop.groupScenarioGone':
      'the scenario of group "{{group}}" of workshop "{{workshop}}" was removed from the library for good',
    'library.workshop.otherCountry':
      'the file is a scenario on {{found}}, but workshop "{{workshop}}" is on {{country}}',
  },
  fr: {
    'library.scenario.notFound': 'le scénario {{id}} n’existe pas',
    'library.scenario.inBin': 'le scénario {{id}} (« {{name}} ») est dans la corbeille',
    'library.revision.notFound':
      'la révision {{rev}} du scénario {{id}} n’existe pas (il a les révisions 1 à {{last}})',
    'library.revision.notFoundOnlyOne':
      'la révision {{rev}} du scénario {{id}} n’existe pas (il n’a que la révision {{last}})',
    'library.country.notFound':
      '« {{code}} » n’est pas un pays de la bibliothèque (toujours présent : le pays d’entraînement {{bundled}})',
    'library.country.noVersion':
      'le pays {{code}} n’a pas de version {{version}} (il a les versions 1 à {{last}})',
    'library.country.noVersionOnlyOne':
      'le pays {{code}} n’a pas de version {{version}} (il n’a que la version {{last}})',
    'library.country.reserved':
      '« {{given}} » est le pays d’entraînement fourni et ne peut pas être remplacé ; donnez à votre copie un autre code, par exemple « {{code}}-2 »',
    'library.stored.revision':
      '{{storedMessage}} (dans la révision {{storedRev}} du scénario {{storedScenario}} telle qu’enregistrée dans la bibliothèque)',
    'library.stored.country':
      '{{storedMessage}} (dans le pays {{storedCountry}} version {{storedVersion}} telle qu’enregistrée dans la bibliothèque)',
    'library.notJson': 'ne peut pas être enregistré en JSON : {{reason}}',
    'library.notAnObject': 'doit être un objet JSON',
    'library.inlineCountryVersion':
      'le scénario contient son pays en ligne : aucune version de pays ne peut être choisie pour lui',
    'library.notEmpty': 'ne doit pas être vide',
    'library.tag.length': 'doit compter de 1 à 60 caractères ; trouvé : {{found}}',
    'library.tag.notFound':
      'le scénario {{id}} n’a pas l’étiquette « {{tag}} » (ses étiquettes : {{tags}})',
    'library.tag.notFoundNone':
      'le scénario {{id}} n’a pas l’étiquette « {{tag}} » (il n’en a aucune)',
    'library.set.notFound': 'il n’existe pas d’ensemble nommé « {{name}} »',
    'library.set.noName': 'un ensemble a besoin d’un nom',
    'library.set.noScenario': 'un ensemble a besoin d’au moins un scénario',
    'library.set.scenarioTwice': 'le scénario {{id}} est donné deux fois',
    'library.set.exists': 'un ensemble nommé « {{name}} » existe déjà',
    'library.draft.empty': 'n’a pas de contenu',
    'library.draft.tooLarge': 'dépasse 20 Mo',
    'library.busy':
      'la bibliothèque de scénarios {{path}} est occupée : une autre fenêtre ou commande de SPF Costing Studio y écrit ; rien n’a été changé, réessayez dans un instant',
    'library.notSqlite':
      '{{path}} n’est pas une bibliothèque de scénarios (pas une base de données SQLite)',
    'library.damaged':
      'la bibliothèque de scénarios {{path}} est endommagée ({{reason}}) ; restaurez-la depuis une sauvegarde placée à côté (*.backup-v*.sqlite)',
    'library.cannotWrite':
      'la bibliothèque de scénarios {{path}} ne peut pas être écrite : {{reason}}',
    'library.cannotUse':
      'la bibliothèque de scénarios {{path}} ne peut pas être utilisée : {{reason}}',
    'library.cannotCreateFolder': 'impossible de créer le dossier de {{path}} : {{reason}}',
    'library.noLibrary': 'il n’y a pas de bibliothèque de scénarios à {{path}}',
    'library.otherProgram':
      '{{path}} est une base de données SQLite d’un autre programme, pas une bibliothèque de scénarios de SPF Costing Studio',
    'library.newer':
      '{{path}} a été créé par une version plus récente de SPF Costing Studio (version de schéma {{schema}} ; cette version connaît jusqu’à {{newest}}) : mettez l’application à jour pour l’ouvrir',
    'library.migrationEdited':
      'la migration {{id}} ({{name}}) a changé depuis son application à {{path}} (sha256 enregistré {{recorded}}…, maintenant {{now}}…) : rétablissez la migration telle que publiée et placez le changement dans une nouvelle migration',
    'library.upgradeReadOnly':
      'la bibliothèque de scénarios {{path}} a été écrite par une version plus ancienne et doit être mise à niveau, ce qui est impossible là où elle ne peut pas être écrite ; ouvrez-la une fois depuis un dossier où vous pouvez écrire',
    'library.page.limit':
      'la taille de page doit être un nombre entier de 1 à {{max}}, trouvé {{found}}',
    'library.page.cursor':
      'le curseur « {{cursor}} » ne vient pas de cette liste (un curseur garde son ordre de tri : repartez de la première page)',
    'library.workshop.notFound': 'l’atelier {{id}} n’existe pas',
    'library.workshop.exists': 'un atelier nommé « {{name}} » existe déjà',
    'library.workshop.nameLength':
      'le nom d’un atelier doit avoir de 1 à {{max}} caractères, trouvé {{found}}',
    'library.workshop.groupCount': 'un atelier a de 2 à {{max}} groupes, trouvé {{found}}',
    'library.workshop.groupName':
      'le nom d’un groupe doit avoir de 1 à {{max}} caractères, trouvé {{found}}',
    'library.workshop.groupTwice': 'deux groupes s’appellent « {{name}} »',
    'library.workshop.envelope':
      'l’enveloppe budgétaire doit être supérieure à 0 % et au plus {{max}} % du PIB, trouvé {{found}} %',
    'library.workshop.year':
      'l’année de l’enveloppe doit être une des années du scénario de référence, {{first}}-{{last}}, trouvé {{found}}',
    'library.workshop.countryMismatch':
      'le scénario de référence « {{name}} » porte sur {{found}}, pas sur le pays de l’atelier {{country}}',
    'library.workshop.baselineLocked':
      'le scénario {{id}} (« {{name}} ») est la référence verrouillée de l’atelier « {{workshop}} » et ne peut pas être modifié : enregistrez vos changements comme nouveau scénario, ou dupliquez-le',
    'library.workshop.groupNotFound': 'l’atelier « {{workshop}} » n’a pas de groupe {{group}}',
    'library.workshop.groupScenarioGone':
      'le scénario du groupe « {{group}} » de l’atelier « {{workshop}} » a été supprimé définitivement de la bibliothèque',
    'library.workshop.otherCountry':
      'le fichier est un scénario sur {{found}}, mais l’atelier « {{workshop}} » porte sur {{country}}',
  },
  es: {
    'library.scenario.notFound': 'el escenario {{id}} no existe',
    'library.scenario.inBin': 'el escenario {{id}} ("{{name}}") está en la papelera',
    'library.revision.notFound':
      'la revisión {{rev}} del escenario {{id}} no existe (tiene las revisiones 1 a {{last}})',
    'library.revision.notFoundOnlyOne':
      'la revisión {{rev}} del escenario {{id}} no existe (solo tiene la revisión {{last}})',
    'library.country.notFound':
      '"{{code}}" no es un país de la biblioteca (siempre está: el país de práctica {{bundled}})',
    'library.country.noVersion':
      'el país {{code}} no tiene versión {{version}} (tiene las versiones 1 a {{last}})',
    'library.country.noVersionOnlyOne':
      'el país {{code}} no tiene versión {{version}} (solo tiene la versión {{last}})',
    'library.country.reserved':
      '"{{given}}" es el país de práctica incluido y no se puede reemplazar; dé a su copia otro código, por ejemplo "{{code}}-2"',
    'library.stored.revision':
      '{{storedMessage}} (en la revisión {{storedRev}} del escenario {{storedScenario}} tal como está guardada en la biblioteca)',
    'library.stored.country':
      '{{storedMessage}} (en el país {{storedCountry}} versión {{storedVersion}} tal como está guardada en la biblioteca)',
    'library.notJson': 'no se puede guardar como JSON: {{reason}}',
    'library.notAnObject': 'debe ser un objeto JSON',
    'library.inlineCountryVersion':
      'el escenario lleva su país incluido, así que no se puede elegir una versión de país para él',
    'library.notEmpty': 'no debe estar vacío',
    'library.tag.length': 'debe tener de 1 a 60 caracteres; se encontró {{found}}',
    'library.tag.notFound':
      'el escenario {{id}} no tiene la etiqueta "{{tag}}" (sus etiquetas: {{tags}})',
    'library.tag.notFoundNone':
      'el escenario {{id}} no tiene la etiqueta "{{tag}}" (no tiene ninguna)',
    'library.set.notFound': 'no hay ningún conjunto llamado "{{name}}"',
    'library.set.noName': 'un conjunto necesita un nombre',
    'library.set.noScenario': 'un conjunto necesita al menos un escenario',
    'library.set.scenarioTwice': 'el escenario {{id}} aparece dos veces',
    'library.set.exists': 'ya existe un conjunto llamado "{{name}}"',
    'library.draft.empty': 'no tiene contenido',
    'library.draft.tooLarge': 'supera los 20 MB',
    'library.busy':
      'la biblioteca de escenarios {{path}} está ocupada: otra ventana u orden de SPF Costing Studio está escribiendo en ella; no se cambió nada, inténtelo de nuevo en un momento',
    'library.notSqlite':
      '{{path}} no es una biblioteca de escenarios (no es una base de datos SQLite)',
    'library.damaged':
      'la biblioteca de escenarios {{path}} está dañada ({{reason}}); restáurela desde una copia de seguridad junto a ella (*.backup-v*.sqlite)',
    'library.cannotWrite':
      'no se puede escribir en la biblioteca de escenarios {{path}}: {{reason}}',
    'library.cannotUse': 'no se puede usar la biblioteca de escenarios {{path}}: {{reason}}',
    'library.cannotCreateFolder': 'no se puede crear la carpeta de {{path}}: {{reason}}',
    'library.noLibrary': 'no hay ninguna biblioteca de escenarios en {{path}}',
    'library.otherProgram':
      '{{path}} es una base de datos SQLite de otro programa, no una biblioteca de escenarios de SPF Costing Studio',
    'library.newer':
      '{{path}} se creó con una versión más reciente de SPF Costing Studio (versión de esquema {{schema}}; esta versión conoce hasta la {{newest}}): actualice la aplicación para abrirla',
    'library.migrationEdited':
      'la migración {{id}} ({{name}}) ha cambiado desde que se aplicó a {{path}} (sha256 registrado {{recorded}}…, ahora {{now}}…): restaure la migración tal como se publicó y ponga el cambio en una migración nueva',
    'library.upgradeReadOnly':
      'la biblioteca de escenarios {{path}} fue escrita por una versión anterior y necesita una actualización, que no se puede hacer donde no se puede escribir; ábrala una vez desde una carpeta en la que pueda escribir',
    'library.page.limit':
      'el tamaño de página debe ser un número entero de 1 a {{max}}, se encontró {{found}}',
    'library.page.cursor':
      'el cursor "{{cursor}}" no lo dio esta lista (un cursor guarda su orden: empiece de nuevo desde la primera página)',
    'library.workshop.notFound': 'el taller {{id}} no existe',
    'library.workshop.exists': 'ya existe un taller llamado "{{name}}"',
    'library.workshop.nameLength':
      'el nombre de un taller debe tener de 1 a {{max}} caracteres, se encontró {{found}}',
    'library.workshop.groupCount': 'un taller tiene de 2 a {{max}} grupos, se encontró {{found}}',
    'library.workshop.groupName':
      'el nombre de un grupo debe tener de 1 a {{max}} caracteres, se encontró {{found}}',
    'library.workshop.groupTwice': 'dos grupos se llaman "{{name}}"',
    'library.workshop.envelope':
      'la envolvente fiscal debe ser mayor que 0 % y como máximo {{max}} % del PIB, se encontró {{found}} %',
    'library.workshop.year':
      'el año de la envolvente debe ser uno de los años del escenario de referencia, {{first}}-{{last}}, se encontró {{found}}',
    'library.workshop.countryMismatch':
      'el escenario de referencia "{{name}}" es sobre {{found}}, no sobre el país del taller {{country}}',
    'library.workshop.baselineLocked':
      'el escenario {{id}} ("{{name}}") es la referencia bloqueada del taller "{{workshop}}" y no se puede modificar: guarde sus cambios como un escenario nuevo, o duplíquelo',
    'library.workshop.groupNotFound': 'el taller "{{workshop}}" no tiene el grupo {{group}}',
    'library.workshop.groupScenarioGone':
      'el escenario del grupo "{{group}}" del taller "{{workshop}}" se eliminó definitivamente de la biblioteca',
    'library.workshop.otherCountry':
      'el archivo es un escenario sobre {{found}}, pero el taller "{{workshop}}" es sobre {{country}}',
  },
} as const satisfies MessagePart;
