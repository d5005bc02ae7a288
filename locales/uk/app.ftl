# Messages of the app screens, in Ukrainian.
# Machine-quality first version: to be reviewed by a native speaker (see
# locales/README.md). Plain language: short sentences, everyday words, "ви".
# Every id here must also be in locales/fr/app.ftl.

app-name = Parcours
page-title = Що далі? – Parcours

## Header and emergency numbers (on every screen)

emergency-nav-label = Термінова допомога
# "SOS": understood by everyone, and short enough to keep quick exit and
# this link on one line at the top of a 360 px screen.
emergency-link = SOS
emergency-title = Номери екстреної допомоги
emergency-intro = Ці номери безкоштовні. Вони відповідають вдень і вночі.
emergency-115-action = Дзвонити 115
emergency-115-what = Щоб знайти місце для ночівлі.
emergency-3919-action = Дзвонити 3919
emergency-3919-what = Якщо хтось робить вам боляче або лякає вас. Дзвінок анонімний.
emergency-17-action = Дзвонити 17
emergency-17-what = Поліція або жандармерія, якщо ви в небезпеці.
emergency-112-action = Дзвонити 112
emergency-112-what = Усі екстрені випадки, у Франції та в Європі.
emergency-114-action = Надіслати SMS на 114
emergency-114-what = Якщо ви не чуєте або погано чуєте, або якщо ви не можете говорити.

## Home: "Et maintenant ?"

home-title = Що далі?
home-greeting = Добрий день, { $name }. Ось що на вас чекає.
home-nothing = Зараз вам нічого не треба робити.

home-steps-title = Ваші наступні кроки
home-steps-none = Зараз у вас немає кроків, які треба зробити.
step-overdue = Із запізненням
step-due = Зробити до: { $date }.
step-was-due = Це було заплановано на: { $date }. Ви ще можете це зробити.

home-appointment-title = Ваша наступна зустріч
home-appointment-none = У вас немає запланованих зустрічей.
home-appointment-more =
    { $count ->
        [1] Після цієї у вас є ще 1 зустріч.
        [one] Після цієї у вас є ще { $count } зустріч.
        [few] Після цієї у вас є ще { $count } зустрічі.
        [many] Після цієї у вас є ще { $count } зустрічей.
       *[other] Після цієї у вас є ще { $count } зустрічі.
    }
appointment-where = Де
appointment-with = З ким
appointment-why = Навіщо
appointment-compulsory = Обовʼязкова зустріч
appointment-compulsory-why = Якщо ви не прийдете, вам можуть припинити виплати. Якщо ви не можете прийти, попередьте заздалегідь.
appointment-private = Особиста зустріч

home-documents-title = Ваші документи, які треба оновити
document-alert-soon = Оновити скоро
document-alert-urgent = Оновити швидко
document-alert-expired = Уже не дійсний
document-valid-until = Дійсний до: { $date }.
document-expired-on = Не дійсний з: { $date }.
home-documents-open = Переглянути мої документи

home-mandates-title = Ваші дозволи, які скоро закінчаться
home-mandates-hint = Ви можете самі залишити або зупинити дозвіл.
mandate-ending-soon = Скоро закінчиться
mandate-ends = Останній день: { $date }.
mandate-grantee-unknown = Людина, якої вже немає у ваших контактах

home-messages-title = Ваші повідомлення
home-messages-unread =
    { $count ->
        [0] У вас немає нових повідомлень.
        [1] У вас 1 нове повідомлення.
        [one] У вас { $count } нове повідомлення.
        [few] У вас { $count } нові повідомлення.
        [many] У вас { $count } нових повідомлень.
       *[other] У вас { $count } нових повідомлень.
    }

## Menu, quick exit (on every screen)
# The menu's words are short: five sit side by side on a small phone.
# Long words hold a soft hyphen (U+00AD) where they may break.

page-title-screen = { $screen } – Parcours
nav-label = Головне меню
nav-menu = Меню
nav-home = Головна
nav-plan = План
nav-contacts = Контакти
nav-appointments = Зустрічі
nav-safe = Доку­менти
quick-exit = Швидкий вихід

# The page quick exit leaves on screen: nothing about Parcours on it.
neutral-title = Погода
neutral-text = Прогноз погоди зараз недоступний. Поверніться пізніше.

action-failed = Не вийшло. Нічого не змінено. Спробуйте ще раз.
appointment-cancel-needs-confirmation = Ця зустріч обовʼязкова. Перш ніж її скасувати, ви маєте сказати, що розумієте ризик.

## My plan

