# Parcours: messages of the core (dates, names of things, errors), in Ukrainian.
# Machine-quality first version: to be reviewed by a native speaker (see
# locales/README.md). Plain language: short sentences, everyday words, "ви".
# A date is never put after a preposition (its words would need another
# case): "Останній день: { $date }", or the date in brackets at the end.

## Dates

weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = пʼятниця
weekday-6 = субота
weekday-7 = неділя
# Months in the genitive, as after a day: "3 березня".
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-full = { $weekday }, { $day } { $month } { $year } року
date-short = { $weekday }, { $day } { $month }
time-hour = { $hour }:00
time-hour-minute = { $hour }:{ $minute }
date-time = { $date }, { $time }

## Life domains

domain-housing = Житло
domain-work = Робота
domain-health = Здоровʼя
domain-money = Гроші
domain-papers = Документи і права
domain-family = Сімʼя
domain-mobility = Транспорт
domain-training = Навчання

## Who does a step

actor-me = Я
actor-referent = Мій соціальний працівник
actor-partner = { $name }

## Where a step stands

step-status-proposed = Моя пропозиція
step-status-todo = Треба зробити
step-status-in-progress = Триває
step-status-done = Зроблено
step-status-dropped = Скасовано

## Where an appointment stands

appointment-status-planned = Заплановано
appointment-status-confirmed = Підтверджено
appointment-status-cancelled-by-me = Скасовано мною
appointment-status-cancelled-by-them = Скасовано службою
appointment-status-new-date-asked = Попрошено іншу дату
appointment-status-attended = Відвідано
appointment-status-missed = Пропущено

## Document categories

category-identity = Посвідчення особи або паспорт
category-residence-permit = Посвідка на проживання
category-caf = Документи CAF (сімейні допомоги)
category-tax = Податки
category-payslip = Розрахункові листи (зарплата)
category-rent-receipt = Квитанції за оренду
category-health-insurance = Медичне страхування (carte Vitale)
category-medical-certificate = Медичні довідки
category-justice = Судові документи
category-bank = Банк
category-other = Інші документи

## Errors of the local store

error-store-key-missing = Телефон більше не знаходить ключ до ваших даних. Ваші дані все ще тут. Відкрийте їх своїм кодом відновлення.
error-store-wrong-key = Ключ не підходить до ваших даних. Нічого не видалено.
error-store-corrupt = Файл з вашими даними пошкоджений. Нічого не видалено. Попросіть допомоги, щоб його полагодити.
error-store-record-tampered = Якісь дані змінили поза Parcours. Їх не показано.
error-store-newer-schema = Ваші дані з новішої версії Parcours. Оновіть застосунок.
error-store-keystore = Сховище ключів телефона не відповідає. Спробуйте ще раз трохи пізніше.
error-store-disk-full = У телефоні немає місця. Нічого не втрачено. Звільніть місце і спробуйте ще раз.
error-store-io = Parcours не може прочитати або записати ваші дані. Нічого не втрачено. Спробуйте ще раз.
error-store-already-exists = Тут уже є дані Parcours. Їх не замінено.

## Audit trail

audit-store-created = Ви почали користуватися Parcours на цьому телефоні ({ $date }).
audit-dossier-received = Вашу справу оновлено ({ $date }).
audit-tampered = Журнал ваших дій змінили поза Parcours.

## Recovery code

error-code-length = Код відновлення має 28 літер і цифр. Перевірте, чи нічого не бракує.
error-code-character = У коді відновлення є знак, якого там не може бути. Перевірте кожну літеру.
error-code-checksum = У коді відновлення є помилка. Перевірте кожну літеру і кожну цифру.
audit-unlocked-with-code = Ви відкрили свій сейф кодом відновлення ({ $date }).
audit-document-added = Ви додали «{ $title }» у свій сейф ({ $date }).
audit-document-opened = Ви відкрили «{ $title }» ({ $date }).
audit-document-renamed = Ви змінили назву «{ $from }» на «{ $to }» ({ $date }).
audit-document-changed = Ви змінили категорію або дати «{ $title }» ({ $date }).
audit-document-deleted = Ви видалили «{ $title }» ({ $date }).
audit-document-sent-outside = Ви надіслали «{ $title }» поза Parcours ({ $date }).
audit-exported = Ви вивантажили всі свої документи ({ $date }).
audit-backup-created = Ви зробили резервну копію свого сейфа ({ $date }).
audit-restored = Ваш сейф повернули на цей пристрій з резервної копії ({ $date }).

audit-pin-set = Ви вибрали PIN-код, щоб відкривати Parcours ({ $date }).
audit-pin-removed = Ви прибрали PIN-код ({ $date }).
audit-recovery-code-changed = Ви створили новий код відновлення ({ $date }). Старий код більше не працює.

## Safe errors

