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

home-mandates-title = Vos autorisations qui finissent bientôt
home-mandates-hint = Pour garder ou arrêter une autorisation, parlez-en à votre référente ou à votre référent.
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

## Preview (development tool)

preview-no-keystore = Attention : le coffre à clés de cet ordinateur ne répond pas. La clé des données est gardée en mémoire seulement, le temps de l'aperçu.