plan-title = Мій план
plan-intro = Ось ваші цілі. Під кожною ціллю є кроки, щоб її досягти.
plan-progress-title = Де ви зараз
plan-progress =
    Зроблено { $done ->
        [one] { $done } крок
        [few] { $done } кроки
        [many] { $done } кроків
       *[other] { $done } кроку
    } з { $total }.
plan-empty = У вашому плані ще немає цілей. Ви складете його разом із соціальним працівником.
plan-in-my-words = Вашими словами: «{ $words }»
plan-no-step = У цієї цілі ще немає кроків.
plan-steps-title = Кроки
plan-step-who = Хто це робить: { $who }
plan-step-done-on = Зроблено: { $date }.
plan-step-proposed-hint = Ви запропонували цей крок. Ваш соціальний працівник ще має його прийняти.
plan-mark-done = Цей крок зроблено
plan-confirm-done = Ви зробили цей крок?
plan-confirm-done-yes = Так, зроблено
plan-confirm-done-no = Ні, ще ні
plan-done-saved = Молодці! Крок позначено як зроблений.

## My contacts

contacts-title = Мої контакти
contacts-intro = Хто що робить для вас. Натисніть кнопку, щоб подзвонити, написати або знайти адресу.
contacts-referent-title = Ваш соціальний працівник
contacts-no-referent = У вас ще немає соціального працівника.
contacts-partners-title = Інші служби, які вам допомагають
contact-hours = Години роботи
contact-hours-line = Години роботи: { $hours }
contact-address = Адреса
contact-phone = Телефон
contact-email = Електронна пошта
contact-call = Подзвонити
contact-call-name = Подзвонити: { $name }
contact-sms = Надіслати SMS
contact-sms-name = Надіслати SMS: { $name }
contact-write = Написати лист
contact-write-name = Написати лист: { $name }
contact-map = Показати на карті
contact-map-name = Показати на карті адресу: { $name }
contact-save = Додати до моїх контактів
contact-save-name = Додати до моїх контактів: { $name }

## My appointments

appointments-title = Мої зустрічі
appointments-upcoming-title = Ваші майбутні зустрічі
appointments-upcoming-none = У вас немає майбутніх зустрічей.
appointments-past-title = Ваші минулі зустрічі
appointments-past-none = У вас ще не було зустрічей.
appointment-until = Кінець: { $time }.
appointment-bring = Що взяти з собою
appointment-bring-documents = Документи з вашого сейфа, які треба показати
appointment-confirm = Підтверджую: я прийду
appointment-confirmed-saved = Записано: ви підтвердили цю зустріч.
appointment-new-date = Попросити іншу дату
appointment-new-date-saved = Записано: ви хочете іншу дату. Також попередьте людину, з якою у вас зустріч.
appointment-cancel = Скасувати цю зустріч
appointment-cancel-question = Ви хочете скасувати цю зустріч?
appointment-cancel-yes = Так, скасовую
appointment-cancel-no = Ні, залишаю цю зустріч
appointment-cancel-warning-title = Увага: ця зустріч обовʼязкова.
appointment-cancel-warning = Якщо ви не прийдете, вам можуть припинити виплати.
appointment-cancel-advice = Якщо ви не можете прийти, краще попросіть іншу дату. Також можна подзвонити людині, з якою у вас зустріч.
appointment-cancel-anyway = Я все одно хочу скасувати
appointment-cancel-final-question = Останнє питання: ви справді скасовуєте цю обовʼязкову зустріч? Вам можуть припинити виплати.
appointment-cancel-final-yes = Так, скасовую цю зустріч
appointment-cancelled-saved = Зустріч скасовано. Також попередьте людину, з якою у вас була зустріч.
appointment-calendar = Додати в мій календар
appointment-calendar-name = Додати в мій календар: зустріч { $date }
appointment-calendar-private-hint = У вашому календарі ця зустріч називається просто «Зустріч». Адресу записано.
# In the calendar file of an appointment.
ics-summary-private = Зустріч
ics-bring = Взяти з собою: { $list }
# Letters a-z only: file names drop every other letter.
ics-file-name = zustrich

## Settings

settings-title = Налаштування
settings-saved = Збережено.
settings-language = Мова
# Each language is named in itself, the same in every language.
language-name-fr = Français
language-name-en = English
language-name-ar = العربية
language-name-uk = Українська
settings-text-size = Розмір тексту
settings-text-100 = Звичайний (100%)
settings-text-150 = Великий (150%)
settings-text-200 = Дуже великий (200%)
settings-contrast = Кольори
settings-contrast-high = Сильний контраст (чорне на білому)
settings-exit-title = Швидкий вихід
settings-exit-text = Хтось іде? Натисніть «Швидкий вихід». Parcours одразу ховається. Замість нього зʼявляється сторінка з погодою. Ця кнопка також є вгорі кожного екрана.
settings-about-title = Про Parcours
settings-about-text = Parcours допомагає вам іти своїм шляхом разом із соціальним працівником: ваш план, ваші контакти, ваші зустрічі.
settings-about-data = Ваша інформація залишається на цьому телефоні, у захищеному сейфі. Ніхто її не бачить без вашої згоди.
settings-about-version = Версія { $version }
settings-about-license = Parcours — вільна програма (ліцензія AGPL).

