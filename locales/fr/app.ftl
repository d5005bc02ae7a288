# Messages of the app screens.
# Plain language (FALC): short sentences, everyday words, "vous".
# Every id here must also be in locales/en/app.ftl.

app-name = Parcours
page-title = Et maintenant ? – Parcours
# Between the names of a list: "Argent, Logement".

## Header and emergency numbers (on every screen)

emergency-nav-label = Aide d'urgence
emergency-link = Urgence
emergency-title = Numéros d'urgence
emergency-intro = Ces numéros sont gratuits. Ils répondent jour et nuit.
emergency-115-action = Appeler le 115
emergency-115-what = Pour trouver une place pour dormir.
emergency-3919-action = Appeler le 3919
emergency-3919-what = Si quelqu'un vous fait du mal ou vous fait peur. L'appel est anonyme.
emergency-17-action = Appeler le 17
emergency-17-what = Police ou gendarmerie, si vous êtes en danger.
emergency-112-action = Appeler le 112
emergency-112-what = Toutes les urgences, en France et en Europe.
emergency-114-action = Envoyer un SMS au 114
emergency-114-what = Si vous êtes sourd ou malentendant, ou si vous ne pouvez pas parler.

## Home: "Et maintenant ?"

home-title = Et maintenant ?
home-greeting = Bonjour { $name }. Voici ce qui vous attend.
home-nothing = Vous n'avez rien à faire pour le moment.

home-steps-title = Vos prochaines étapes
home-steps-none = Vous n'avez pas d'étape à faire pour le moment.
step-overdue = En retard
step-due = À faire pour le { $date }.
step-was-due = C'était prévu pour le { $date }. Vous pouvez encore le faire.

home-appointment-title = Votre prochain rendez-vous
home-appointment-none = Vous n'avez pas de rendez-vous prévu.
home-appointment-more =
    { $count ->
        [one] Vous avez encore 1 autre rendez-vous après celui-ci.
       *[other] Vous avez encore { $count } autres rendez-vous après celui-ci.
    }
appointment-where = Où
appointment-with = Avec qui
appointment-why = Pourquoi
appointment-compulsory = Rendez-vous obligatoire
appointment-compulsory-why = Si vous n'y allez pas, vos aides peuvent être arrêtées. Si vous ne pouvez pas y aller, prévenez avant.
appointment-private = Rendez-vous privé

home-documents-title = Vos papiers à renouveler
document-alert-soon = À renouveler bientôt
document-alert-urgent = À renouveler vite
document-alert-expired = Plus valable
document-valid-until = Valable jusqu'au { $date }.
document-expired-on = Plus valable depuis le { $date }.
home-documents-open = Voir mes papiers

home-mandates-title = Vos autorisations qui finissent bientôt
home-mandates-hint = Vous pouvez garder ou arrêter une autorisation vous-même.
mandate-ending-soon = Finit bientôt
mandate-ends = Jusqu'au { $date }.
mandate-grantee-unknown = Une personne qui n'est plus dans vos contacts

home-messages-title = Vos messages
home-messages-unread =
    { $count ->
        [0] Vous n'avez pas de nouveau message.
        [one] Vous avez 1 nouveau message.
       *[other] Vous avez { $count } nouveaux messages.
    }

## Menu, quick exit (on every screen)
# The menu's words are short: one word each, three side by side on a small phone.

page-title-screen = { $screen } – Parcours
nav-label = Menu principal
nav-menu = Menu
nav-home = Accueil
nav-plan = Plan
nav-contacts = Contacts
nav-appointments = Rendez-vous
nav-messages = Messages
nav-safe = Papiers
quick-exit = Quitter vite

# The page quick exit leaves on screen: nothing about Parcours on it.
neutral-title = Météo
neutral-text = Les prévisions ne sont pas disponibles pour le moment. Revenez plus tard.

action-failed = Cela n'a pas marché. Rien n'a été changé. Réessayez.
appointment-cancel-needs-confirmation = Ce rendez-vous est obligatoire. Avant de l'annuler, vous devez dire que vous avez compris le risque.

## My plan

plan-title = Mon plan
plan-intro = Voici vos objectifs. Sous chaque objectif, il y a les étapes pour y arriver.
plan-progress-title = Où vous en êtes
plan-progress =
    { $done ->
        [one] { $done } étape faite
       *[other] { $done } étapes faites
    } sur { $total }.
