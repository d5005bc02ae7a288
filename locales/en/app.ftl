# Messages of the app screens.
# Plain language: short sentences, everyday words.
# Every id here must also be in locales/fr/app.ftl.

app-name = Parcours
page-title = What's next – Parcours
# Between the names of a list: "Money, Housing".

## Header and emergency numbers (on every screen)

emergency-nav-label = Emergency help
emergency-link = Emergency
emergency-title = Emergency numbers
emergency-intro = These numbers are free. They answer day and night.
emergency-115-action = Call 115
emergency-115-what = To find a place to sleep.
emergency-3919-action = Call 3919
emergency-3919-what = If someone hurts you or frightens you. The call is anonymous.
emergency-17-action = Call 17
emergency-17-what = Police, if you are in danger.
emergency-112-action = Call 112
emergency-112-what = All emergencies, in France and in Europe.
emergency-114-action = Send a text message to 114
emergency-114-what = If you are deaf or hard of hearing, or if you cannot speak.

## Home: "What's next"

home-title = What's next
home-greeting = Hello { $name }. Here is what is coming up.
home-nothing = You have nothing to do for now.

home-steps-title = Your next steps
home-steps-none = You have no step to do for now.
step-overdue = Late
step-due = To do by { $date }.
step-was-due = This was planned for { $date }. You can still do it.

home-appointment-title = Your next appointment
home-appointment-none = You have no appointment planned.
home-appointment-more =
    { $count ->
        [one] You have 1 more appointment after this one.
       *[other] You have { $count } more appointments after this one.
    }
appointment-where = Where
appointment-with = With whom
appointment-why = Why
appointment-compulsory = Compulsory appointment
appointment-compulsory-why = If you do not go, your benefits can be stopped. If you cannot go, tell them before.
appointment-private = Private appointment

home-documents-title = Your papers to renew
document-alert-soon = Renew soon
document-alert-urgent = Renew quickly
document-alert-expired = No longer valid
document-valid-until = Valid until { $date }.
document-expired-on = No longer valid since { $date }.

home-mandates-title = Your permissions that end soon
home-mandates-hint = To keep or stop a permission, talk to your referent.
mandate-ending-soon = Ends soon
mandate-ends = Until { $date }.
mandate-grantee-unknown = Someone who is no longer in your contacts

home-messages-title = Your messages
home-messages-unread =
    { $count ->
        [0] You have no new message.
        [one] You have 1 new message.
       *[other] You have { $count } new messages.
    }

## Preview (development tool)

preview-no-keystore = Warning: this computer's key store does not answer. The data key is kept in memory only, while the preview runs.