## Who can do what for me (mandates)

mandates-title = Хто може діяти за мене
mandates-intro = Тут ви бачите, кому ви дали згоду діяти за вас, і до якого часу. Ви можете зупинити згоду, коли захочете.
mandates-current-title = Дозволи, які діють зараз
mandates-none = Зараз ні в кого немає дозволу.
mandates-past-title = Минулі дозволи
mandates-past-none = Минулих дозволів немає.
mandate-starts = Перший день: { $date }.
mandate-revoke = Зупинити
mandate-renew = Продовжити
mandate-revoke-question = Ви хочете зупинити цей дозвіл?
mandate-revoke-consequence = Якщо ви натиснете «Так, зупинити», { $name } більше не зможе робити це для вас. Це зупиняється одразу.
mandate-revoke-yes = Так, зупинити
mandate-revoke-no = Ні, залишити
mandate-renew-question = Ви хочете продовжити цей дозвіл?
mandate-renew-consequence = Якщо ви натиснете «Так, продовжити», { $name } зможе й далі робити це для вас. Останній день: { $until }.
mandate-renew-yes = Так, продовжити
mandate-renew-no = Ні, не зараз
mandate-revoked = Готово. Цей дозвіл зупинено.
mandate-renewed = Готово. Дозвіл продовжено.
mandate-past-ended = Він закінчився: { $date }.
mandate-past-revoked = Ви зупинили його: { $date }.
mandate-past-superseded = Його замінив новий дозвіл: { $date }.
mandate-past-renewed = Ви його продовжили. Новий дозвіл вище.
mandate-pin-required = Для цього потрібен ваш PIN-код. Введіть його і знову натисніть кнопку. Нічого не змінено.
home-mandates-open = Подивитися, хто може діяти за мене
settings-mandates-text = Подивіться, кому ви дали згоду діяти за вас. Ви можете зупинити або продовжити згоду.
settings-mandates-open = Відкрити «Хто може діяти за мене»

## My papers (the safe)

safe-title = Мої документи
safe-intro = Ваші документи зберігаються тут, у сейфі. Вони захищені. Без цього телефона або вашого коду відновлення ніхто не може їх прочитати.
safe-empty = Ваш сейф порожній. Додайте свій перший документ вище.
safe-open = Відкрити
safe-close = Закрити
safe-add-title = Додати документ
safe-add-how = Сфотографуйте документ або виберіть фото чи PDF. Кілька файлів стають одним документом, по сторінці на файл.
safe-add-photo-data = З фотографій Parcours видаляє приховану інформацію. Наприклад, місце, де зроблено фото.
safe-add-choose = Вибрати фото або файл
safe-add-pick-files = Вибрати файл
safe-add-take-photo = Зробити фото
safe-add-unavailable = На цьому телефоні Parcours ще не вміє додавати документи.
safe-add-chosen =
    { $files ->
        [1] Ви вибрали 1 файл.
        [one] Ви вибрали { $files } файл. Вони стануть сторінками одного документа.
        [few] Ви вибрали { $files } файли. Вони стануть сторінками одного документа.
        [many] Ви вибрали { $files } файлів. Вони стануть сторінками одного документа.
       *[other] Ви вибрали { $files } файлу. Вони стануть сторінками одного документа.
    }
safe-add-page = Сторінка { $page }:
safe-add-name = Назва документа
safe-add-name-hint = Наприклад: довідка CAF за березень.
safe-add-category = Вид документа
safe-add-issued = Дата документа, якщо ви її знаєте
safe-add-expires = Дата закінчення, якщо вона є
safe-add-save = Покласти в мій сейф
safe-add-cancel = Скасувати
safe-added = Готово. «{ $title }» тепер у вашому сейфі.
safe-error-title = Напишіть назву цього документа. Нічого не змінено.
safe-error-dates = Дата закінчення раніше за дату документа. Перевірте дати. Нічого не змінено.
safe-error-date-unreadable = Одну дату неможливо прочитати. Виберіть її в календарі. Нічого не змінено.
safe-error-no-file = Спочатку виберіть фото або файл.
safe-error-file-type = Parcours не може зберегти цей файл: { $name }. Виберіть фото JPEG або PNG чи файл PDF. Нічого не змінено.
platform-unavailable = Цей телефон ще не вміє робити це в Parcours. Нічого не змінено.
platform-cancelled = Ви нічого не вибрали.
platform-file-too-large = Цей файл завеликий. Файл має бути меншим за { $count } МБ. Нічого не змінено.
safe-pages =
    { $pages ->
        [0] Немає файлу, лише назва і дати
        [one] { $pages } сторінка
        [few] { $pages } сторінки
        [many] { $pages } сторінок
       *[other] { $pages } сторінки
    }