plan-empty = Votre plan n'a pas encore d'objectif. Vous allez le faire avec votre référente ou votre référent.
plan-in-my-words = Vos mots : « { $words } »
plan-no-step = Cet objectif n'a pas encore d'étape.
plan-steps-title = Les étapes
plan-step-who = Qui le fait : { $who }
plan-step-done-on = Fait le { $date }.
plan-step-proposed-hint = Vous avez proposé cette étape. Votre référente ou votre référent doit encore l'accepter.
plan-mark-done = J'ai fait cette étape
plan-confirm-done = Vous avez fait cette étape ?
plan-confirm-done-yes = Oui, c'est fait
plan-confirm-done-no = Non, pas encore
plan-done-saved = Bravo ! L'étape est notée comme faite.

## My contacts

contacts-title = Mes contacts
contacts-intro = Qui fait quoi pour vous. Touchez un bouton pour appeler, écrire ou trouver l'adresse.
contacts-referent-title = Votre référente ou votre référent
contacts-no-referent = Vous n'avez pas encore de référente ou de référent.
contacts-partners-title = Les autres services qui vous aident
contact-hours = Horaires
contact-hours-line = Horaires : { $hours }
contact-address = Adresse
contact-phone = Téléphone
contact-email = E-mail
contact-call = Appeler
contact-call-name = Appeler { $name }
contact-sms = Envoyer un SMS
contact-sms-name = Envoyer un SMS à { $name }
contact-write = Écrire un e-mail
contact-write-name = Écrire un e-mail à { $name }
contact-map = Voir sur la carte
contact-map-name = Voir sur la carte l'adresse de { $name }
contact-save = Ajouter à mes contacts
contact-save-name = Ajouter à mes contacts : { $name }

## My appointments

appointments-title = Mes rendez-vous
appointments-upcoming-title = Vos rendez-vous à venir
appointments-upcoming-none = Vous n'avez pas de rendez-vous à venir.
appointments-past-title = Vos rendez-vous passés
appointments-past-none = Vous n'avez pas encore eu de rendez-vous.
appointment-until = Jusqu'à { $time }.
appointment-bring = À apporter
appointment-bring-documents = Papiers de votre coffre-fort à montrer
appointment-confirm = Je confirme : je viendrai
appointment-confirmed-saved = C'est noté : vous avez confirmé ce rendez-vous.
appointment-new-date = Demander une autre date
appointment-new-date-saved = C'est noté : vous voulez une autre date. Prévenez aussi la personne du rendez-vous.
appointment-cancel = Annuler ce rendez-vous
appointment-cancel-question = Vous voulez annuler ce rendez-vous ?
appointment-cancel-yes = Oui, j'annule
appointment-cancel-no = Non, je garde ce rendez-vous
appointment-cancel-warning-title = Attention : ce rendez-vous est obligatoire.
appointment-cancel-warning = Si vous n'y allez pas, vos aides peuvent être arrêtées.
appointment-cancel-advice = Si vous ne pouvez pas venir, demandez plutôt une autre date. Vous pouvez aussi appeler la personne du rendez-vous.
appointment-cancel-anyway = Je veux quand même annuler
appointment-cancel-final-question = Dernière question : vous annulez vraiment ce rendez-vous obligatoire ? Vos aides peuvent être arrêtées.
appointment-cancel-final-yes = Oui, j'annule ce rendez-vous
appointment-cancelled-saved = Le rendez-vous est annulé. Prévenez aussi la personne du rendez-vous.
appointment-calendar = Ajouter à mon agenda
appointment-calendar-name = Ajouter à mon agenda : rendez-vous du { $date }
appointment-calendar-private-hint = Dans votre agenda, ce rendez-vous s'appelle seulement « Rendez-vous ». L'adresse est écrite.
# In the calendar file of an appointment.
ics-summary-private = Rendez-vous
ics-bring = À apporter : { $list }
ics-file-name = rendez-vous

## Settings

settings-title = Réglages
settings-saved = C'est enregistré.
settings-language = Langue
# Each language is named in itself, the same in every language.
language-name-fr = Français
language-name-en = English
language-name-ar = العربية
language-name-uk = Українська
settings-text-size = Taille du texte
settings-text-100 = Normal (100 %)
settings-text-150 = Grand (150 %)
settings-text-200 = Très grand (200 %)
settings-contrast = Couleurs
settings-contrast-high = Contraste fort (noir sur blanc)
settings-exit-title = Quitter vite
settings-exit-text = Quelqu'un arrive ? Touchez « Quitter vite ». Parcours se cache tout de suite. Une page de météo s'affiche à la place. Ce bouton est aussi en haut de chaque écran.
settings-about-title = À propos de Parcours
settings-about-text = Parcours vous aide à suivre votre parcours avec votre référente ou votre référent : votre plan, vos contacts, vos rendez-vous.
settings-about-data = Vos informations restent sur ce téléphone, dans un coffre protégé. Personne ne les voit sans votre accord.
settings-about-version = Version { $version }
settings-about-license = Parcours est un logiciel libre (licence AGPL).

