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
home-documents-open = See my papers

home-mandates-title = Your permissions that end soon
home-mandates-hint = You can keep or stop a permission yourself.
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

## Menu, quick exit (on every screen)
# The menu's words are short: one word each, three side by side on a small phone.

page-title-screen = { $screen } – Parcours
nav-label = Main menu
nav-menu = Menu
nav-home = Home
nav-plan = Plan
nav-contacts = Contacts
nav-appointments = Appoint­ments
nav-messages = Messages
nav-safe = Papers
quick-exit = Quick exit

# The page quick exit leaves on screen: nothing about Parcours on it.
neutral-title = Weather
neutral-text = The forecast is not available for now. Come back later.

action-failed = That did not work. Nothing was changed. Try again.
appointment-cancel-needs-confirmation = This appointment is compulsory. Before you cancel it, you must say that you understand the risk.

## My plan

plan-title = My plan
plan-intro = Here are your goals. Under each goal are the steps to reach it.
plan-progress-title = Where you are
plan-progress =
    { $done ->
        [one] { $done } step
       *[other] { $done } steps
    } done out of { $total }.
plan-empty = Your plan has no goal yet. You will make it with your referent.
plan-in-my-words = In your words: “{ $words }”
plan-no-step = This goal has no step yet.
plan-steps-title = The steps
plan-step-who = Who does it: { $who }
plan-step-done-on = Done on { $date }.
plan-step-proposed-hint = You suggested this step. Your referent still has to accept it.
plan-mark-done = I have done this step
plan-confirm-done = Have you done this step?
plan-confirm-done-yes = Yes, it is done
plan-confirm-done-no = No, not yet
plan-done-saved = Well done! The step is marked as done.

## My contacts

contacts-title = My contacts
contacts-intro = Who does what for you. Tap a button to call, write or find the address.
contacts-referent-title = Your referent
contacts-no-referent = You do not have a referent yet.
contacts-partners-title = The other services that help you
contact-hours = Opening hours
contact-hours-line = Opening hours: { $hours }
contact-address = Address
contact-phone = Phone
contact-email = E-mail
contact-call = Call
contact-call-name = Call { $name }
contact-sms = Send a text message
contact-sms-name = Send a text message to { $name }
contact-write = Write an e-mail
contact-write-name = Write an e-mail to { $name }
contact-map = Show on a map
contact-map-name = Show on a map the address of { $name }
contact-save = Add to my contacts
contact-save-name = Add to my contacts: { $name }

## My appointments

appointments-title = My appointments
appointments-upcoming-title = Your coming appointments
appointments-upcoming-none = You have no coming appointment.
appointments-past-title = Your past appointments
appointments-past-none = You have had no appointment yet.
appointment-until = Until { $time }.
appointment-bring = What to bring
appointment-bring-documents = Papers from your safe to show
appointment-confirm = I confirm: I will come
appointment-confirmed-saved = Noted: you confirmed this appointment.
appointment-new-date = Ask for another date
appointment-new-date-saved = Noted: you want another date. Tell the person you meet as well.
appointment-cancel = Cancel this appointment
appointment-cancel-question = Do you want to cancel this appointment?
appointment-cancel-yes = Yes, I cancel
appointment-cancel-no = No, I keep this appointment
appointment-cancel-warning-title = Careful: this appointment is compulsory.
appointment-cancel-warning = If you do not go, your benefits can be stopped.
appointment-cancel-advice = If you cannot come, ask for another date instead. You can also call the person you meet.
appointment-cancel-anyway = I still want to cancel
appointment-cancel-final-question = Last question: do you really cancel this compulsory appointment? Your benefits can be stopped.
appointment-cancel-final-yes = Yes, I cancel this appointment
appointment-cancelled-saved = The appointment is cancelled. Tell the person you meet as well.
appointment-calendar = Add to my calendar
appointment-calendar-name = Add to my calendar: appointment on { $date }
appointment-calendar-private-hint = In your calendar, this appointment is only called “Appointment”. The address is written.
# In the calendar file of an appointment.
ics-summary-private = Appointment
ics-bring = To bring: { $list }
ics-file-name = appointment

## Settings

