# Parcours: messages of the core (dates, names of things, errors).
# Plain language: short sentences, everyday words.

## Dates

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-full = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
time-hour = { $hour }:00
time-hour-minute = { $hour }:{ $minute }
date-time = { $date } at { $time }

## Life domains

domain-housing = Housing
domain-work = Work
domain-health = Health
domain-money = Money
domain-papers = Papers and rights
domain-family = Family
domain-mobility = Getting around
domain-training = Training

## Who does a step

actor-me = Me
actor-referent = My referent
actor-partner = { $name }

## Where a step stands

step-status-proposed = I proposed it
step-status-todo = To do
step-status-in-progress = In progress
step-status-done = Done
step-status-dropped = Dropped

## Where an appointment stands

appointment-status-planned = Planned
appointment-status-confirmed = Confirmed
appointment-status-cancelled-by-me = Cancelled by me
appointment-status-cancelled-by-them = Cancelled by the service
appointment-status-new-date-asked = New date asked
appointment-status-attended = I went
appointment-status-missed = Missed

## Document categories

category-identity = Identity card or passport
category-residence-permit = Residence permit
category-caf = Family benefits office (CAF) papers
category-tax = Taxes
category-payslip = Payslips
category-rent-receipt = Rent receipts
category-health-insurance = Health insurance (carte Vitale)
category-medical-certificate = Medical certificates
category-justice = Court papers
category-bank = Bank
category-other = Other papers

## Errors of the local store

error-store-key-missing = The phone cannot find the key to your data. Your data is still there. Use your recovery code to open it.
error-store-wrong-key = The key does not match your data. Nothing was deleted.
error-store-corrupt = The file with your data is damaged. Nothing was deleted. Ask for help to repair it.
error-store-record-tampered = Some data was changed outside Parcours. It is not shown.
error-store-newer-schema = Your data comes from a newer version of Parcours. Update the app.
error-store-keystore = The phone's key store does not answer. Try again in a moment.
error-store-disk-full = The phone is full. Nothing was lost. Free some space, then try again.
error-store-io = Parcours cannot read or write your data. Nothing was lost. Try again.
error-store-already-exists = Parcours data already exists here. It was not replaced.

## Audit trail

audit-store-created = On { $date }, you started using Parcours on this phone.
audit-dossier-received = On { $date }, your file was updated.
audit-tampered = The log of your actions was changed outside Parcours.

## Recovery code

error-code-length = The recovery code has 28 letters and digits. Check that nothing is missing.
error-code-character = The recovery code holds a sign that cannot be in it. Check each letter.
error-code-checksum = The recovery code has a typing mistake. Check each letter and each digit.
audit-unlocked-with-code = On { $date }, you opened your safe with your recovery code.
audit-document-added = On { $date }, you added "{ $title }" to your safe.
audit-document-opened = On { $date }, you opened "{ $title }".
audit-document-renamed = On { $date }, you renamed "{ $from }" to "{ $to }".
audit-document-changed = On { $date }, you changed the category or the dates of "{ $title }".
audit-document-deleted = On { $date }, you deleted "{ $title }".
audit-document-sent-outside = On { $date }, you sent "{ $title }" outside Parcours.
audit-exported = On { $date }, you exported all your papers.
audit-backup-created = On { $date }, you made a backup of your safe.
audit-restored = On { $date }, your safe was put back on this device from a backup.

audit-pin-set = On { $date }, you chose a PIN to open Parcours.
audit-pin-removed = On { $date }, you removed the PIN.
audit-recovery-code-changed = On { $date }, you made a new recovery code. The old code no longer works.

## Safe errors

error-safe-wrong-code = This recovery code does not open this safe. Check the code. Nothing was deleted.
error-safe-damaged = A file of the safe is damaged or was changed. It was not opened. Nothing was deleted.
error-safe-no-document = This paper is not in your safe.
error-safe-unreadable-photo = Parcours cannot read this photo. It was not added. Try taking it again.
error-safe-photo-too-large = This photo is too large. It was not added.
error-safe-not-a-safe = This folder holds no Parcours safe.
error-safe-output-not-empty = The destination folder is not empty. Choose an empty folder.
error-export-invalid = This export is not complete or was changed. Do not trust it.

