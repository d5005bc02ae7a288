# Messages of the app screens, in Arabic (written right to left).
# Machine-quality first version: to be reviewed by a native speaker (see
# locales/README.md). Plain language: short sentences, everyday words.
# Every id here must also be in locales/fr/app.ftl.

app-name = Parcours
page-title = وماذا الآن؟ – Parcours

## Header and emergency numbers (on every screen)

emergency-nav-label = مساعدة عاجلة
emergency-link = طوارئ
emergency-title = أرقام الطوارئ
emergency-intro = هذه الأرقام مجانية. تجيب ليلًا ونهارًا.
emergency-115-action = اتصل بالرقم 115
emergency-115-what = لتجد مكانًا تنام فيه.
emergency-3919-action = اتصل بالرقم 3919
emergency-3919-what = إذا كان أحد يؤذيك أو يخيفك. لا تحتاج أن تقول اسمك.
emergency-17-action = اتصل بالرقم 17
emergency-17-what = الشرطة أو الدرك، إذا كنت في خطر.
emergency-112-action = اتصل بالرقم 112
emergency-112-what = كل حالات الطوارئ، في فرنسا وفي أوروبا.
emergency-114-action = أرسل رسالة SMS إلى الرقم 114
emergency-114-what = إذا كنت أصم أو ضعيف السمع، أو إذا كنت لا تستطيع الكلام.

## Home: "Et maintenant ?"

home-title = وماذا الآن؟
home-greeting = مرحبًا { $name }. هذا ما ينتظرك.
home-nothing = ليس عندك شيء تفعله الآن.

home-steps-title = خطواتك القادمة
home-steps-none = ليس عندك خطوة تقوم بها الآن.
step-overdue = متأخرة
step-due = للقيام بها حتى { $date }.
step-was-due = كانت مقررة ليوم { $date }. ما زال بإمكانك القيام بها.

home-appointment-title = موعدك القادم
home-appointment-none = ليس عندك موعد مقرر.
home-appointment-more =
    { $count ->
        [zero] ليس عندك موعد آخر بعد هذا الموعد.
        [one] عندك موعد آخر واحد بعد هذا الموعد.
        [two] عندك موعدان آخران بعد هذا الموعد.
        [few] عندك { $count } مواعيد أخرى بعد هذا الموعد.
        [many] عندك { $count } موعدًا آخر بعد هذا الموعد.
       *[other] عندك { $count } موعد آخر بعد هذا الموعد.
    }
appointment-where = أين
appointment-with = مع من
appointment-why = لماذا
appointment-compulsory = موعد إجباري
appointment-compulsory-why = إذا لم تذهب، قد تتوقف مساعداتك. إذا لم تستطع الذهاب، أخبرهم قبل الموعد.
appointment-private = موعد خاص

home-documents-title = أوراقك التي يجب تجديدها
document-alert-soon = جدِّدها قريبًا
document-alert-urgent = جدِّدها بسرعة
document-alert-expired = لم تعد صالحة
document-valid-until = صالحة حتى { $date }.
document-expired-on = لم تعد صالحة منذ { $date }.

home-mandates-title = أذوناتك التي تنتهي قريبًا
home-mandates-hint = يمكنك أن تبقي الإذن أو توقفه بنفسك.
mandate-ending-soon = ينتهي قريبًا
mandate-ends = حتى { $date }.
mandate-grantee-unknown = شخص لم يعد في جهات اتصالك

home-messages-title = رسائلك
home-messages-unread =
    { $count ->
        [zero] ليس عندك رسائل جديدة.
        [one] عندك رسالة جديدة واحدة.
        [two] عندك رسالتان جديدتان.
        [few] عندك { $count } رسائل جديدة.
        [many] عندك { $count } رسالة جديدة.
       *[other] عندك { $count } رسالة جديدة.
    }

## Menu, quick exit (on every screen)
# The menu's words are short: five sit side by side on a small phone.

page-title-screen = { $screen } – Parcours
nav-label = القائمة الرئيسية
nav-menu = القائمة
nav-home = الرئيسية
nav-plan = الخطة
nav-contacts = جهات الاتصال
nav-appointments = المواعيد
nav-settings = الإعدادات
quick-exit = خروج سريع

# The page quick exit leaves on screen: nothing about Parcours on it.
neutral-title = الطقس
neutral-text = توقعات الطقس غير متوفرة الآن. ارجع لاحقًا.

action-failed = لم ينجح ذلك. لم يتغير شيء. حاول مرة أخرى.
appointment-cancel-needs-confirmation = هذا الموعد إجباري. قبل أن تلغيه، يجب أن تقول إنك فهمت الخطر.