settings-title = Settings
settings-saved = Saved.
settings-language = Language
# Each language is named in itself, the same in every language.
language-name-fr = Français
language-name-en = English
language-name-ar = العربية
language-name-uk = Українська
settings-text-size = Text size
settings-text-100 = Normal (100%)
settings-text-150 = Large (150%)
settings-text-200 = Very large (200%)
settings-contrast = Colours
settings-contrast-high = Strong contrast (black on white)
settings-exit-title = Quick exit
settings-exit-text = Someone is coming? Tap “Quick exit”. Parcours hides at once. A weather page shows instead. This button is also at the top of every screen.
settings-about-title = About Parcours
settings-about-text = Parcours helps you follow your path with your referent: your plan, your contacts, your appointments.
settings-about-data = Your information stays on this phone, in a protected safe. Nobody sees it without your consent.
settings-about-version = Version { $version }
settings-about-license = Parcours is free software (AGPL licence).

## Who can do what for me (mandates)

mandates-title = Who can do what for me
mandates-intro = Here you see who you allowed to act for you, and until when. You can stop a permission when you want.
mandates-current-title = Permissions now
mandates-none = Nobody has a permission for now.
mandates-past-title = Past permissions
mandates-past-none = No past permission.
mandate-starts = From { $date }.
mandate-revoke = Stop
mandate-renew = Renew
mandate-revoke-question = Do you want to stop this permission?
mandate-revoke-consequence = If you tap “Yes, stop”, { $name } can no longer do this for you. It stops at once.
mandate-revoke-yes = Yes, stop
mandate-revoke-no = No, keep it
mandate-renew-question = Do you want to renew this permission?
mandate-renew-consequence = If you tap “Yes, renew”, { $name } can go on doing this for you until { $until }.
mandate-renew-yes = Yes, renew
mandate-renew-no = Not now
mandate-revoked = Done. This permission is stopped.
mandate-renewed = Done. The permission is renewed.
mandate-past-ended = It ended on { $date }.
mandate-past-revoked = You stopped it on { $date }.
mandate-past-superseded = A new permission replaced it on { $date }.
mandate-past-renewed = You renewed it. The new permission is above.
mandate-pin-required = For this, your PIN is needed. Type it, then tap the button again. Nothing was changed.
home-mandates-open = See who can do what for me
settings-mandates-text = See who you allowed to act for you. You can stop or renew a permission.
settings-mandates-open = Open “Who can do what for me”

## My papers (the safe)

safe-title = My papers
safe-intro = Your papers are kept here, in a safe. They are protected. Without this phone or your recovery code, nobody can read them.
safe-empty = Your safe is empty. Add your first paper above.
safe-open = Open
safe-close = Close
safe-add-title = Add a paper
safe-add-how = Take a photo of the paper, or choose a photo or a PDF. Several files make one paper, one page per file.
safe-add-photo-data = For photos, Parcours removes the hidden information. For example, the place where the photo was taken.
safe-add-choose = Choose a photo or a file
safe-add-pick-files = Choose a file
safe-add-take-photo = Take a photo
safe-add-unavailable = On this phone, Parcours cannot add a paper yet.
safe-add-chosen =
    { $files ->
        [one] You chose { $files } file.
       *[other] You chose { $files } files. They will be the pages of one paper.
    }
safe-add-page = Page { $page }:
safe-add-name = Name of the paper
safe-add-name-hint = For example: CAF certificate for March.
safe-add-category = Kind of paper
safe-add-issued = Date of the paper, if you know it
safe-add-expires = End date, if the paper has one
safe-add-save = Put it in my safe
safe-add-cancel = Cancel
safe-added = Done. "{ $title }" is in your safe.
safe-error-title = Write a name for this paper. Nothing was changed.
safe-error-dates = The end date is before the date of the paper. Check the dates. Nothing was changed.
safe-error-date-unreadable = A date cannot be read. Choose it in the calendar. Nothing was changed.
safe-error-no-file = First choose a photo or a file.
safe-error-file-type = Parcours cannot keep this file: { $name }. Choose a JPEG or PNG photo, or a PDF. Nothing was changed.
platform-unavailable = This phone cannot do that with Parcours yet. Nothing was changed.
platform-cancelled = You did not choose anything.
platform-file-too-large = This file is too big. A file must be smaller than { $count } MB. Nothing was changed.
safe-pages =
    { $pages ->
        [0] No file, only the name and dates
        [one] { $pages } page
       *[other] { $pages } pages
    }
