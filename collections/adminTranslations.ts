/**
 * Payload's French strings that read badly or leak English, overridden through the config's
 * `i18n.translations` (Payload deep-merges them over its own): the gendered « un(e) nouveau ou
 * nouvelle », « Par Page: », booleans as « faux », « Descendant(e) ». Payload's keys, our words;
 * checked in the browser by tests/e2e/admin.e2e.spec.ts.
 */
export const adminTranslations = {
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir un fichier existant',
    chooseLabel: 'Choisir : {{label}}',
    selectExistingLabel: 'Choisir : {{label}}',
    toggleBlock: 'Afficher ou masquer',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  general: {
    ascending: 'croissant',
    created: 'Créé le',
    createdAt: 'Créé le',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    deletedSuccessfully: 'Suppression réussie.',
    descending: 'décroissant',
    false: 'Non',
    noLabel: '(vide)',
    none: 'Aucun',
    noResults:
      'Aucun résultat dans « {{label}} » : rien n’a encore été créé, ou rien ne correspond aux filtres ci-dessus.',
    perPage: 'Par page : {{limit}}',
    sortByLabelDirection: 'Trier par {{label}}, ordre {{direction}}',
    successfullyCreated: 'Création réussie : {{label}}.',
    successfullyDuplicated: 'Copie réussie : {{label}}.',
    titleDeleted: 'Suppression réussie : {{label}} « {{title}} ».',
    true: 'Oui',
    updatedAt: 'Modifié le',
  },
  version: {
    noRowsFound: 'Aucun résultat dans « {{label}} »',
    restoredSuccessfully: 'Restauration réussie.',
  },
} as const