safe-expires-in =
    { $count ->
        [0] Закінчується сьогодні
        [1] Закінчується завтра
        [one] Закінчується через { $count } день
        [few] Закінчується через { $count } дні
        [many] Закінчується через { $count } днів
       *[other] Закінчується через { $count } дня
    }
safe-expired = Термін дії минув
safe-no-file = Для цього документа немає ні фото, ні файлу. Збережено лише його назву і дати.
safe-page-of = Сторінка { $page } з { $pages }
safe-page-alt = { $title }, сторінка { $page } з { $pages }
safe-page-download = Завантажити файл, щоб прочитати
safe-page-download-hint = Завантажений файл більше не захищений сейфом.
safe-page-previous = Попередня сторінка
safe-page-next = Наступна сторінка
safe-rename = Змінити назву
safe-rename-label = Нова назва
safe-rename-save = Зберегти назву
safe-rename-cancel = Скасувати
safe-renamed = Збережено. Тепер документ називається «{ $title }».
safe-send = Надіслати поза Parcours
safe-send-question = Надіслати цей документ поза Parcours?
safe-send-warning = Увага: поза Parcours цей документ більше не буде захищений. Parcours не зможе його видалити. Надсилайте його лише людині, якій довіряєте.
safe-send-page = Буде надіслано лише сторінку { $page }.
safe-send-yes = Так, надіслати
safe-send-no = Ні, не надсилати
safe-sent-downloaded = Файл «{ $name }» у ваших завантаженнях. Parcours його більше не захищає.
safe-sent-shared = Готово. Документ вийшов за межі Parcours.
safe-delete = Видалити
safe-delete-question = Видалити «{ $title }»?
safe-delete-warning = Це не можна буде скасувати. Документ буде стерто з цього телефона.
safe-delete-copies = Резервні копії та копії, зроблені раніше, не буде стерто.
safe-delete-yes = Так, видалити назавжди
safe-delete-no = Ні, залишити цей документ
safe-deleted = Готово. «{ $title }» видалено.
safe-keep-title = Зберегти копію
safe-keep-unavailable = На цьому телефоні Parcours ще не вміє робити копії.
safe-backup-title = Захищена резервна копія
safe-backup-text = Резервна копія — це захищена копія всього вашого сейфа. Зберігайте її на флешці або на компʼютері. Щоб її відкрити, потрібен ваш код відновлення. Це код із 28 знаків, який Parcours дав вам на початку.
safe-backup = Зробити резервну копію
safe-backup-downloaded = Готово. Резервна копія «{ $name }» у ваших завантаженнях. Зберігайте її разом із кодом відновлення.
safe-backup-shared = Готово. Зберігайте резервну копію разом із кодом відновлення.
safe-export-title = Вивантажити все з Parcours
safe-export-text = Ви можете вивантажити всі свої документи та дані в один файл. Так ви зможете зберігати їх деінде.
safe-export = Вивантажити все в один файл
safe-export-question = Увага: цей файл не буде захищений.
safe-export-warning = Будь-хто, у кого є цей файл, зможе прочитати ваші документи, ваш план, ваші зустрічі та повідомлення. Зберігайте його в надійному місці.
safe-export-yes = Так, вивантажити все
safe-export-no = Ні, не зараз
safe-exported-downloaded = Готово. Файл «{ $name }» у ваших завантаженнях. Він не захищений: зберігайте його в надійному місці.
safe-exported-shared = Готово. Файл не захищений: зберігайте його в надійному місці.
safe-trail-title = Хто що відкривав
safe-trail-intro = Тут видно, що і коли робили з вашими документами. Поки що список показує дії на цьому телефоні.
safe-trail-empty = Поки нічого.
safe-trail-more = Показати все ({ $count })

## Preview (development tool)

preview-no-keystore = Увага: сховище ключів цього компʼютера не відповідає. Ключ даних зберігається тільки в памʼяті, поки працює попередній перегляд.