safe-expires-in =
    { $count ->
        [0] Expires today
        [one] Expires tomorrow
       *[other] Expires in { $count } days
    }
safe-expired = Expired
safe-no-file = There is no photo or file for this paper. Only its name and dates are kept.
safe-page-of = Page { $page } of { $pages }
safe-page-alt = { $title }, page { $page } of { $pages }
safe-page-download = Download the file to read it
safe-page-download-hint = The downloaded file is no longer protected by the safe.
safe-page-previous = Previous page
safe-page-next = Next page
safe-rename = Change the name
safe-rename-label = New name
safe-rename-save = Save the name
safe-rename-cancel = Cancel
safe-renamed = Saved. The paper is now called "{ $title }".
safe-send = Send outside Parcours
safe-send-question = Send this paper outside Parcours?
safe-send-warning = Careful: outside Parcours, this paper will no longer be protected. Parcours will not be able to delete it. Send it only to someone you trust.
safe-send-page = Only page { $page } will be sent.
safe-send-yes = Yes, send
safe-send-no = No, do not send
safe-sent-downloaded = The file "{ $name }" is in your downloads. It is no longer protected by Parcours.
safe-sent-shared = Done. The paper has left Parcours.
safe-delete = Delete
safe-delete-question = Delete "{ $title }"?
safe-delete-warning = You cannot undo this. The paper will be erased from this phone.
safe-delete-copies = Backups and copies made before will not be erased.
safe-delete-yes = Yes, delete for good
safe-delete-no = No, keep this paper
safe-deleted = Done. "{ $title }" is deleted.
safe-keep-title = Keep a copy
safe-keep-unavailable = On this phone, Parcours cannot make a copy yet.
safe-backup-title = A protected backup
safe-backup-text = A backup is a protected copy of your whole safe. Keep it on a USB stick or on a computer. To open it, you need your recovery code. It is the 28-character code Parcours gave you at the start.
safe-backup = Make a backup
safe-backup-downloaded = Done. The backup "{ $name }" is in your downloads. Keep it with your recovery code.
safe-backup-shared = Done. Keep the backup with your recovery code.
safe-export-title = Take everything out of Parcours
safe-export-text = You can take all your papers and information out in one file. You can keep them somewhere else.
safe-export = Take everything out in one file
safe-export-question = Careful: this file will not be protected.
safe-export-warning = Anyone who has this file can read your papers, your plan, your appointments and your messages. Keep it in a safe place.
safe-export-yes = Yes, take everything out
safe-export-no = No, not now
safe-exported-downloaded = Done. The file "{ $name }" is in your downloads. It is not protected: keep it in a safe place.
safe-exported-shared = Done. The file is not protected: keep it in a safe place.
safe-trail-title = Who opened what
safe-trail-intro = Here you see what was done with your papers, and when. For now, the list shows what was done on this phone.
safe-trail-empty = Nothing yet.
safe-trail-more = See all ({ $count })

## Messages with the referent

home-messages-open = Read my messages
messages-title = My messages
messages-intro = Here you write to { $name }. You also read the answers.
messages-waiting =
    { $count ->
        [one] 1 message is waiting to be sent. It will go when the phone has a network.
       *[other] { $count } messages are waiting to be sent. They will go when the phone has a network.
    }
messages-thread-title = Your messages with { $name }
messages-older =
    { $count ->
        [one] See 1 older message
       *[other] See the { $count } older messages
    }
messages-none = No message yet. You can write the first one.
messages-no-referent = You do not have a referent yet. You cannot write a message yet.
# Who wrote a message, and when: "on Tuesday 3 March at 14:00".
message-from-me = You wrote on { $when }:
message-from = { $name } wrote on { $when }:
message-new = New
# Where one of the person's messages stands (words next to a pictogram).
message-state-waiting = Waiting to be sent
message-state-sent = Sent
message-state-delivered = Arrived
message-state-read = Read
message-state-refused = Not sent: refused
# Why the server refused a message, by the server's code.
message-refused-other = The server did not accept this message. Talk about it with your referent.
message-refused-bad-message = This message is empty or too long. Write it again, shorter.
message-refused-not-found = This person is no longer in your file on the server.
message-refused-device-refused = This phone can no longer send messages. Talk about it with your referent.
message-refused-server-said = The server's answer: “{ $reason }”
messages-write-title = Write to { $name }
messages-quick-hint = Quick answers: tap a sentence to send it at once.
messages-quick-late = I will be late
messages-quick-help = I need help
messages-quick-cannot-come = I cannot come
# A quick reply sent from another language: the French words (for the referent), then the person's own.
messages-quick-both = { $french } ({ $own })
messages-text-label = Or write your message:
messages-send = Send
messages-sent = Noted. Your message is in the conversation, just above.
messages-error-empty = The message is empty. Write a few words before sending.
messages-error-too-long = The message is too long. Write less than 5,000 characters.