## Export

export-readme = Here are all your papers and your information, taken out of Parcours. The "documents" folder holds your papers, sorted by category. The file "dossier.json" holds your plan, your appointments, your messages, your contacts and your mandates. The file "audit.txt" says everything that was done in your safe. The file "manifest.json" gives the fingerprint of each file. It is signed by your phone. Keep these files in a safe place: they are not encrypted.

## Server addresses

error-url-invalid = The server address is not valid.
error-url-plain-http = This address is not protected (http). Parcours only sends your data to a protected address (https).
error-url-scheme = The server address must start with https://.

## PIN

error-pin-required = Type your PIN to open Parcours.
error-pin-format = The PIN has 4 to 12 digits.
error-pin-wrong = This PIN is not the right one. Nothing was deleted. If you forgot it, use your recovery code.
error-pin-locked = Too many tries. Wait a little before you try again. Nothing was deleted. You can also use your recovery code.

## Mandates: what each kind allows

list-separator = {", "}
mandate-kind-coordination = Can follow your whole path and talk to the other services for you.
mandate-kind-information = Can talk about your situation with your referent. Topics: { $domains }.
mandate-kind-document-one = Can see this paper: { $title }.
mandate-kind-document-category = Can see these papers: { $category }.
mandate-kind-document-missing = Can see one of your papers.
mandate-kind-act = Can do this procedure for you: { $procedure }.

mandate-summary = { $name }: { $what } Until { $until }.

## Mandates: history in the audit trail

audit-mandate-granted = On { $date }, you gave a permission to { $name }, until { $until }. { $scope }
audit-mandate-revoked = On { $date }, you stopped the permission given to { $name }.
audit-mandate-expired = On { $date }, the permission given to { $name } came to its end.

## Mandates: errors

error-mandate-not-found = This permission does not exist or is already stopped.
error-mandate-invalid = This permission is not complete. Check the person, what they may do and the end date.

## Notifications: never a name, a place, a purpose or a message text

notify-title = Parcours
notify-title-discreet = Reminder
notify-appointment-tomorrow = You have an appointment tomorrow at { $time }.
notify-appointment-soon = You have an appointment at { $time }.
notify-appointment-discreet = You have a reminder.
notify-messages = { $count ->
        [one] You have a new message.
       *[other] You have { $count } new messages.
    }

## The person's own actions, in the audit trail

audit-step-done = On { $date }, you did the step "{ $what }".
audit-appointment-confirmed = On { $date }, you confirmed the appointment of { $when }.
audit-appointment-new-date = On { $date }, you asked for another date for the appointment of { $when }.
audit-appointment-cancelled = On { $date }, you cancelled the appointment of { $when }.
audit-settings-changed = On { $date }, you changed your settings.

# Sync with the server
audit-sync-refused = On { $date }, the server refused one of your requests. The reason is written next to it.
error-sync-offline = The server does not answer. What you did is kept on the phone. It will be sent later.
error-sync-refused = The server refused this request. The reason is written next to it.
error-sync-bad-answer = The server's answer cannot be read. Nothing is lost. Try again later.

audit-document-shared = On { $date }, you shared "{ $title }" with { $name }, until { $until }. The document is encrypted: only this person can open it.
audit-share-withdrawn = On { $date }, you stopped a share with { $name }. The server deleted its copy.
error-share-bad-key = This professional's key is not valid. Nothing was shared.
error-share-unauthentic = This share does not open with your key. It may have been altered.
error-share-malformed = This share is damaged or incomplete. Nothing was opened.
error-sync-untrusted = The phone could not check that the server is really the Parcours server. Nothing was sent. Tell your referent.