## Messages with the referent
nav-messages = Повідом­лення
home-messages-open = Читати мої повідомлення
messages-title = Мої повідомлення
messages-intro = Тут ви пишете до { $name }. Тут ви також читаєте відповіді.
messages-waiting =
    { $count ->
        [one] { $count } повідомлення чекає на надсилання. Воно піде, коли в телефоні буде мережа.
        [few] { $count } повідомлення чекають на надсилання. Вони підуть, коли в телефоні буде мережа.
        [many] { $count } повідомлень чекають на надсилання. Вони підуть, коли в телефоні буде мережа.
       *[other] { $count } повідомлення чекають на надсилання. Вони підуть, коли в телефоні буде мережа.
    }
messages-thread-title = Ваші повідомлення: { $name }
messages-older =
    { $count ->
        [one] Показати ще { $count } старіше повідомлення
        [few] Показати ще { $count } старіші повідомлення
        [many] Показати ще { $count } старіших повідомлень
       *[other] Показати ще { $count } старішого повідомлення
    }
messages-none = Повідомлень ще немає. Ви можете написати перше.
messages-no-referent = У вас ще немає соціального працівника. Ви поки не можете написати повідомлення.
message-from-me = Ви написали ({ $when }):
message-from = { $name } пише ({ $when }):
message-new = Нове
message-state-waiting = Чекає на надсилання
message-state-sent = Надіслано
message-state-delivered = Доставлено
message-state-read = Прочитано
message-state-refused = Не надіслано: відхилено
message-refused-other = Сервер не прийняв це повідомлення. Поговоріть про це зі своїм соціальним працівником.
message-refused-bad-message = Це повідомлення порожнє або задовге. Напишіть його ще раз, коротше.
message-refused-not-found = Цієї людини вже немає у вашій справі на сервері.
message-refused-device-refused = Цей телефон більше не може надсилати повідомлення. Поговоріть про це зі своїм соціальним працівником.
message-refused-server-said = Відповідь сервера: «{ $reason }»
messages-write-title = Написати: { $name }
messages-quick-hint = Швидкі відповіді: торкніться речення, щоб одразу його надіслати.
messages-quick-late = Я запізнюся
messages-quick-help = Мені потрібна допомога
messages-quick-cannot-come = Я не можу прийти
messages-quick-both = { $french } ({ $own })
messages-text-label = Або напишіть своє повідомлення:
messages-send = Надіслати
messages-sent = Готово. Ваше повідомлення в розмові, трохи вище.
messages-error-empty = Повідомлення порожнє. Напишіть кілька слів перед надсиланням.
messages-error-too-long = Повідомлення задовге. Напишіть менше ніж 5000 знаків.

## Who opened the file
mandates-access-title = Хто відкривав вашу справу
mandates-access-intro = Щоразу, коли хтось відкриває або змінює вашу справу, це записано тут. Найновіше — вгорі.
mandates-access-none = Вашу справу ще ніхто не відкривав.
mandates-access-not-yet = Цей список приходить із сервера. Він ще не дійшов до цього телефону.
mandates-access-older =
    { $count ->
        [one] І ще { $count } раз, раніше.
        [few] І ще { $count } рази, раніше.
        [many] І ще { $count } разів, раніше.
       *[other] І ще { $count } раз, раніше.
    }
access-read-dossier = { $name }: відкрито вашу справу ({ $when }).
access-wrote-step = { $name }: записано крок вашого плану ({ $when }).
access-wrote-appointment = { $name }: додано зустріч ({ $when }).
access-wrote-message = { $name }: вам написано повідомлення ({ $when }).
access-opened-share = { $name }: відкрито документ, яким ви поділилися ({ $when }).
preview-demo-server = Демонстраційний сервер: { $url } (щоб відповідати як соціальний працівник: логін «referent», пароль «demo-referent»)
preview-demo-server-failed = Демонстраційний сервер не зміг запуститися ({ $reason }). Попередній перегляд працює й так, без сервера.

## First start (a phone with no safe yet)

