# Messages of the `parcours` command-line tool (used at a digital-inclusion
# desk, with the person), in Ukrainian. Machine-quality first version: to be
# reviewed by a native speaker (see locales/README.md).

cli-code-intro = Ось ваш код відновлення. Його більше ніколи не покажуть. Запишіть його на папері і зберігайте цей папір у надійному місці. З цим кодом ви зможете повернути свої документи на іншому телефоні або на компʼютері.
cli-code-written = Ваш код відновлення у файлі { $file }. Перепишіть його на папір, зберігайте цей папір у надійному місці, а потім видаліть файл.
cli-safe-created = Сейф готовий у папці { $dir }.
cli-enter-code = Введіть свій код відновлення:
cli-no-code = Потрібен код відновлення. Дайте файл з кодом через --recovery-code-file або введіть код, коли його попросять.
cli-added = «{ $title }» у сейфі ({ $pages ->
        [one] { $pages } сторінка
        [few] { $pages } сторінки
        [many] { $pages } сторінок
       *[other] { $pages } сторінки
    }).
cli-list-empty = Сейф порожній.
cli-list-line = { $title } ({ $category }, { $pages ->
        [one] { $pages } сторінка
        [few] { $pages } сторінки
        [many] { $pages } сторінок
       *[other] { $pages } сторінки
    })
cli-list-expires = , діє до: { $date }
cli-exported = Експорт завершено і перевірено. Документів: { $documents }. Файлів: { $files }. Де: { $file }. Увага: цей файл не зашифрований. Зберігайте його в надійному місці.
cli-backup-created = Резервна копія у файлі { $file }. Вона зашифрована: щоб її відкрити, потрібен ваш код відновлення.
cli-backup-structure = Форма резервної копії правильна. Увага: без коду відновлення її вміст не перевірено.
cli-backup-authentic = Резервна копія повна і справжня. Документів: { $documents }. Сторінок: { $pages }.
cli-restored = Сейф повернуто в папку { $dir }. Документів: { $documents }.
cli-export-verified = Експорт повний і підписаний. Документів: { $documents }. Файлів: { $files }. Відбиток пристрою, який його зробив: { $key }.
cli-bad-date = Дата «{ $date }» неправильна. Напишіть її так: 2026-03-31.
cli-bad-category = Категорії «{ $category }» не існує. Виберіть одну з цих: { $list }.
cli-working = Працюю…
cli-demo-step = - { $what }
cli-demo-appointment = - { $when }: { $purpose }
cli-demo-document = - { $title } (діє до: { $date })

cli-pro-password = Пароль: 
cli-pro-logged-in = Ви увійшли. Сеанс триває 15 хвилин.
cli-pro-login-first = Спершу увійдіть: parcours pro login --server АДРЕСА --login ЛОГІН.
cli-pro-no-persons = Ніхто не дав вам чинного доручення.
cli-pro-person-line = { $id }: { $name } (доручення: { $mandates })
cli-pro-written = Збережено: { $kind } { $id } (зміна № { $seq }).
cli-pro-bad-argument = Значення { $what } недійсне.
cli-pro-appointment = Зустріч
cli-pro-message = Повідомлення

cli-pro-key-made = Ваш ключ для отримання документів готовий. Його відбиток: { $fingerprint }. Дайте його людям, які діляться з вами документом, щоб вони могли його порівняти.
cli-pro-no-shares = Зараз з вами не поділилися жодним документом.
cli-pro-share-line = { $id }: документ від { $person }, до { $until }
cli-pro-no-key = Спершу створіть свій ключ: parcours pro keygen.
cli-pro-share-opened = «{ $title }» відкрито: сторінок — { $pages }, у теці { $dir }. Ця тека не зашифрована: видаліть її, коли закінчите.

cli-pro-attachment = Доданий документ: { $document } (щоб відкрити: parcours pro open-share { $share })
cli-pro-attachment-not-shared = Доданий документ: { $document } (зараз не поділений з вами)