## Who can do what for me (mandates)

mandates-title = Qui peut agir pour moi
mandates-intro = Ici, vous voyez qui a votre accord pour agir pour vous, et jusqu'à quand. Vous pouvez arrêter un accord quand vous voulez.
mandates-current-title = Les autorisations en cours
mandates-none = Personne n'a d'autorisation pour le moment.
mandates-past-title = Autorisations passées
mandates-past-none = Pas d'autorisation passée.
mandate-starts = À partir du { $date }.
mandate-revoke = Arrêter
mandate-renew = Renouveler
mandate-revoke-question = Voulez-vous arrêter cette autorisation ?
mandate-revoke-consequence = Si vous touchez « Oui, arrêter », { $name } ne pourra plus faire cela pour vous. Cela s'arrête tout de suite.
mandate-revoke-yes = Oui, arrêter
mandate-revoke-no = Non, garder
mandate-renew-question = Voulez-vous renouveler cette autorisation ?
mandate-renew-consequence = Si vous touchez « Oui, renouveler », { $name } pourra continuer à faire cela pour vous jusqu'au { $until }.
mandate-renew-yes = Oui, renouveler
mandate-renew-no = Non, pas maintenant
mandate-revoked = C'est fait. Cette autorisation est arrêtée.
mandate-renewed = C'est fait. L'autorisation est renouvelée.
mandate-past-ended = Elle s'est finie le { $date }.
mandate-past-revoked = Vous l'avez arrêtée le { $date }.
mandate-past-superseded = Une nouvelle autorisation l'a remplacée le { $date }.
mandate-past-renewed = Vous l'avez renouvelée. La nouvelle autorisation est plus haut.
mandate-pin-required = Pour cela, il faut votre code PIN. Tapez-le, puis touchez encore le bouton. Rien n'a été changé.
home-mandates-open = Voir qui peut agir pour moi
settings-mandates-text = Voyez qui a votre accord pour agir pour vous. Vous pouvez arrêter ou renouveler un accord.
settings-mandates-open = Ouvrir « Qui peut agir pour moi »

## My papers (the safe)

safe-title = Mes papiers
safe-intro = Vos papiers sont rangés ici, dans un coffre-fort. Ils sont protégés. Sans ce téléphone ou votre code de secours, personne ne peut les lire.
safe-empty = Votre coffre-fort est vide. Ajoutez votre premier papier plus haut.
safe-open = Ouvrir
safe-close = Fermer
safe-add-title = Ajouter un papier
safe-add-how = Prenez une photo du papier, ou choisissez une photo ou un PDF. Plusieurs fichiers font un seul papier, avec une page par fichier.
safe-add-photo-data = Pour les photos, Parcours enlève les informations cachées. Par exemple, le lieu où la photo a été prise.
safe-add-choose = Choisir une photo ou un fichier
safe-add-pick-files = Choisir un fichier
safe-add-take-photo = Prendre une photo
safe-add-unavailable = Sur ce téléphone, Parcours ne sait pas encore ajouter un papier.
safe-add-chosen =
    { $files ->
        [one] Vous avez choisi { $files } fichier.
       *[other] Vous avez choisi { $files } fichiers. Ils seront les pages d'un seul papier.
    }
safe-add-page = Page { $page } :
safe-add-name = Nom du papier
safe-add-name-hint = Par exemple : Attestation CAF de mars.
safe-add-category = Type de papier
safe-add-issued = Date du papier, si vous la connaissez
safe-add-expires = Date de fin, si le papier en a une
safe-add-save = Ranger dans mon coffre-fort
safe-add-cancel = Annuler
safe-added = C'est rangé. « { $title } » est dans votre coffre-fort.
safe-error-title = Écrivez un nom pour ce papier. Rien n'a été changé.
safe-error-dates = La date de fin est avant la date du papier. Vérifiez les dates. Rien n'a été changé.
safe-error-date-unreadable = Une date n'est pas lisible. Choisissez-la dans le calendrier. Rien n'a été changé.
safe-error-no-file = Choisissez d'abord une photo ou un fichier.
safe-error-file-type = Parcours ne peut pas ranger ce fichier : { $name }. Choisissez une photo JPEG ou PNG, ou un PDF. Rien n'a été changé.
platform-unavailable = Ce téléphone ne sait pas encore faire cela avec Parcours. Rien n'a été changé.
platform-cancelled = Vous n'avez rien choisi.
platform-file-too-large = Ce fichier est trop grand. Un fichier doit faire moins de { $count } Mo. Rien n'a été changé.
safe-pages =
    { $pages ->
        [0] Pas de fichier, seulement le nom et les dates
        [one] { $pages } page
       *[other] { $pages } pages
    }