## My plan

plan-title = خطتي
plan-intro = هذه أهدافك. تحت كل هدف، توجد الخطوات للوصول إليه.
plan-progress-title = أين وصلت
plan-progress =
    { $done ->
        [zero] لم تتم أي خطوة
        [one] تمت خطوة واحدة
        [two] تمت خطوتان
        [few] تمت { $done } خطوات
        [many] تمت { $done } خطوة
       *[other] تمت { $done } خطوة
    } من أصل { $total }.
plan-empty = خطتك ليس فيها هدف بعد. ستضعها مع مرافقك الاجتماعي.
plan-in-my-words = بكلماتك: «{ $words }»
plan-no-step = هذا الهدف ليس فيه خطوة بعد.
plan-steps-title = الخطوات
plan-step-who = من يقوم بها: { $who }
plan-step-done-on = تمت يوم { $date }.
plan-step-proposed-hint = أنت اقترحت هذه الخطوة. يجب أن يوافق عليها مرافقك الاجتماعي.
plan-mark-done = قمت بهذه الخطوة
plan-confirm-done = هل قمت بهذه الخطوة؟
plan-confirm-done-yes = نعم، تمت
plan-confirm-done-no = لا، ليس بعد
plan-done-saved = أحسنت! سُجِّلت الخطوة على أنها تمت.

## My contacts

contacts-title = جهات اتصالي
contacts-intro = من يفعل ماذا من أجلك. اضغط على زر لتتصل أو تكتب أو تجد العنوان.
contacts-referent-title = مرافقك الاجتماعي
contacts-no-referent = ليس عندك مرافق اجتماعي بعد.
contacts-partners-title = الجهات الأخرى التي تساعدك
contact-hours = أوقات العمل
contact-hours-line = أوقات العمل: { $hours }
contact-address = العنوان
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-call = اتصل
contact-call-name = اتصل بـ { $name }
contact-sms = أرسل رسالة SMS
contact-sms-name = أرسل رسالة SMS إلى { $name }
contact-write = اكتب بريدًا إلكترونيًا
contact-write-name = اكتب بريدًا إلكترونيًا إلى { $name }
contact-map = انظر في الخريطة
contact-map-name = انظر عنوان { $name } في الخريطة
contact-save = أضف إلى جهات اتصالي
contact-save-name = أضف إلى جهات اتصالي: { $name }

## My appointments

appointments-title = مواعيدي
appointments-upcoming-title = مواعيدك القادمة
appointments-upcoming-none = ليس عندك مواعيد قادمة.
appointments-past-title = مواعيدك الماضية
appointments-past-none = لم يكن عندك موعد بعد.
appointment-until = حتى الساعة { $time }.
appointment-bring = ماذا تحمل معك
appointment-bring-documents = أوراق من خزنتك تُريها
appointment-confirm = أؤكد: سأحضر
appointment-confirmed-saved = تم التسجيل: أكدت هذا الموعد.
appointment-new-date = اطلب تاريخًا آخر
appointment-new-date-saved = تم التسجيل: تريد تاريخًا آخر. أخبر أيضًا الشخص الذي عندك معه الموعد.
appointment-cancel = ألغِ هذا الموعد
appointment-cancel-question = هل تريد إلغاء هذا الموعد؟
appointment-cancel-yes = نعم، أُلغي الموعد
appointment-cancel-no = لا، أحتفظ بهذا الموعد
appointment-cancel-warning-title = انتبه: هذا الموعد إجباري.
appointment-cancel-warning = إذا لم تذهب، قد تتوقف مساعداتك.
appointment-cancel-advice = إذا لم تستطع الحضور، من الأفضل أن تطلب تاريخًا آخر. يمكنك أيضًا أن تتصل بالشخص الذي عندك معه الموعد.
appointment-cancel-anyway = أريد الإلغاء رغم ذلك
appointment-cancel-final-question = سؤال أخير: هل تلغي حقًا هذا الموعد الإجباري؟ قد تتوقف مساعداتك.
appointment-cancel-final-yes = نعم، أُلغي هذا الموعد
appointment-cancelled-saved = تم إلغاء الموعد. أخبر أيضًا الشخص الذي عندك معه الموعد.
appointment-calendar = أضف إلى مفكرتي
appointment-calendar-name = أضف إلى مفكرتي: موعد { $date }
appointment-calendar-private-hint = في مفكرتك، اسم هذا الموعد هو «موعد» فقط. العنوان مكتوب.
# In the calendar file of an appointment.
ics-summary-private = موعد
ics-bring = تحمل معك: { $list }
# Letters a-z only: file names drop every other letter.
ics-file-name = mawid