## Who opened what (on "Who can do what for me")

mandates-access-title = Who opened your file
mandates-access-intro = Each time someone opens or changes your file, it is written here. The newest is at the top.
mandates-access-none = Nobody has opened your file yet.
mandates-access-not-yet = This list comes from the server. It has not reached this phone yet.
mandates-access-older =
    { $count ->
        [one] And 1 more time, older.
       *[other] And { $count } more times, older.
    }
access-read-dossier = { $name } opened your file on { $when }.
access-wrote-step = { $name } wrote a step of your plan on { $when }.
access-wrote-appointment = { $name } added an appointment on { $when }.
access-wrote-message = { $name } wrote you a message on { $when }.
access-opened-share = { $name } opened a paper you shared on { $when }.

## Preview (development tool)

preview-no-keystore = Warning: this computer's key store does not answer. The data key is kept in memory only, while the preview runs.
preview-demo-server = Demo server: { $url } (to answer as the referent: login “referent”, password “demo-referent”)
preview-demo-server-failed = The demo server could not start ({ $reason }). The preview works anyway, without a server.

## First start (a phone with no safe yet)

first-progress = Step { $step } of { $count }
first-language-title = Choose your language
first-language-text = Tap your language. The app will speak this language.
first-language-later = You can change the language later, in the settings.
first-code-title = Your invitation code
first-code-text = Your support worker gave you a code on a piece of paper. This code links this phone to your file.
first-code-label = Invitation code
first-code-hint = Capital letters, spaces and dashes do not matter.
first-code-send = Check the code
first-code-checking = Checking…
first-code-empty = Type the code that is on the paper.
first-code-refused = This code does not work. It may be mistyped, or it was already used. Check the code. If it still does not work, ask your support worker for a new code.
first-offline = The server does not answer. Nothing is lost. You can try again later.
first-out-of-order = This step comes later. Go back to the step before.
first-recovery-title = Your recovery code
first-recovery-what = This code opens your data if you lose this phone, or if you forget your PIN.
first-recovery-write = Write this code on a piece of paper. Keep the paper in a safe place, away from the phone.
first-recovery-once = This code is shown only once. Do not give it to anyone.
first-recovery-code-label = Recovery code, in groups of 4 signs
first-recovery-tail-label = To check, type the last 4 signs of the code
first-recovery-done = I wrote the code down
first-recovery-mismatch = These are not the last 4 signs of the code. Look at the last group of the code, then type it.
first-pin-title = A PIN?
first-pin-what = A PIN protects your data if someone takes this phone.
first-pin-choice = You choose. You can also have no PIN.
first-pin-label = Your PIN, 4 to 12 digits
first-pin-hint = Choose digits that are easy for you to remember and hard for others to guess.
first-pin-set = Choose this PIN
first-pin-skip = No PIN
first-finish-title = We are fetching your file
first-finish-wait = One moment. Your file is coming to the phone.
first-retry = Try again
## Share a paper with a professional