safe-expires-in =
    { $count ->
        [0] Expire aujourd'hui
        [one] Expire demain
       *[other] Expire dans { $count } jours
    }
safe-expired = Expiré
safe-no-file = Il n'y a pas de photo ni de fichier pour ce papier. Seuls son nom et ses dates sont gardés.
safe-page-of = Page { $page } sur { $pages }
safe-page-alt = { $title }, page { $page } sur { $pages }
safe-page-download = Télécharger le fichier pour le lire
safe-page-download-hint = Le fichier téléchargé n'est plus protégé par le coffre-fort.
safe-page-previous = Page d'avant
safe-page-next = Page suivante
safe-rename = Changer le nom
safe-rename-label = Nouveau nom
safe-rename-save = Enregistrer le nom
safe-rename-cancel = Annuler
safe-renamed = C'est enregistré. Le papier s'appelle maintenant « { $title } ».
safe-send = Envoyer hors de Parcours
safe-send-question = Envoyer ce papier hors de Parcours ?
safe-send-warning = Attention : hors de Parcours, ce papier ne sera plus protégé. Parcours ne pourra pas l'effacer. Envoyez-le seulement à une personne de confiance.
safe-send-page = Seule la page { $page } sera envoyée.
safe-send-yes = Oui, envoyer
safe-send-no = Non, ne pas envoyer
safe-sent-downloaded = Le fichier « { $name } » est dans vos téléchargements. Il n'est plus protégé par Parcours.
safe-sent-shared = C'est fait. Le papier est sorti de Parcours.
safe-delete = Supprimer
safe-delete-question = Supprimer « { $title } » ?
safe-delete-warning = Vous ne pourrez pas revenir en arrière. Le papier sera effacé de ce téléphone.
safe-delete-copies = Les sauvegardes et les copies déjà faites ne seront pas effacées.
safe-delete-yes = Oui, supprimer pour toujours
safe-delete-no = Non, garder ce papier
safe-deleted = C'est fait. « { $title } » est supprimé.
safe-keep-title = Garder une copie
safe-keep-unavailable = Sur ce téléphone, Parcours ne sait pas encore faire de copie.
safe-backup-title = Une sauvegarde protégée
safe-backup-text = Une sauvegarde est une copie protégée de tout votre coffre-fort. Gardez-la sur une clé USB ou sur un ordinateur. Pour l'ouvrir, il faut votre code de secours. C'est le code de 28 signes que Parcours vous a donné au début.
safe-backup = Faire une sauvegarde
safe-backup-downloaded = C'est fait. La sauvegarde « { $name } » est dans vos téléchargements. Gardez-la avec votre code de secours.
safe-backup-shared = C'est fait. Gardez la sauvegarde avec votre code de secours.
safe-export-title = Tout sortir de Parcours
safe-export-text = Vous pouvez sortir tous vos papiers et vos informations dans un seul fichier. Vous pourrez les garder ailleurs.
safe-export = Tout sortir dans un fichier
safe-export-question = Attention : ce fichier ne sera pas protégé.
safe-export-warning = Toute personne qui a ce fichier pourra lire vos papiers, votre plan, vos rendez-vous et vos messages. Gardez-le dans un endroit sûr.
safe-export-yes = Oui, tout sortir
safe-export-no = Non, pas maintenant
safe-exported-downloaded = C'est fait. Le fichier « { $name } » est dans vos téléchargements. Il n'est pas protégé : gardez-le dans un endroit sûr.
safe-exported-shared = C'est fait. Le fichier n'est pas protégé : gardez-le dans un endroit sûr.
safe-trail-title = Qui a ouvert quoi
safe-trail-intro = Ici, vous voyez ce qui a été fait avec vos papiers, et quand. Pour le moment, la liste montre ce qui a été fait sur ce téléphone.
safe-trail-empty = Rien pour le moment.
safe-trail-more = Tout voir ({ $count })

## Messages with the referent

home-messages-open = Lire mes messages
messages-title = Mes messages
messages-intro = Ici, vous écrivez à { $name }. Vous lisez aussi ses réponses.
messages-waiting =
    { $count ->
        [one] 1 message attend d'être envoyé. Il partira quand le téléphone aura du réseau.
       *[other] { $count } messages attendent d'être envoyés. Ils partiront quand le téléphone aura du réseau.
    }