error-safe-wrong-code = Цей код відновлення не відкриває цей сейф. Перевірте код. Нічого не видалено.
error-safe-damaged = Файл сейфа пошкоджений або змінений. Його не відкрито. Нічого не видалено.
error-safe-no-document = Цього документа немає у вашому сейфі.
error-safe-unreadable-photo = Parcours не може прочитати це фото. Його не додано. Спробуйте сфотографувати ще раз.
error-safe-photo-too-large = Це фото завелике. Його не додано.
error-safe-not-a-safe = У цій папці немає сейфа Parcours.
error-safe-output-not-empty = Папка, куди ви зберігаєте, не порожня. Виберіть порожню папку.
error-export-invalid = Цей експорт неповний або змінений. Не довіряйте йому.

## Export

export-readme = Тут усі ваші документи та ваша інформація, вивантажені з Parcours. Папка «documents» містить ваші документи, розкладені за категоріями. Файл «dossier.json» містить ваш план, ваші зустрічі, ваші повідомлення, ваші контакти і ваші дозволи. Файл «audit.txt» показує все, що робили у вашому сейфі. Файл «manifest.json» дає відбиток кожного файлу. Він підписаний вашим телефоном. Зберігайте ці файли в надійному місці: вони не зашифровані.

## Server addresses

error-url-invalid = Адреса сервера неправильна.
error-url-plain-http = Ця адреса не захищена (http). Parcours надсилає ваші дані тільки на захищену адресу (https).
error-url-scheme = Адреса сервера має починатися з https://.

## PIN

error-pin-required = Введіть свій PIN-код, щоб відкрити Parcours.
error-pin-format = PIN-код має від 4 до 12 цифр.
error-pin-wrong = Це неправильний PIN-код. Нічого не видалено. Якщо ви його забули, використайте код відновлення.
error-pin-locked = Забагато спроб. Зачекайте трохи, перш ніж спробувати знову. Нічого не видалено. Можна також використати код відновлення.

## Mandates: what each kind allows

list-separator = {", "}
mandate-kind-coordination = Може стежити за всім вашим шляхом і говорити з іншими службами замість вас.
mandate-kind-information = Може говорити про вашу ситуацію з вашим соціальним працівником. Теми: { $domains }.
mandate-kind-document-one = Може бачити цей документ: { $title }.
mandate-kind-document-category = Може бачити ці документи: { $category }.
mandate-kind-document-missing = Може бачити один з ваших документів.
mandate-kind-act = Може зробити цю справу замість вас: { $procedure }.

mandate-summary = { $name }: { $what } Останній день: { $until }.

## Mandates: history in the audit trail

audit-mandate-granted = Ви дали дозвіл ({ $date }). Кому: { $name }. Останній день: { $until }. { $scope }
audit-mandate-revoked = Ви зупинили дозвіл ({ $date }). Кому: { $name }.
audit-mandate-expired = Ваш дозвіл закінчився ({ $date }). Кому: { $name }.

## Mandates: errors

error-mandate-not-found = Такого дозволу немає, або його вже зупинено.
error-mandate-invalid = Цей дозвіл неповний. Перевірте людину, що вона може робити, і дату кінця.

## Notifications: never a name, a place, a purpose or a message text

notify-title = Parcours
notify-title-discreet = Нагадування
notify-appointment-tomorrow = Завтра у вас зустріч. Початок: { $time }.
notify-appointment-soon = У вас зустріч. Початок: { $time }.
notify-appointment-discreet = У вас є нагадування.
notify-messages = { $count ->
        [1] У вас нове повідомлення.
        [one] У вас { $count } нове повідомлення.
        [few] У вас { $count } нові повідомлення.
        [many] У вас { $count } нових повідомлень.
       *[other] У вас { $count } нових повідомлень.
    }

## The person's own actions, in the audit trail

audit-step-done = Ви зробили крок «{ $what }» ({ $date }).
audit-appointment-confirmed = Ви підтвердили зустріч: { $when } ({ $date }).
audit-appointment-new-date = Ви попросили іншу дату для зустрічі: { $when } ({ $date }).
audit-appointment-cancelled = Ви скасували зустріч: { $when } ({ $date }).
audit-settings-changed = Ви змінили свої налаштування ({ $date }).

audit-sync-refused = Сервер відхилив один із ваших запитів ({ $date }). Причину написано поруч.
error-sync-offline = Сервер не відповідає. Те, що ви зробили, збережено в телефоні. Його буде надіслано пізніше.
error-sync-refused = Сервер відхилив цей запит. Причину написано поруч.
error-sync-bad-answer = Відповідь сервера неможливо прочитати. Нічого не втрачено. Спробуйте пізніше.

audit-document-shared = Ви поділилися документом «{ $title }» з { $name } ({ $date }). Термін: { $until }. Документ зашифровано: відкрити його може лише ця людина.
audit-share-withdrawn = Ви припинили доступ для { $name } ({ $date }). Сервер видалив свою копію.
error-share-bad-key = Ключ цього фахівця недійсний. Нічим не поділилися.
error-share-unauthentic = Цей доступ не відкривається вашим ключем. Можливо, його змінили.
error-share-malformed = Цей доступ пошкоджений або неповний. Нічого не відкрито.
error-sync-untrusted = Телефон не зміг перевірити, що це справді сервер Parcours. Нічого не надіслано. Скажіть про це своєму соціальному працівникові.