share-title = Share a paper with a professional
share-intro = You choose a paper, a person, and until when. The paper is protected: only this person can open it. You can stop whenever you want.
share-no-server = To share a paper, the app must be connected to the server. It is not connected here.
share-no-paper = First add a paper. Then you can share it.
share-no-contact = You have no contact yet. You need a contact to share a paper.
share-which-paper = Which paper?
share-with-whom = With whom?
share-until = Until when?
share-7-days = 7 days
share-30-days = 30 days
share-3-months = 3 months
share-choose-first = Choose a paper and a person.
share-continue = Continue
share-checking = One moment…
share-question = Share “{ $title }” with { $name }?
share-first-time = This is the first time. Call { $name } on the phone. Read this code to them. Their code must be the same.
share-code = The person's code:
share-same-key = It is the same code as last time. All is well.
share-changed = Warning: the code of { $name } has changed. Maybe a new key. Maybe someone trying to read your papers.
share-code-before = The code before:
share-code-now = The new code:
share-changed-call = Call { $name } on the phone. Check the new code together. Share only if it is the same.
share-checked-yes = I checked with { $name }: share
share-yes = Share
share-no = Cancel
share-done = Done. { $name } can see “{ $title }” until { $until }.
share-failed = The paper was not shared. Try again later.
share-offline = No connection to the server. Nothing was shared. Try again when you have internet.
share-key-moved = This person's code has changed. Nothing was shared. Start again to see the new code.
share-list-title = Your shares
share-list-empty = You are not sharing any paper.
share-paper-gone = A deleted paper
share-line = “{ $title }” with { $name }
share-until-date = Until { $until }
share-ended = Ended
share-stopped-on = Stopped on { $date }
share-stop = Stop sharing
share-stopped = Done. You no longer share this paper with { $name }. The server deletes its copy as soon as the connection allows.

## Opening a safe that has a PIN

unlock-title = Open Parcours
unlock-text = Type your PIN to open your data.
unlock-pin-label = Your PIN
unlock-open = Open
unlock-forgot = I forgot my PIN
unlock-wait-seconds =
    { $count ->
        [one] Wait { $count } second, then try again.
       *[other] Wait { $count } seconds, then try again.
    }
unlock-wait-minutes =
    { $count ->
        [one] Wait { $count } minute, then try again.
       *[other] Wait { $count } minutes, then try again.
    }
unlock-code-title = Your recovery code
unlock-code-text = Type the recovery code you wrote on paper. It opens your data without the PIN.
unlock-code-label = Recovery code, 28 letters and digits
unlock-back = Back to the PIN
unlock-new-pin-title = A new PIN
unlock-new-pin-text = Your data is open. Choose a new PIN. You can also have no PIN.

## Discreet mode
settings-discreet = Discreet mode
settings-discreet-what = For a phone someone else may look at. The window title becomes "Weather". Reminders no longer say the time.
settings-discreet-on = Discreet mode

# Give a permission (mandates screen)
grant-title = Give a permission
grant-intro = You can allow one of your contacts to do something for you. You choose what, and until when. You can stop it whenever you want.
grant-open = Give a permission
grant-no-contact = You have no contact yet. Your referent can add some.
grant-who = To whom?
grant-what = To do what?
grant-what-coordination = Follow my whole path and talk to the other services for me
grant-what-information = Talk about my situation with my referent
grant-what-documents = See some of my papers
grant-what-act = Do a procedure for me
grant-domains = About which subjects?
grant-category = Which papers?
grant-category-choose = Choose
grant-procedure = Which procedure?
grant-procedure-hint = For example: application for social housing.
grant-length = Until when?
grant-length-1-month = 1 month, until { $until }
grant-length-3-months = 3 months, until { $until }
grant-length-6-months = 6 months, until { $until }
grant-length-1-year = 1 year, until { $until }
grant-continue = Continue
grant-cancel = Cancel
grant-missing-who = Choose the person.
grant-missing-what = Choose what the person will be able to do.
grant-missing-domain = Choose at least one subject.
grant-missing-category = Choose the papers.
grant-missing-procedure = Write the name of the procedure.
grant-missing-length = Choose until when.
grant-question = Do you want to give this permission?
grant-replaces-coordination = Only one person at a time can follow your whole path. { $name } will no longer be able to.
grant-can-stop = You can stop it whenever you want, on this screen.
grant-yes = Yes, give the permission
grant-back = No, go back
grant-done = Done. { $name } has your permission.
mandate-pin-label = Type your PIN to confirm

## Read aloud
read-aloud = Read aloud
read-aloud-stop = Stop reading
read-aloud-unavailable = This phone cannot read this language aloud.
read-aloud-failed = Reading aloud did not work. Try again.
settings-read-aloud = Read aloud
settings-read-aloud-what = The “Read aloud” button is at the top of each screen. Tap it: the phone reads the screen. Tap it again: the reading stops.
settings-read-aloud-on = Show the “Read aloud” button
settings-speech-rate = Speed of the voice
settings-speech-normal = Normal
settings-speech-slower = Slower
## Messages: a paper of the safe joined to a message

