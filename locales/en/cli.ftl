# Messages of the `parcours` command-line tool (used at a digital-inclusion
# desk, with the person).

cli-code-intro = Here is your recovery code. It will never be shown again. Write it on paper and keep the paper in a safe place. With this code, you can get your papers back on another phone or on a computer.
cli-code-written = Your recovery code is in the file { $file }. Copy it on paper, keep the paper in a safe place, then delete the file.
cli-safe-created = The safe is ready in the folder { $dir }.
cli-enter-code = Type your recovery code:
cli-no-code = The recovery code is needed. Give the code's file with --recovery-code-file, or type the code when asked.
cli-added = "{ $title }" is in the safe ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }).
cli-list-empty = The safe is empty.
cli-list-line = { $title } ({ $category }, { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    })
cli-list-expires = , expires on { $date }
cli-exported = The export is done and checked: { $documents } papers, { $files } files, in { $file }. Careful: this file is not encrypted. Keep it in a safe place.
cli-backup-created = The backup is in { $file }. It is encrypted: your recovery code is needed to open it.
cli-backup-structure = The backup's shape is right. Careful: without the recovery code, its content was not checked.
cli-backup-authentic = The backup is complete and authentic: { $documents } papers, { $pages } pages.
cli-restored = The safe is back in the folder { $dir }: { $documents } papers.
cli-export-verified = The export is complete and signed: { $documents } papers, { $files } files. Fingerprint of the device that made it: { $key }.
cli-bad-date = The date "{ $date }" is not valid. Write it like this: 2026-03-31.
cli-bad-category = The category "{ $category }" does not exist. Choose from: { $list }.
cli-working = Working…
cli-demo-step = - { $what }
cli-demo-appointment = - { $when }: { $purpose }
cli-demo-document = - { $title }: expires on { $date }

# The professional's client (parcours pro …)
cli-pro-password = Password: 
cli-pro-logged-in = You are logged in. The session lasts 15 minutes.
cli-pro-login-first = Log in first: parcours pro login --server ADDRESS --login LOGIN.
cli-pro-no-persons = Nobody has given you a mandate in force.
cli-pro-person-line = { $id }: { $name } (mandates: { $mandates })
cli-pro-written = Saved: { $kind } { $id } (change no. { $seq }).
cli-pro-bad-argument = The value of { $what } is not valid.
cli-pro-appointment = Appointment
cli-pro-message = Message

cli-pro-key-made = Your key for receiving documents is ready. Its fingerprint: { $fingerprint }. Give it to the people who share a document with you, so they can compare it.
cli-pro-no-shares = No document is shared with you at the moment.
cli-pro-share-line = { $id }: a document from { $person }, until { $until }
cli-pro-no-key = Make your key first: parcours pro keygen.
cli-pro-share-opened = "{ $title }" is open: { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } in { $dir }. This folder is not encrypted: delete it when you are done.

cli-pro-attachment = Attached paper: { $document } (to open it: parcours pro open-share { $share })
cli-pro-attachment-not-shared = Attached paper: { $document } (not shared with you at the moment)
