import type { MessagePart } from '../types';

/**
 * Limits on lists and numbers, the check that no result is anything but a finite number, the advice
 * for an unknown country, and the plausibility warnings (docs/formats.md "Limits", methodology.md).
 */
export const limitsMessages = {
  en: {
    'limits.tooMany': 'must have at most {{limit}} items, found {{found}}',
    'limits.aboveMax': 'must be <= {{max}}, found {{found}}',
    'limits.yearsSpan': 'may span at most {{limit}} years, found {{found}} ({{first}}-{{last}})',
    'validation.notFinite.benefit':
      'benefit "{{id}}": {{field}} in {{year}} is not a finite number; check {{inputs}}',
    'validation.notFinite.crisis':
      'crisis measure "{{id}}": {{field}} in {{year}} is not a finite number; check {{inputs}}',
    'validation.notFinite.package':
      'the package: {{field}} in {{year}} is not a finite number; check {{inputs}}',
    'validation.notFinite.financing':
      'financing: {{field}} in {{year}} is not a finite number; check {{inputs}}',
    'validation.unknownCountry':
      'country {{code}} is not in the library: import it with `spf countries import FILE` or in the app: Country data → Import',
    'plausibility.packagePctGdp':
      'the package costs {{pct}} of GDP in {{year}} (plausible: at most {{limit}}); the largest part is benefit "{{id}}": check {{input}}',
    'plausibility.benefitPctGdp':
      'benefit "{{id}}" costs {{pct}} of GDP in {{year}} (plausible: at most {{limit}}); check {{input}}',
    'plausibility.perBeneficiary':
      'benefit "{{id}}" pays {{ratio}} times GDP per capita per beneficiary in {{year}} (plausible: at most {{limit}}); check {{input}}',
    'plausibility.crisisPctGdp':
      'crisis measure "{{id}}" costs {{pct}} of GDP in {{year}} (plausible: at most {{limit}}); check {{input}}',
    // Files the user names, read within FILE_LIMITS (src/node/read-limited.ts, csv-scan.ts).
    'file.noSuchFile': 'no such file',
    'file.isFolder': 'is a folder, not a file',
    'file.isFolderNotCsv': 'is a folder, not a CSV file',
    'file.permissionDenied': 'permission denied',
    'file.unreadable': 'cannot be read: {{reason}}',
    'file.tooLarge': 'is larger than the limit of {{limit}} for this kind of file',
    'file.unpacksTooLarge': 'unpacks to more than the limit of {{limit}} for a workbook',
  },
  fr: {
    'limits.tooMany': 'doit avoir au plus {{limit}} éléments, {{found}} trouvés',
    'limits.aboveMax': 'doit être <= {{max}}, trouvé {{found}}',
    'limits.yearsSpan':
      'peut couvrir au plus {{limit}} ans, {{found}} trouvés ({{first}}-{{last}})',
    'validation.notFinite.benefit':
      'prestation « {{id}} » : {{field}} en {{year}} n’est pas un nombre fini ; vérifiez {{inputs}}',
    'validation.notFinite.crisis':
      'mesure de crise « {{id}} » : {{field}} en {{year}} n’est pas un nombre fini ; vérifiez {{inputs}}',
    'validation.notFinite.package':
      'le paquet : {{field}} en {{year}} n’est pas un nombre fini ; vérifiez {{inputs}}',
    'validation.notFinite.financing':
      'financement : {{field}} en {{year}} n’est pas un nombre fini ; vérifiez {{inputs}}',
    'validation.unknownCountry':
      'le pays {{code}} n’est pas dans la bibliothèque : importez-le avec `spf countries import FICHIER` ou, dans l’application : Données du pays → Importer des données pays',
    'plausibility.packagePctGdp':
      'le paquet coûte {{pct}} du PIB en {{year}} (plausible : au plus {{limit}}) ; la plus grande part est la prestation « {{id}} » : vérifiez {{input}}',
    'plausibility.benefitPctGdp':
      'la prestation « {{id}} » coûte {{pct}} du PIB en {{year}} (plausible : au plus {{limit}}) ; vérifiez {{input}}',
    'plausibility.perBeneficiary':
      'la prestation « {{id}} » verse {{ratio}} fois le PIB par habitant par bénéficiaire en {{year}} (plausible : au plus {{limit}}) ; vérifiez {{input}}',
    'plausibility.crisisPctGdp':
      'la mesure de crise « {{id}} » coûte {{pct}} du PIB en {{year}} (plausible : au plus {{limit}}) ; vérifiez {{input}}',
    'file.noSuchFile': 'fichier introuvable',
    'file.isFolder': 'est un dossier, pas un fichier',
    'file.isFolderNotCsv': 'est un dossier, pas un fichier CSV',
    'file.permissionDenied': 'permission refusée',
    'file.unreadable': 'ne peut pas être lu : {{reason}}',
    'file.tooLarge': 'dépasse la limite de {{limit}} pour ce type de fichier',
    'file.unpacksTooLarge': 'se décompresse au-delà de la limite de {{limit}} pour un classeur',
  },
  es: {
    'limits.tooMany': 'debe tener como máximo {{limit}} elementos; se encontraron {{found}}',
    'limits.aboveMax': 'debe ser <= {{max}}; se encontró {{found}}',
    'limits.yearsSpan':
      'puede abarcar como máximo {{limit}} años; se encontraron {{found}} ({{first}}-{{last}})',
    'validation.notFinite.benefit':
      'prestación «{{id}}»: {{field}} en {{year}} no es un número finito; revise {{inputs}}',
    'validation.notFinite.crisis':
      'medida de crisis «{{id}}»: {{field}} en {{year}} no es un número finito; revise {{inputs}}',
    'validation.notFinite.package':
      'el paquete: {{field}} en {{year}} no es un número finito; revise {{inputs}}',
    'validation.notFinite.financing':
      'financiación: {{field}} en {{year}} no es un número finito; revise {{inputs}}',
    'validation.unknownCountry':
      'el país {{code}} no está en la biblioteca: impórtelo con `spf countries import ARCHIVO` o, en la aplicación: Datos del país → Importar datos del país',
    'plausibility.packagePctGdp':
      'el paquete cuesta {{pct}} del PIB en {{year}} (plausible: como máximo {{limit}}); la mayor parte es la prestación «{{id}}»: revise {{input}}',
    'plausibility.benefitPctGdp':
      'la prestación «{{id}}» cuesta {{pct}} del PIB en {{year}} (plausible: como máximo {{limit}}); revise {{input}}',
    'plausibility.perBeneficiary':
      'la prestación «{{id}}» paga {{ratio}} veces el PIB per cápita por beneficiario en {{year}} (plausible: como máximo {{limit}}); revise {{input}}',
    'plausibility.crisisPctGdp':
      'la medida de crisis «{{id}}» cuesta {{pct}} del PIB en {{year}} (plausible: como máximo {{limit}}); revise {{input}}',
    'file.noSuchFile': 'el archivo no existe',
    'file.isFolder': 'es una carpeta, no un archivo',
    'file.isFolderNotCsv': 'es una carpeta, no un archivo CSV',
    'file.permissionDenied': 'permiso denegado',
    'file.unreadable': 'no se puede leer: {{reason}}',
    'file.tooLarge': 'supera el límite de {{limit}} para este tipo de archivo',
    'file.unpacksTooLarge': 'se descomprime en más del límite de {{limit}} para un libro',
  },
} satisfies MessagePart;