messages-attach = Attach a paper
messages-attach-which = Which paper do you want to attach?
messages-attach-choose = Attach this paper
messages-attach-cancel = Cancel
messages-attach-none = Your safe has no paper to attach yet. Add a paper in “My papers”.
messages-attach-choose-first = First choose a paper in the list.
messages-attach-checking = One moment. Parcours is asking the server for { $name }'s code.
messages-attach-offline = No connection to the server. To attach a paper, you need the internet. Your message is not lost. You can send it without the paper, or try again later.
messages-attach-no-server = To attach a paper, the app must be connected to the server.
messages-paper-chip = Attached paper: “{ $title }”
messages-paper-remove = Remove the paper
messages-paper-until = { $name } will be able to see this paper until { $until }. The paper goes when you tap “Send”.
messages-paper-checked = I checked the new code with { $name }.
messages-paper-check-first = { $name }'s code changed. First check the new code with { $name }. Then tick the box.
messages-sending = Sending. Please wait a moment.
messages-sent-with-paper = Done. Your message and the paper “{ $title }” are in the conversation. { $name } can see this paper until { $until }.
messages-paper-gone = This paper is no longer in your safe. Choose another paper.
message-paper = Attached paper: “{ $title }”
message-paper-unknown = Attached paper (it is not in your safe)
message-paper-open = Open “{ $title }” in My papers
message-refused-attachment-not-shared = The attached paper was not shared with this person. Attach the paper again.
message-refused-too-many-attachments = This message has too many attached papers. Attach 5 papers at most.
## Settings: the PIN, a new recovery code, delete everything
settings-pin-title = PIN
settings-pin-on = A PIN is asked to open Parcours.
settings-pin-off = You have no PIN. Parcours opens without a code.
settings-pin-choose = Choose a PIN
settings-pin-change = Change the PIN
settings-pin-remove = Remove the PIN
settings-pin-current = Your current PIN
settings-pin-new = The new PIN, 4 to 12 digits
settings-pin-again = Type the new PIN again
settings-pin-save = Save the PIN
settings-pin-remove-what = Without a PIN, someone who takes this phone can open Parcours.
settings-pin-remove-yes = Yes, remove the PIN
settings-cancel = Cancel
settings-pin-set-done = Done. Your new PIN is saved.
settings-pin-removed-done = Done. There is no PIN any more.
settings-pin-required = Type your current PIN. Nothing was changed.
settings-pin-mismatch = The 2 new PINs are not the same. Nothing was changed.
settings-pin-none = There is no PIN. Nothing was changed.
settings-no-safe = Here, your data is not in a safe. Nothing was changed.
settings-nothing-changed = Nothing was changed.
settings-busy = One moment, please…
settings-recovery-title = Recovery code
settings-recovery-text = The recovery code opens your data if you forget your PIN. It also works on a new phone.
settings-recovery-lost = Did you lose the paper with the code? Did someone else see the code? Make a new code.
settings-recovery-new = Make a new recovery code
settings-recovery-old = After that, the old code no longer works on this phone. Backups made before still open with the old code.
settings-recovery-make = Yes, make a new code
settings-recovery-shown = Here is your new recovery code.
settings-recovery-done-ok = Done. Keep the paper with the new code in a safe place. The old code no longer works.
settings-delete-title = Delete everything
settings-delete-what = Your papers, your messages, your plan and your appointments are deleted from this phone.
settings-delete-server = Your account on the server is closed. Your support worker no longer sees your file.
settings-delete-undo = This cannot be undone. The recovery code no longer opens anything.
settings-delete-start = I want to delete everything
settings-delete-sure = Do you really want to delete everything?
settings-delete-yes = Yes, delete everything now
settings-delete-no = No, keep my data
settings-delete-unreachable = Parcours cannot reach the server. Nothing was deleted.
settings-delete-phone-what = You can delete your data from this phone only. Your account on the server stays open. Your support worker can close it.
settings-delete-phone-only = Delete from this phone only
settings-delete-nothing = Nothing was deleted.
deleted-title = Everything is deleted
deleted-phone = Your data is deleted from this phone.
deleted-left = Some files could not be deleted. Number of files: { $count }.
deleted-closed = Your account on the server is closed. Your support worker no longer sees your file.
deleted-already = Your account on the server was already closed.
deleted-open = The server did not answer. Your account on the server is still open. Ask your support worker to close it.
deleted-again = To use Parcours again, ask your support worker for a new invitation code.