first-progress = Крок { $step } з { $count }
first-language-title = Оберіть свою мову
first-language-text = Торкніться своєї мови. Застосунок говоритиме цією мовою.
first-language-later = Мову можна змінити пізніше, у налаштуваннях.
first-code-title = Ваш код запрошення
first-code-text = Ваш соціальний працівник дав вам код на папері. Цей код повʼязує цей телефон із вашою справою.
first-code-label = Код запрошення
first-code-hint = Великі літери, пробіли й дефіси не важливі.
first-code-send = Перевірити код
first-code-checking = Перевіряємо…
first-code-empty = Напишіть код, який є на папері.
first-code-refused = Цей код не працює. Можливо, він написаний з помилкою або вже використаний. Перевірте код. Якщо він усе одно не працює, попросіть новий код у свого соціального працівника.
first-offline = Сервер не відповідає. Нічого не втрачено. Ви можете спробувати пізніше.
first-out-of-order = Цей крок буде пізніше. Поверніться до попереднього кроку.
first-recovery-title = Ваш код відновлення
first-recovery-what = Цей код відкриває ваші дані, якщо ви втратите цей телефон або забудете свій PIN-код.
first-recovery-write = Запишіть цей код на папері. Зберігайте папір у безпечному місці, далеко від телефону.
first-recovery-once = Цей код показано лише один раз. Нікому його не давайте.
first-recovery-code-label = Код відновлення, групами по 4 знаки
first-recovery-tail-label = Для перевірки напишіть останні 4 знаки коду
first-recovery-done = Код записано
first-recovery-mismatch = Це не останні 4 знаки коду. Подивіться на останню групу коду й напишіть її.
first-pin-title = PIN-код?
first-pin-what = PIN-код захищає ваші дані, якщо хтось візьме цей телефон.
first-pin-choice = Вибираєте ви. Можна й без PIN-коду.
first-pin-label = Ваш PIN-код, від 4 до 12 цифр
first-pin-hint = Виберіть цифри, які легко запамʼятати вам і важко вгадати іншим.
first-pin-set = Вибрати цей PIN-код
first-pin-skip = Без PIN-коду
first-finish-title = Шукаємо вашу справу
first-finish-wait = Хвилинку. Ваша справа надходить на телефон.
first-retry = Спробувати ще раз
## Поділитися документом із фахівцем

share-title = Поділитися документом із фахівцем
share-intro = Ви обираєте документ, людину і до коли. Документ захищений: відкрити його може лише ця людина. Ви можете зупинити будь-коли.
share-no-server = Щоб поділитися документом, застосунок має бути з'єднаний із сервером. Тут з'єднання немає.
share-no-paper = Спочатку додайте документ. Потім ви зможете ним поділитися.
share-no-contact = У вас ще немає контактів. Щоб поділитися документом, потрібен контакт.
share-which-paper = Який документ?
share-with-whom = З ким?
share-until = До коли?
share-7-days = 7 днів
share-30-days = 30 днів
share-3-months = 3 місяці
share-choose-first = Оберіть документ і людину.
share-continue = Далі
share-checking = Хвилинку…
share-question = Поділитися «{ $title }» з { $name }?
share-first-time = Це вперше. Зателефонуйте { $name }. Прочитайте цей код. Код цієї людини має бути таким самим.
share-code = Код людини:
share-same-key = Це той самий код, що й минулого разу. Усе гаразд.
share-changed = Увага: код { $name } змінився. Можливо, це новий ключ. Можливо, хтось намагається прочитати ваші документи.
share-code-before = Попередній код:
share-code-now = Новий код:
share-changed-call = Зателефонуйте { $name }. Перевірте разом новий код. Діліться, лише якщо він однаковий.
share-checked-yes = Я перевірив(ла) з { $name }: поділитися
share-yes = Поділитися
share-no = Скасувати
share-done = Готово. { $name } може бачити «{ $title }» до { $until }.
share-failed = Документом не поділилися. Спробуйте пізніше.
share-offline = Немає з'єднання із сервером. Нічим не поділилися. Спробуйте знову, коли буде інтернет.
share-key-moved = Код цієї людини змінився. Нічим не поділилися. Почніть знову, щоб побачити новий код.
share-list-title = Ваші спільні документи
share-list-empty = Ви не ділитеся жодним документом.
share-paper-gone = Видалений документ
share-line = «{ $title }» з { $name }
share-until-date = До { $until }
share-ended = Завершено
share-stopped-on = Зупинено { $date }
share-stop = Зупинити доступ
share-stopped = Готово. Ви більше не ділитеся цим документом з { $name }. Сервер видалить свою копію, щойно з'явиться з'єднання.

## Opening a safe that has a PIN

unlock-title = Відкрити Parcours
unlock-text = Введіть свій PIN-код, щоб відкрити свої дані.
unlock-pin-label = Ваш PIN-код
unlock-open = Відкрити
unlock-forgot = Не памʼятаю свій PIN-код
unlock-wait-seconds =
    { $count ->
        [one] Зачекайте { $count } секунду, потім спробуйте ще раз.
        [few] Зачекайте { $count } секунди, потім спробуйте ще раз.
        [many] Зачекайте { $count } секунд, потім спробуйте ще раз.
       *[other] Зачекайте { $count } секунди, потім спробуйте ще раз.
    }
