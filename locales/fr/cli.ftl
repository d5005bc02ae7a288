# Messages of the `parcours` command-line tool (used at a digital-inclusion
# desk, with the person).

cli-code-intro = Voici votre code de secours. Il ne sera plus jamais affiché. Écrivez-le sur un papier et gardez ce papier dans un endroit sûr. Avec ce code, vous pouvez retrouver vos papiers sur un autre téléphone ou sur un ordinateur.
cli-code-written = Votre code de secours est dans le fichier { $file }. Recopiez-le sur un papier, gardez ce papier dans un endroit sûr, puis supprimez le fichier.
cli-safe-created = Le coffre-fort est prêt dans le dossier { $dir }.
cli-enter-code = Tapez votre code de secours :
cli-no-code = Il faut le code de secours. Donnez le fichier du code avec --recovery-code-file, ou tapez le code quand il est demandé.
cli-added = « { $title } » est dans le coffre-fort ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }).
cli-list-empty = Le coffre-fort est vide.
cli-list-line = { $title } ({ $category }, { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    })
cli-list-expires = , expire le { $date }
cli-exported = L'export est terminé et vérifié : { $documents } papiers, { $files } fichiers, dans { $file }. Attention : ce fichier n'est pas chiffré. Gardez-le dans un endroit sûr.
cli-backup-created = La sauvegarde est dans { $file }. Elle est chiffrée : il faut votre code de secours pour l'ouvrir.
cli-backup-structure = La forme de la sauvegarde est correcte. Attention : sans le code de secours, son contenu n'a pas été vérifié.
cli-backup-authentic = La sauvegarde est complète et authentique : { $documents } papiers, { $pages } pages.
cli-restored = Le coffre-fort est remis dans le dossier { $dir } : { $documents } papiers.
cli-export-verified = L'export est complet et signé : { $documents } papiers, { $files } fichiers. Empreinte de l'appareil qui l'a fait : { $key }.
cli-bad-date = La date « { $date } » n'est pas valide. Écrivez-la comme ceci : 2026-03-31.
cli-bad-category = La catégorie « { $category } » n'existe pas. Choisissez parmi : { $list }.
cli-working = Travail en cours…
cli-demo-step = - { $what }
cli-demo-appointment = - { $when } : { $purpose }
cli-demo-document = - { $title } : expire le { $date }

# The professional's client (parcours pro …)
cli-pro-password = Mot de passe : 
cli-pro-logged-in = Vous êtes connecté. La session dure 15 minutes.
cli-pro-login-first = Connectez-vous d'abord : parcours pro login --server ADRESSE --login IDENTIFIANT.
cli-pro-no-persons = Aucune personne ne vous a donné de mandat en cours.
cli-pro-person-line = { $id } : { $name } (mandats : { $mandates })
cli-pro-written = Enregistré : { $kind } { $id } (modification n° { $seq }).
cli-pro-bad-argument = La valeur de { $what } n'est pas valide.
cli-pro-appointment = Rendez-vous
cli-pro-message = Message

cli-pro-key-made = Votre clé pour recevoir des documents est prête. Son empreinte : { $fingerprint }. Donnez-la aux personnes qui vous partagent un document, pour qu'elles la comparent.
cli-pro-no-shares = Aucun document ne vous est partagé en ce moment.
cli-pro-share-line = { $id } : un document de { $person }, jusqu'au { $until }
cli-pro-no-key = Il faut d'abord faire votre clé : parcours pro keygen.
cli-pro-share-opened = « { $title } » est ouvert : { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } dans { $dir }. Ce dossier n'est pas chiffré : effacez-le quand vous avez fini.

cli-pro-attachment = Papier joint : { $document } (pour l'ouvrir : parcours pro open-share { $share })
cli-pro-attachment-not-shared = Papier joint : { $document } (il n'est pas partagé avec vous en ce moment)