## Settings

settings-title = الإعدادات
settings-saved = تم الحفظ.
settings-language = اللغة
# Each language is named in itself, the same in every language.
language-name-fr = Français
language-name-en = English
language-name-ar = العربية
language-name-uk = Українська
settings-text-size = حجم الكتابة
settings-text-100 = عادي (100%)
settings-text-150 = كبير (150%)
settings-text-200 = كبير جدًا (200%)
settings-contrast = الألوان
settings-contrast-high = تباين قوي (أسود على أبيض)
settings-exit-title = خروج سريع
settings-exit-text = هل يأتي أحد؟ اضغط على «خروج سريع». يختفي Parcours فورًا. تظهر صفحة للطقس مكانه. هذا الزر موجود أيضًا في أعلى كل شاشة.
settings-about-title = عن Parcours
settings-about-text = يساعدك Parcours على متابعة مسارك مع مرافقك الاجتماعي: خطتك، جهات اتصالك، مواعيدك.
settings-about-data = معلوماتك تبقى في هذا الهاتف، في خزنة محمية. لا أحد يراها بدون موافقتك.
settings-about-version = النسخة { $version }
settings-about-license = Parcours برنامج حر (رخصة AGPL).

## Who can do what for me (mandates)

mandates-title = من يمكنه التصرف نيابة عني
mandates-intro = هنا ترى من أعطيته موافقتك للتصرف نيابة عنك، وحتى متى. يمكنك إيقاف الموافقة متى أردت.
mandates-current-title = الأذونات السارية
mandates-none = لا أحد عنده إذن الآن.
mandates-past-title = الأذونات السابقة
mandates-past-none = لا يوجد إذن سابق.
mandate-starts = ابتداءً من { $date }.
mandate-revoke = أوقِف
mandate-renew = جدِّد
mandate-revoke-question = هل تريد إيقاف هذا الإذن؟
mandate-revoke-consequence = إذا ضغطت على «نعم، أوقِف»، لن يستطيع { $name } فعل ذلك من أجلك. يتوقف ذلك فورًا.
mandate-revoke-yes = نعم، أوقِف
mandate-revoke-no = لا، أبقِه
mandate-renew-question = هل تريد تجديد هذا الإذن؟
mandate-renew-consequence = إذا ضغطت على «نعم، جدِّد»، يستطيع { $name } أن يستمر في فعل ذلك من أجلك حتى { $until }.
mandate-renew-yes = نعم، جدِّد
mandate-renew-no = لا، ليس الآن
mandate-revoked = تم. هذا الإذن متوقف.
mandate-renewed = تم. الإذن مجدَّد.
mandate-past-ended = انتهى يوم { $date }.
mandate-past-revoked = أوقفته يوم { $date }.
mandate-past-superseded = عوَّضه إذن جديد يوم { $date }.
mandate-past-renewed = جدَّدته. الإذن الجديد موجود في الأعلى.
mandate-pin-required = لهذا، يلزم رمزك السري. هذه النسخة من Parcours لا تستطيع طلبه هنا بعد. لم يتغير شيء.
home-mandates-open = انظر من يمكنه التصرف نيابة عني
settings-mandates-text = انظر من أعطيته موافقتك للتصرف نيابة عنك. يمكنك إيقاف الموافقة أو تجديدها.
settings-mandates-open = افتح «من يمكنه التصرف نيابة عني»

## My papers (the safe)

platform-unavailable = هذا الهاتف لا يستطيع بعدُ القيام بذلك مع Parcours. لم يتغير شيء.
platform-cancelled = لم تختر شيئًا.
platform-file-too-large = هذا الملف كبير جدًا. يجب أن يكون الملف أصغر من { $count } ميغابايت. لم يتغير شيء.
safe-error-title = اكتب اسمًا لهذه الورقة. لم يتغير شيء.
safe-error-dates = تاريخ الانتهاء قبل تاريخ الورقة. تحقق من التواريخ. لم يتغير شيء.
safe-error-no-file = اختر أولًا صورة أو ملفًا.
safe-error-file-type = لا يستطيع Parcours حفظ هذا الملف: { $name }. اختر صورة JPEG أو PNG، أو ملف PDF. لم يتغير شيء.

## Preview (development tool)

preview-no-keystore = انتباه: خزنة المفاتيح في هذا الحاسوب لا تجيب. مفتاح البيانات محفوظ في الذاكرة فقط، خلال مدة العرض.