unlock-wait-minutes =
    { $count ->
        [one] Зачекайте { $count } хвилину, потім спробуйте ще раз.
        [few] Зачекайте { $count } хвилини, потім спробуйте ще раз.
        [many] Зачекайте { $count } хвилин, потім спробуйте ще раз.
       *[other] Зачекайте { $count } хвилини, потім спробуйте ще раз.
    }
unlock-code-title = Ваш код відновлення
unlock-code-text = Введіть код відновлення, який ви записали на папері. Він відкриває ваші дані без PIN-коду.
unlock-code-label = Код відновлення, 28 літер і цифр
unlock-back = Назад до PIN-коду
unlock-new-pin-title = Новий PIN-код
unlock-new-pin-text = Ваші дані відкриті. Виберіть новий PIN-код. Можна й без PIN-коду.

## Discreet mode
settings-discreet = Непомітний режим
settings-discreet-what = Для телефона, на який може дивитися хтось інший. Назва вікна стає «Погода». Нагадування більше не кажуть час.
settings-discreet-on = Непомітний режим

# Give a permission (mandates screen)
grant-title = Надати дозвіл
grant-intro = Ви можете дозволити комусь із ваших контактів щось зробити для вас. Ви вибираєте, що саме і до якого часу. Ви можете зупинити це будь-коли.
grant-open = Надати дозвіл
grant-no-contact = У вас ще немає контактів. Ваш соціальний працівник може їх додати.
grant-who = Кому?
grant-what = Щоб зробити що?
grant-what-coordination = Супроводжувати весь мій шлях і говорити з іншими службами замість мене
grant-what-information = Говорити про мою ситуацію з моїм соціальним працівником
grant-what-documents = Бачити деякі мої документи
grant-what-act = Виконати для мене одну процедуру
grant-domains = На які теми?
grant-category = Які документи?
grant-category-choose = Виберіть
grant-procedure = Яка процедура?
grant-procedure-hint = Наприклад: заява на соціальне житло.
grant-length = До якого часу?
grant-length-1-month = 1 місяць, до { $until }
grant-length-3-months = 3 місяці, до { $until }
grant-length-6-months = 6 місяців, до { $until }
grant-length-1-year = 1 рік, до { $until }
grant-continue = Далі
grant-cancel = Скасувати
grant-missing-who = Виберіть людину.
grant-missing-what = Виберіть, що ця людина зможе робити.
grant-missing-domain = Виберіть хоча б одну тему.
grant-missing-category = Виберіть документи.
grant-missing-procedure = Напишіть назву процедури.
grant-missing-length = Виберіть, до якого часу.
grant-question = Ви хочете надати цей дозвіл?
grant-replaces-coordination = Лише одна людина водночас може супроводжувати весь ваш шлях. { $name } більше не зможе цього робити.
grant-can-stop = Ви зможете зупинити його будь-коли на цьому екрані.
grant-yes = Так, надати дозвіл
grant-back = Ні, повернутися
grant-done = Готово. { $name } має ваш дозвіл.
mandate-pin-label = Введіть PIN-код, щоб підтвердити

## Read aloud
read-aloud = Читати вголос
read-aloud-stop = Зупинити читання
read-aloud-unavailable = Цей телефон не може читати цю мову вголос.
read-aloud-failed = Читання вголос не вдалося. Спробуйте ще раз.
settings-read-aloud = Читання вголос
settings-read-aloud-what = Кнопка «Читати вголос» є вгорі кожного екрана. Торкніться її: телефон читає екран. Торкніться ще раз: читання зупиняється.
settings-read-aloud-on = Показувати кнопку «Читати вголос»
settings-speech-rate = Швидкість голосу
settings-speech-normal = Звичайна
settings-speech-slower = Повільніша
## Messages: a paper of the safe joined to a message