messages-thread-title = Vos messages avec { $name }
messages-older =
    { $count ->
        [one] Voir 1 message plus ancien
       *[other] Voir les { $count } messages plus anciens
    }
messages-none = Pas encore de message. Vous pouvez écrire le premier.
messages-no-referent = Vous n'avez pas encore de référente ou de référent. Vous ne pouvez pas encore écrire de message.
# Who wrote a message, and when: "le mardi 3 mars à 14 h".
message-from-me = Vous avez écrit le { $when } :
message-from = { $name } a écrit le { $when } :
message-new = Nouveau
# Where one of the person's messages stands (words next to a pictogram).
message-state-waiting = Attend d'être envoyé
message-state-sent = Envoyé
message-state-delivered = Arrivé
message-state-read = Lu
message-state-refused = Pas envoyé : refusé
# Why the server refused a message, by the server's code.
message-refused-other = Le serveur n'a pas accepté ce message. Parlez-en à votre référente ou votre référent.
message-refused-bad-message = Ce message est vide ou trop long. Écrivez-le à nouveau, plus court.
message-refused-not-found = Cette personne n'est plus dans votre dossier sur le serveur.
message-refused-device-refused = Ce téléphone ne peut plus envoyer de messages. Parlez-en à votre référente ou votre référent.
message-refused-server-said = Réponse du serveur : « { $reason } »
messages-write-title = Écrire à { $name }
messages-quick-hint = Réponses rapides : touchez une phrase pour l'envoyer tout de suite.
messages-quick-late = Je serai en retard
messages-quick-help = J'ai besoin d'aide
messages-quick-cannot-come = Je ne peux pas venir
# A quick reply sent from another language: the French words (for the referent), then the person's own.
messages-quick-both = { $french } ({ $own })
messages-text-label = Ou écrivez votre message :
messages-send = Envoyer
messages-sent = C'est noté. Votre message est dans la conversation, juste au-dessus.
messages-error-empty = Le message est vide. Écrivez quelques mots avant d'envoyer.
messages-error-too-long = Le message est trop long. Écrivez moins de 5 000 signes.

## Who opened what (on "Qui peut agir pour moi")

mandates-access-title = Qui a ouvert votre dossier
mandates-access-intro = Chaque fois qu'une personne ouvre ou change votre dossier, c'est écrit ici. Le plus récent est en haut.
mandates-access-none = Personne n'a encore ouvert votre dossier.
mandates-access-not-yet = Cette liste vient du serveur. Elle n'est pas encore arrivée sur ce téléphone.
mandates-access-older =
    { $count ->
        [one] Et 1 autre fois, plus ancienne.
       *[other] Et { $count } autres fois, plus anciennes.
    }
access-read-dossier = { $name } a ouvert votre dossier le { $when }.
access-wrote-step = { $name } a écrit une étape de votre plan le { $when }.
access-wrote-appointment = { $name } a ajouté un rendez-vous le { $when }.
access-wrote-message = { $name } vous a écrit un message le { $when }.
access-opened-share = { $name } a ouvert un papier que vous avez partagé le { $when }.

## Preview (development tool)

preview-no-keystore = Attention : le coffre à clés de cet ordinateur ne répond pas. La clé des données est gardée en mémoire seulement, le temps de l'aperçu.
preview-demo-server = Serveur de démonstration : { $url } (pour répondre comme la référente : identifiant « referent », mot de passe « demo-referent »)
preview-demo-server-failed = Le serveur de démonstration n'a pas pu démarrer ({ $reason }). L'aperçu marche quand même, sans serveur.

## First start (a phone with no safe yet)

