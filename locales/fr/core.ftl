# Parcours: messages of the core (dates, names of things, errors).
# French is the reference language. Plain language (FALC): short sentences,
# everyday words, "vous".

## Dates

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-full = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
date-short = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
time-hour = { $hour } h
time-hour-minute = { $hour } h { $minute }
date-time = { $date } à { $time }

## Life domains

domain-housing = Logement
domain-work = Travail
domain-health = Santé
domain-money = Argent
domain-papers = Papiers et droits
domain-family = Famille
domain-mobility = Transports
domain-training = Formation

## Who does a step

actor-me = Moi
actor-referent = Ma référente ou mon référent
actor-partner = { $name }

## Where a step stands

step-status-proposed = Je l'ai proposé
step-status-todo = À faire
step-status-in-progress = En cours
step-status-done = Fait
step-status-dropped = Abandonné

## Where an appointment stands

appointment-status-planned = Prévu
appointment-status-confirmed = Confirmé
appointment-status-cancelled-by-me = Annulé par moi
appointment-status-cancelled-by-them = Annulé par le service
appointment-status-new-date-asked = Nouvelle date demandée
appointment-status-attended = J'y suis allé
appointment-status-missed = Manqué

## Document categories

category-identity = Carte d'identité ou passeport
category-residence-permit = Titre de séjour
category-caf = Papiers de la CAF
category-tax = Impôts
category-payslip = Fiches de paie
category-rent-receipt = Quittances de loyer
category-health-insurance = Assurance maladie (carte Vitale)
category-medical-certificate = Certificats médicaux
category-justice = Papiers de justice
category-bank = Banque
category-other = Autres papiers

## Errors of the local store

error-store-key-missing = Le téléphone ne trouve plus la clé de vos données. Vos données sont toujours là. Utilisez votre code de secours pour les ouvrir.
error-store-wrong-key = La clé ne correspond pas à vos données. Rien n'a été effacé.
error-store-corrupt = Le fichier de vos données est abîmé. Rien n'a été effacé. Demandez de l'aide pour le réparer.
error-store-record-tampered = Une donnée a été modifiée en dehors de Parcours. Elle n'est pas affichée.
error-store-newer-schema = Vos données viennent d'une version plus récente de Parcours. Mettez l'application à jour.
error-store-keystore = Le coffre à clés du téléphone ne répond pas. Réessayez dans un moment.
error-store-disk-full = Le téléphone n'a plus de place. Rien n'a été perdu. Libérez de la place puis réessayez.
error-store-io = Parcours n'arrive pas à lire ou écrire vos données. Rien n'a été perdu. Réessayez.
error-store-already-exists = Des données Parcours existent déjà ici. Elles n'ont pas été remplacées.

## Audit trail

audit-store-created = Le { $date }, vous avez commencé à utiliser Parcours sur ce téléphone.
audit-dossier-received = Le { $date }, votre dossier a été mis à jour.
audit-tampered = Le journal de vos actions a été modifié en dehors de Parcours.

## Recovery code

error-code-length = Le code de secours a 28 lettres et chiffres. Vérifiez qu'il ne manque rien.
error-code-character = Le code de secours contient un signe qui ne peut pas y être. Vérifiez chaque lettre.
error-code-checksum = Le code de secours a une faute de frappe. Vérifiez chaque lettre et chaque chiffre.
audit-unlocked-with-code = Le { $date }, vous avez ouvert votre coffre-fort avec votre code de secours.
audit-document-added = Le { $date }, vous avez ajouté « { $title } » dans votre coffre-fort.
audit-document-opened = Le { $date }, vous avez ouvert « { $title } ».
audit-document-renamed = Le { $date }, vous avez renommé « { $from } » en « { $to } ».
audit-document-changed = Le { $date }, vous avez changé la catégorie ou les dates de « { $title } ».
audit-document-deleted = Le { $date }, vous avez supprimé « { $title } ».
audit-document-sent-outside = Le { $date }, vous avez envoyé « { $title } » hors de Parcours.
audit-exported = Le { $date }, vous avez exporté tous vos papiers.
audit-backup-created = Le { $date }, vous avez fait une sauvegarde de votre coffre-fort.
audit-restored = Le { $date }, votre coffre-fort a été remis sur cet appareil à partir d'une sauvegarde.

audit-pin-set = Le { $date }, vous avez choisi un code PIN pour ouvrir Parcours.
audit-pin-removed = Le { $date }, vous avez enlevé le code PIN.
audit-recovery-code-changed = Le { $date }, vous avez fait un nouveau code de secours. L'ancien code ne marche plus.

## Safe errors

error-safe-wrong-code = Ce code de secours n'ouvre pas ce coffre-fort. Vérifiez le code. Rien n'a été effacé.
error-safe-damaged = Un fichier du coffre-fort est abîmé ou a été modifié. Il n'a pas été ouvert. Rien n'a été effacé.
error-safe-no-document = Ce papier n'est pas dans votre coffre-fort.
error-safe-unreadable-photo = Parcours n'arrive pas à lire cette photo. Elle n'a pas été ajoutée. Essayez de la reprendre.
error-safe-photo-too-large = Cette photo est trop grande. Elle n'a pas été ajoutée.
error-safe-not-a-safe = Ce dossier ne contient pas de coffre-fort Parcours.
error-safe-output-not-empty = Le dossier de destination n'est pas vide. Choisissez un dossier vide.
error-export-invalid = Cet export n'est pas complet ou a été modifié. Ne lui faites pas confiance.