messages-attach = Додати документ
messages-attach-which = Який документ ви хочете додати?
messages-attach-choose = Додати цей документ
messages-attach-cancel = Скасувати
messages-attach-none = У вашому сейфі ще немає документа, щоб додати. Додайте документ у «Мої документи».
messages-attach-choose-first = Спочатку виберіть документ зі списку.
messages-attach-checking = Хвилинку. Застосунок запитує код { $name } у сервера.
messages-attach-offline = Немає з’єднання з сервером. Щоб додати документ, потрібен інтернет. Ваше повідомлення не втрачено. Ви можете надіслати його без документа або спробувати пізніше.
messages-attach-no-server = Щоб додати документ, застосунок має бути підключений до сервера.
messages-paper-chip = Доданий документ: «{ $title }»
messages-paper-remove = Прибрати документ
messages-paper-until = { $name } зможе бачити цей документ до { $until }. Документ надсилається, коли ви торкаєтеся «Надіслати».
messages-paper-checked = Я перевірив(ла) новий код з { $name }.
messages-paper-check-first = Код { $name } змінився. Спочатку перевірте новий код з { $name }. Потім поставте позначку.
messages-sending = Надсилання. Зачекайте хвилинку.
messages-sent-with-paper = Готово. Ваше повідомлення і документ «{ $title }» є в розмові. { $name } може бачити цей документ до { $until }.
messages-paper-gone = Цього документа більше немає у вашому сейфі. Виберіть інший документ.
message-paper = Доданий документ: «{ $title }»
message-paper-unknown = Доданий документ (його немає у вашому сейфі)
message-paper-open = Відкрити «{ $title }» у «Мої документи»
message-refused-attachment-not-shared = Доданим документом не поділилися з цією людиною. Додайте документ ще раз.
message-refused-too-many-attachments = У цьому повідомленні забагато доданих документів. Додайте щонайбільше 5 документів.
## Settings: the PIN, a new recovery code, delete everything
settings-pin-title = PIN-код
settings-pin-on = Щоб відкрити Parcours, потрібен PIN-код.
settings-pin-off = У вас немає PIN-коду. Parcours відкривається без коду.
settings-pin-choose = Вибрати PIN-код
settings-pin-change = Змінити PIN-код
settings-pin-remove = Прибрати PIN-код
settings-pin-current = Ваш теперішній PIN-код
settings-pin-new = Новий PIN-код, від 4 до 12 цифр
settings-pin-again = Введіть новий PIN-код ще раз
settings-pin-save = Зберегти PIN-код
settings-pin-remove-what = Без PIN-коду будь-хто, хто візьме цей телефон, зможе відкрити Parcours.
settings-pin-remove-yes = Так, прибрати PIN-код
settings-cancel = Скасувати
settings-pin-set-done = Готово. Ваш новий PIN-код збережено.
settings-pin-removed-done = Готово. PIN-коду більше немає.
settings-pin-required = Введіть ваш теперішній PIN-код. Нічого не змінено.
settings-pin-mismatch = Два нові PIN-коди не однакові. Нічого не змінено.
settings-pin-none = PIN-коду немає. Нічого не змінено.
settings-no-safe = Тут ваші дані не в сейфі. Нічого не змінено.
settings-nothing-changed = Нічого не змінено.
settings-busy = Хвилинку, будь ласка…
settings-recovery-title = Код відновлення
settings-recovery-text = Код відновлення відкриває ваші дані, якщо ви забули PIN-код. Він працює і на новому телефоні.
settings-recovery-lost = Ви загубили папір із кодом? Хтось інший бачив код? Створіть новий код.
settings-recovery-new = Створити новий код відновлення
settings-recovery-old = Після цього старий код більше не працює на цьому телефоні. Резервні копії, зроблені раніше, відкриваються старим кодом.
settings-recovery-make = Так, створити новий код
settings-recovery-shown = Ось ваш новий код відновлення.
settings-recovery-done-ok = Готово. Добре бережіть папір із новим кодом. Старий код більше не працює.
settings-delete-title = Видалити все
settings-delete-what = Ваші документи, повідомлення, план і зустрічі буде видалено з цього телефона.
settings-delete-server = Ваш обліковий запис на сервері буде закрито. Ваш соціальний працівник більше не бачитиме вашу справу.
settings-delete-undo = Це не можна скасувати. Код відновлення більше нічого не відкриє.
settings-delete-start = Я хочу видалити все
settings-delete-sure = Ви справді хочете видалити все?
settings-delete-yes = Так, видалити все зараз
settings-delete-no = Ні, зберегти мої дані
settings-delete-unreachable = Parcours не може зʼєднатися із сервером. Нічого не видалено.
settings-delete-phone-what = Ви можете видалити дані лише з цього телефона. Ваш обліковий запис на сервері залишиться відкритим. Ваш соціальний працівник може його закрити.
settings-delete-phone-only = Видалити лише з цього телефона
settings-delete-nothing = Нічого не видалено.
deleted-title = Усе видалено
deleted-phone = Ваші дані видалено з цього телефона.
deleted-left = Деякі файли не вдалося видалити. Кількість файлів: { $count }.
deleted-closed = Ваш обліковий запис на сервері закрито. Ваш соціальний працівник більше не бачить вашу справу.
deleted-already = Ваш обліковий запис на сервері вже був закритий.
deleted-open = Сервер не відповів. Ваш обліковий запис на сервері ще відкритий. Попросіть вашого соціального працівника закрити його.
deleted-again = Щоб знову користуватися Parcours, попросіть у вашого соціального працівника новий код запрошення.