first-progress = Étape { $step } sur { $count }
first-language-title = Choisissez votre langue
first-language-text = Touchez votre langue. L'application parlera cette langue.
first-language-later = Vous pourrez changer de langue plus tard, dans les réglages.
first-code-title = Votre code d'invitation
first-code-text = Votre référente ou votre référent vous a donné un code sur un papier. Ce code relie ce téléphone à votre dossier.
first-code-label = Code d'invitation
first-code-hint = Les majuscules, les espaces et les tirets ne comptent pas.
first-code-send = Valider le code
first-code-checking = Vérification en cours…
first-code-empty = Écrivez le code qui est sur le papier.
first-code-refused = Ce code ne marche pas. Il est peut-être mal écrit, ou il a déjà servi. Vérifiez le code. Si cela ne marche toujours pas, demandez un nouveau code à votre référente ou à votre référent.
first-offline = Le serveur ne répond pas. Rien n'est perdu. Vous pouvez réessayer plus tard.
first-out-of-order = Cette étape vient plus tard. Revenez à l'étape d'avant.
first-recovery-title = Votre code de secours
first-recovery-what = Ce code ouvre vos données si vous perdez ce téléphone, ou si vous oubliez votre code PIN.
first-recovery-write = Écrivez ce code sur un papier. Gardez le papier dans un endroit sûr, loin du téléphone.
first-recovery-once = Ce code est montré une seule fois. Ne le donnez à personne.
first-recovery-code-label = Code de secours, par groupes de 4 signes
first-recovery-tail-label = Pour vérifier, écrivez les 4 derniers signes du code
first-recovery-done = J'ai écrit le code
first-recovery-mismatch = Ce ne sont pas les 4 derniers signes du code. Regardez le dernier groupe du code, puis écrivez-le.
first-pin-title = Un code PIN ?
first-pin-what = Un code PIN protège vos données si quelqu'un prend ce téléphone.
first-pin-choice = C'est vous qui choisissez. Vous pouvez aussi ne pas mettre de code PIN.
first-pin-label = Votre code PIN, de 4 à 12 chiffres
first-pin-hint = Choisissez des chiffres faciles à retenir pour vous, difficiles à deviner pour les autres.
first-pin-set = Choisir ce code PIN
first-pin-skip = Pas de code PIN
first-finish-title = Nous cherchons votre dossier
first-finish-wait = Un instant. Votre dossier arrive sur le téléphone.
first-retry = Réessayer
## Partager un papier avec un professionnel

share-title = Partager un papier avec un professionnel
share-intro = Vous choisissez un papier, une personne, et jusqu'à quand. Le papier est protégé : seule cette personne peut l'ouvrir. Vous pouvez arrêter quand vous voulez.
share-no-server = Pour partager un papier, il faut que l'application soit reliée au serveur. Ce n'est pas le cas ici.
share-no-paper = Ajoutez d'abord un papier. Ensuite, vous pourrez le partager.
share-no-contact = Vous n'avez pas encore de contact. Il faut un contact pour partager un papier.
share-which-paper = Quel papier ?
share-with-whom = Avec qui ?
share-until = Jusqu'à quand ?
share-7-days = 7 jours
share-30-days = 30 jours
share-3-months = 3 mois
share-choose-first = Choisissez un papier et une personne.
share-continue = Continuer
share-checking = Un instant…
share-question = Partager « { $title } » avec { $name } ?
share-first-time = C'est la première fois. Appelez { $name } au téléphone. Lisez-lui ce code. Son code doit être le même.
share-code = Le code de la personne :
share-same-key = C'est le même code que la dernière fois. Tout va bien.
share-changed = Attention : le code de { $name } a changé. Peut-être une nouvelle clé. Peut-être quelqu'un qui essaie de lire vos papiers.
share-code-before = Le code d'avant :
share-code-now = Le nouveau code :
share-changed-call = Appelez { $name } au téléphone. Vérifiez ensemble le nouveau code. Partagez seulement si c'est le même.
share-checked-yes = J'ai vérifié avec { $name } : partager
share-yes = Partager
share-no = Annuler
share-done = C'est fait. { $name } peut voir « { $title } » jusqu'au { $until }.
share-failed = Le papier n'a pas été partagé. Réessayez plus tard.
share-offline = Pas de connexion au serveur. Rien n'a été partagé. Réessayez quand vous aurez internet.
share-key-moved = Le code de cette personne a changé. Rien n'a été partagé. Recommencez pour voir le nouveau code.
share-list-title = Vos partages
share-list-empty = Vous ne partagez aucun papier.
share-paper-gone = Un papier supprimé
share-line = « { $title } » avec { $name }
share-until-date = Jusqu'au { $until }
share-ended = Terminé
share-stopped-on = Arrêté le { $date }
share-stop = Arrêter le partage
share-stopped = C'est fait. Vous ne partagez plus ce papier avec { $name }. Le serveur efface sa copie dès que la connexion le permet.

## Opening a safe that has a PIN

unlock-title = Ouvrir Parcours
unlock-text = Tapez votre code PIN pour ouvrir vos données.
unlock-pin-label = Votre code PIN
unlock-open = Ouvrir
unlock-forgot = J'ai oublié mon code PIN
unlock-wait-seconds =
    { $count ->
        [one] Attendez { $count } seconde, puis essayez encore.
       *[other] Attendez { $count } secondes, puis essayez encore.
    }
unlock-wait-minutes =
    { $count ->
        [one] Attendez { $count } minute, puis essayez encore.
       *[other] Attendez { $count } minutes, puis essayez encore.
    }