## Export

export-readme = Voici tous vos papiers et vos informations, sortis de Parcours. Le dossier « documents » contient vos papiers, rangés par catégorie. Le fichier « dossier.json » contient votre plan, vos rendez-vous, vos messages, vos contacts et vos mandats. Le fichier « audit.txt » dit tout ce qui a été fait dans votre coffre-fort. Le fichier « manifest.json » donne l'empreinte de chaque fichier. Il est signé par votre téléphone. Gardez ces fichiers dans un endroit sûr : ils ne sont pas chiffrés.

## Server addresses

error-url-invalid = L'adresse du serveur n'est pas valide.
error-url-plain-http = Cette adresse n'est pas protégée (http). Parcours n'envoie vos données qu'à une adresse protégée (https).
error-url-scheme = L'adresse du serveur doit commencer par https://.

## PIN

error-pin-required = Tapez votre code PIN pour ouvrir Parcours.
error-pin-format = Le code PIN a de 4 à 12 chiffres.
error-pin-wrong = Ce code PIN n'est pas le bon. Rien n'a été effacé. Si vous l'avez oublié, utilisez votre code de secours.
error-pin-locked = Trop d'essais. Attendez un peu avant de réessayer. Rien n'a été effacé. Vous pouvez aussi utiliser votre code de secours.

## Mandates: what each kind allows

list-separator = {", "}
mandate-kind-coordination = Peut suivre tout votre parcours et parler aux autres services pour vous.
mandate-kind-information = Peut parler de votre situation avec votre référente ou votre référent. Sujets : { $domains }.
mandate-kind-document-one = Peut voir ce papier : { $title }.
mandate-kind-document-category = Peut voir ces papiers : { $category }.
mandate-kind-document-missing = Peut voir un de vos papiers.
mandate-kind-act = Peut faire cette démarche pour vous : { $procedure }.

mandate-summary = { $name } : { $what } Jusqu'au { $until }.

## Mandates: history in the audit trail

audit-mandate-granted = Le { $date }, vous avez donné une autorisation à { $name }, jusqu'au { $until }. { $scope }
audit-mandate-revoked = Le { $date }, vous avez arrêté l'autorisation donnée à { $name }.
audit-mandate-expired = Le { $date }, l'autorisation donnée à { $name } est arrivée à sa fin.

## Mandates: errors

error-mandate-not-found = Cette autorisation n'existe pas ou est déjà arrêtée.
error-mandate-invalid = Cette autorisation n'est pas complète. Vérifiez la personne, ce qu'elle peut faire et la date de fin.

## Notifications: never a name, a place, a purpose or a message text

notify-title = Parcours
notify-title-discreet = Rappel
notify-appointment-tomorrow = Vous avez un rendez-vous demain à { $time }.
notify-appointment-soon = Vous avez un rendez-vous à { $time }.
notify-appointment-discreet = Vous avez un rappel.
notify-messages = { $count ->
        [one] Vous avez un nouveau message.
       *[other] Vous avez { $count } nouveaux messages.
    }

## The person's own actions, in the audit trail

audit-step-done = Le { $date }, vous avez fait l'étape « { $what } ».
audit-appointment-confirmed = Le { $date }, vous avez confirmé le rendez-vous du { $when }.
audit-appointment-new-date = Le { $date }, vous avez demandé une autre date pour le rendez-vous du { $when }.
audit-appointment-cancelled = Le { $date }, vous avez annulé le rendez-vous du { $when }.
audit-settings-changed = Le { $date }, vous avez changé vos réglages.

# Sync with the server
audit-sync-refused = Le { $date }, le serveur a refusé une de vos demandes. La raison est écrite à côté.
error-sync-offline = Le serveur ne répond pas. Ce que vous avez fait est gardé sur le téléphone. Il sera envoyé plus tard.
error-sync-refused = Le serveur a refusé cette demande. La raison est écrite à côté.
error-sync-bad-answer = La réponse du serveur est illisible. Rien n'est perdu. Réessayez plus tard.

audit-document-shared = Le { $date }, vous avez partagé « { $title } » avec { $name }, jusqu'au { $until }. Le document est chiffré : seule cette personne peut l'ouvrir.
audit-share-withdrawn = Le { $date }, vous avez arrêté un partage avec { $name }. Le serveur a effacé sa copie.
error-share-bad-key = La clé de ce professionnel n'est pas valide. Rien n'a été partagé.
error-share-unauthentic = Ce partage ne s'ouvre pas avec votre clé. Il a peut-être été modifié.
error-share-malformed = Ce partage est abîmé ou incomplet. Rien n'a été ouvert.
error-sync-untrusted = Le téléphone n'a pas pu vérifier que le serveur est bien celui de Parcours. Rien n'a été envoyé. Parlez-en à votre référent.