unlock-code-title = Votre code de secours
unlock-code-text = Écrivez le code de secours que vous avez noté sur un papier. Il ouvre vos données sans le code PIN.
unlock-code-label = Code de secours, 28 lettres et chiffres
unlock-back = Revenir au code PIN
unlock-new-pin-title = Un nouveau code PIN
unlock-new-pin-text = Vos données sont ouvertes. Choisissez un nouveau code PIN. Vous pouvez aussi ne pas mettre de code PIN.

## Discreet mode
settings-discreet = Mode discret
settings-discreet-what = Pour un téléphone que quelqu'un d'autre peut regarder. Le titre de la fenêtre devient « Météo ». Les rappels ne disent plus l'heure.
settings-discreet-on = Mode discret

# Give a permission (mandates screen)
grant-title = Donner une autorisation
grant-intro = Vous pouvez permettre à une personne de vos contacts de faire quelque chose pour vous. Vous choisissez quoi et jusqu'à quand. Vous pouvez arrêter quand vous voulez.
grant-open = Donner une autorisation
grant-no-contact = Vous n'avez pas encore de contact. Votre référente ou votre référent peut en ajouter.
grant-who = À qui ?
grant-what = Pour faire quoi ?
grant-what-coordination = Suivre tout mon parcours et parler aux autres services pour moi
grant-what-information = Parler de ma situation avec ma référente ou mon référent
grant-what-documents = Voir certains de mes papiers
grant-what-act = Faire une démarche pour moi
grant-domains = Sur quels sujets ?
grant-category = Quels papiers ?
grant-category-choose = Choisissez
grant-procedure = Quelle démarche ?
grant-procedure-hint = Par exemple : demande de logement social.
grant-length = Jusqu'à quand ?
grant-length-1-month = 1 mois, jusqu'au { $until }
grant-length-3-months = 3 mois, jusqu'au { $until }
grant-length-6-months = 6 mois, jusqu'au { $until }
grant-length-1-year = 1 an, jusqu'au { $until }
grant-continue = Continuer
grant-cancel = Annuler
grant-missing-who = Choisissez la personne.
grant-missing-what = Choisissez ce que la personne pourra faire.
grant-missing-domain = Choisissez au moins un sujet.
grant-missing-category = Choisissez les papiers.
grant-missing-procedure = Écrivez le nom de la démarche.
grant-missing-length = Choisissez jusqu'à quand.
grant-question = Voulez-vous donner cette autorisation ?
grant-replaces-coordination = Une seule personne à la fois peut suivre tout votre parcours. { $name } ne le pourra plus.
grant-can-stop = Vous pourrez l'arrêter quand vous voulez, sur cet écran.
grant-yes = Oui, donner l'autorisation
grant-back = Non, revenir
grant-done = C'est fait. { $name } a votre autorisation.
mandate-pin-label = Tapez votre code PIN pour confirmer

## Lire à voix haute
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture
read-aloud-unavailable = Ce téléphone ne peut pas lire cette langue à voix haute.
read-aloud-failed = La lecture à voix haute n'a pas marché. Réessayez.
settings-read-aloud = Lire à voix haute
settings-read-aloud-what = Le bouton « Lire à voix haute » est en haut de chaque écran. Touchez-le : le téléphone lit l'écran. Touchez-le encore : la lecture s'arrête.
settings-read-aloud-on = Montrer le bouton « Lire à voix haute »
settings-speech-rate = Vitesse de la voix
settings-speech-normal = Normale
settings-speech-slower = Plus lente
## Messages: a paper of the safe joined to a message

messages-attach = Joindre un papier
messages-attach-which = Quel papier voulez-vous joindre ?
messages-attach-choose = Joindre ce papier
messages-attach-cancel = Annuler
messages-attach-none = Votre coffre n'a pas encore de papier à joindre. Ajoutez un papier dans « Mes papiers ».
messages-attach-choose-first = Choisissez d'abord un papier dans la liste.
messages-attach-checking = Un instant. Parcours demande le code de { $name } au serveur.
messages-attach-offline = Pas de connexion au serveur. Pour joindre un papier, il faut internet. Votre message n'est pas perdu. Vous pouvez l'envoyer sans papier, ou réessayer plus tard.
messages-attach-no-server = Pour joindre un papier, l'application doit être reliée au serveur.
messages-paper-chip = Papier joint : « { $title } »
messages-paper-remove = Retirer le papier
messages-paper-until = { $name } pourra voir ce papier jusqu'au { $until }. Le papier part quand vous touchez « Envoyer ».
messages-paper-checked = J'ai vérifié le nouveau code avec { $name }.
messages-paper-check-first = Le code de { $name } a changé. Vérifiez d'abord le nouveau code avec { $name }. Puis cochez la case.
messages-sending = Envoi en cours. Attendez un instant.
messages-sent-with-paper = C'est noté. Votre message et le papier « { $title } » sont dans la conversation. { $name } peut voir ce papier jusqu'au { $until }.
messages-paper-gone = Ce papier n'est plus dans votre coffre. Choisissez un autre papier.
message-paper = Papier joint : « { $title } »
message-paper-unknown = Papier joint (il n'est pas dans votre coffre)
message-paper-open = Ouvrir « { $title } » dans Mes papiers
message-refused-attachment-not-shared = Le papier joint n'a pas été partagé avec cette personne. Joignez le papier à nouveau.
message-refused-too-many-attachments = Ce message a trop de papiers joints. Joignez 5 papiers au plus.
## Settings: the PIN, a new recovery code, delete everything
settings-pin-title = Code PIN
settings-pin-on = Un code PIN est demandé pour ouvrir Parcours.
settings-pin-off = Vous n'avez pas de code PIN. Parcours s'ouvre sans code.
settings-pin-choose = Choisir un code PIN
settings-pin-change = Changer le code PIN
settings-pin-remove = Enlever le code PIN
settings-pin-current = Votre code PIN actuel
settings-pin-new = Le nouveau code PIN, de 4 à 12 chiffres
settings-pin-again = Écrivez encore le nouveau code PIN
settings-pin-save = Enregistrer le code PIN
settings-pin-remove-what = Sans code PIN, une personne qui prend ce téléphone peut ouvrir Parcours.
settings-pin-remove-yes = Oui, enlever le code PIN
settings-cancel = Annuler
settings-pin-set-done = C'est fait. Votre nouveau code PIN est enregistré.
settings-pin-removed-done = C'est fait. Il n'y a plus de code PIN.
settings-pin-required = Écrivez votre code PIN actuel. Rien n'a été changé.
settings-pin-mismatch = Les 2 nouveaux codes PIN ne sont pas les mêmes. Rien n'a été changé.
settings-pin-none = Il n'y a pas de code PIN. Rien n'a été changé.
settings-no-safe = Ici, vos données ne sont pas dans un coffre. Rien n'a été changé.
settings-nothing-changed = Rien n'a été changé.
settings-busy = Un moment, s'il vous plaît…
settings-recovery-title = Code de secours
settings-recovery-text = Le code de secours ouvre vos données si vous oubliez votre code PIN. Il sert aussi sur un nouveau téléphone.
settings-recovery-lost = Vous avez perdu le papier avec le code ? Quelqu'un a vu le code ? Faites un nouveau code.
settings-recovery-new = Faire un nouveau code de secours
settings-recovery-old = Après, l'ancien code ne marche plus sur ce téléphone. Les sauvegardes faites avant s'ouvrent encore avec l'ancien code.
settings-recovery-make = Oui, faire un nouveau code
settings-recovery-shown = Voici votre nouveau code de secours.
settings-recovery-done-ok = C'est fait. Gardez bien le papier avec le nouveau code. L'ancien code ne marche plus.
settings-delete-title = Tout effacer
settings-delete-what = Vos papiers, vos messages, votre plan et vos rendez-vous sont effacés de ce téléphone.
settings-delete-server = Votre compte sur le serveur est fermé. Votre référente ou votre référent ne voit plus votre dossier.
settings-delete-undo = On ne peut pas revenir en arrière. Le code de secours n'ouvre plus rien.
settings-delete-start = Je veux tout effacer
settings-delete-sure = Voulez-vous vraiment tout effacer ?
settings-delete-yes = Oui, tout effacer maintenant
settings-delete-no = Non, garder mes données
settings-delete-unreachable = Parcours ne peut pas joindre le serveur. Rien n'a été effacé.
settings-delete-phone-what = Vous pouvez effacer seulement ce téléphone. Votre compte sur le serveur reste ouvert. Votre référente ou votre référent peut le fermer.
settings-delete-phone-only = Effacer seulement ce téléphone
settings-delete-nothing = Rien n'a été effacé.
deleted-title = Tout est effacé
deleted-phone = Vos données sont effacées de ce téléphone.
deleted-left = Des fichiers n'ont pas pu être effacés. Nombre de fichiers : { $count }.
deleted-closed = Votre compte sur le serveur est fermé. Votre référente ou votre référent ne voit plus votre dossier.
deleted-already = Votre compte sur le serveur était déjà fermé.
deleted-open = Le serveur n'a pas répondu. Votre compte sur le serveur est encore ouvert. Demandez à votre référente ou à votre référent de le fermer.
deleted-again = Pour utiliser Parcours à nouveau, demandez un nouveau code d'invitation à votre référente ou à votre référent.
