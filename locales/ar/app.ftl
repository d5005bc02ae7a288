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
home-documents-open = عرض أوراقي

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
nav-safe = أوراقي
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
mandate-pin-required = لهذا، يلزم رمزك السري. اكتبه، ثم اضغط على الزر مرة أخرى. لم يتغير شيء.
home-mandates-open = انظر من يمكنه التصرف نيابة عني
settings-mandates-text = انظر من أعطيته موافقتك للتصرف نيابة عنك. يمكنك إيقاف الموافقة أو تجديدها.
settings-mandates-open = افتح «من يمكنه التصرف نيابة عني»

## My papers (the safe)

safe-title = أوراقي
safe-intro = أوراقك محفوظة هنا، في خزنة. هي محمية. بدون هذا الهاتف أو رمز الاسترجاع، لا أحد يستطيع قراءتها.
safe-empty = خزنتك فارغة. أضف أول ورقة في الأعلى.
safe-open = فتح
safe-close = إغلاق
safe-add-title = إضافة ورقة
safe-add-how = التقط صورة للورقة، أو اختر صورة أو ملف PDF. عدة ملفات تصنع ورقة واحدة، صفحة لكل ملف.
safe-add-photo-data = في الصور، يحذف Parcours المعلومات المخفية. مثلًا، المكان الذي التُقطت فيه الصورة.
safe-add-choose = اختر صورة أو ملفًا
safe-add-pick-files = اختر ملفًا
safe-add-take-photo = التقط صورة
safe-add-unavailable = على هذا الهاتف، لا يستطيع Parcours بعدُ إضافة ورقة.
safe-add-chosen =
    { $files ->
        [zero] لم تختر أي ملف.
        [one] اخترت ملفًا واحدًا.
        [two] اخترت ملفين. سيكونان صفحتي ورقة واحدة.
        [few] اخترت { $files } ملفات. ستكون صفحات ورقة واحدة.
        [many] اخترت { $files } ملفًا. ستكون صفحات ورقة واحدة.
       *[other] اخترت { $files } ملف. ستكون صفحات ورقة واحدة.
    }
safe-add-page = الصفحة { $page }:
safe-add-name = اسم الورقة
safe-add-name-hint = مثلًا: شهادة CAF لشهر مارس.
safe-add-category = نوع الورقة
safe-add-issued = تاريخ الورقة، إذا كنت تعرفه
safe-add-expires = تاريخ الانتهاء، إذا كان للورقة تاريخ انتهاء
safe-add-save = ضعها في خزنتي
safe-add-cancel = إلغاء
safe-added = تم. «{ $title }» في خزنتك الآن.
safe-error-title = اكتب اسمًا لهذه الورقة. لم يتغير شيء.
safe-error-dates = تاريخ الانتهاء قبل تاريخ الورقة. تحقق من التواريخ. لم يتغير شيء.
safe-error-date-unreadable = لا يمكن قراءة أحد التواريخ. اختره من التقويم. لم يتغير شيء.
safe-error-no-file = اختر أولًا صورة أو ملفًا.
safe-error-file-type = لا يستطيع Parcours حفظ هذا الملف: { $name }. اختر صورة JPEG أو PNG، أو ملف PDF. لم يتغير شيء.
platform-unavailable = هذا الهاتف لا يستطيع بعدُ القيام بذلك مع Parcours. لم يتغير شيء.
platform-cancelled = لم تختر شيئًا.
platform-file-too-large = هذا الملف كبير جدًا. يجب أن يكون الملف أصغر من { $count } ميغابايت. لم يتغير شيء.
safe-pages =
    { $pages ->
        [0] لا يوجد ملف، فقط الاسم والتواريخ
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }
safe-expires-in =
    { $count ->
        [0] ينتهي اليوم
        [one] ينتهي غدًا
        [two] ينتهي بعد يومين
        [few] ينتهي بعد { $count } أيام
        [many] ينتهي بعد { $count } يومًا
       *[other] ينتهي بعد { $count } يوم
    }
safe-expired = انتهت صلاحيته
safe-no-file = لا توجد صورة ولا ملف لهذه الورقة. فقط اسمها وتواريخها محفوظة.
safe-page-of = الصفحة { $page } من { $pages }
safe-page-alt = { $title }، الصفحة { $page } من { $pages }
safe-page-download = نزّل الملف لقراءته
safe-page-download-hint = الملف الذي تنزّله لم يعد محميًا بالخزنة.
safe-page-previous = الصفحة السابقة
safe-page-next = الصفحة التالية
safe-rename = تغيير الاسم
safe-rename-label = الاسم الجديد
safe-rename-save = حفظ الاسم
safe-rename-cancel = إلغاء
safe-renamed = تم الحفظ. اسم الورقة الآن «{ $title }».
safe-send = إرسال إلى خارج Parcours
safe-send-question = هل تريد إرسال هذه الورقة إلى خارج Parcours؟
safe-send-warning = انتبه: خارج Parcours، لن تبقى هذه الورقة محمية. لن يستطيع Parcours حذفها. أرسلها فقط إلى شخص تثق به.
safe-send-page = سيتم إرسال الصفحة { $page } فقط.
safe-send-yes = نعم، أرسل
safe-send-no = لا، لا ترسل
safe-sent-downloaded = الملف «{ $name }» موجود في التنزيلات. لم يعد Parcours يحميه.
safe-sent-shared = تم. خرجت الورقة من Parcours.
safe-delete = حذف
safe-delete-question = هل تريد حذف «{ $title }»؟
safe-delete-warning = لن تستطيع التراجع. ستُمحى الورقة من هذا الهاتف.
safe-delete-copies = النسخ الاحتياطية والنسخ التي صنعتها من قبل لن تُمحى.
safe-delete-yes = نعم، احذف نهائيًا
safe-delete-no = لا، احتفظ بهذه الورقة
safe-deleted = تم. حُذفت «{ $title }».
safe-keep-title = الاحتفاظ بنسخة
safe-keep-unavailable = على هذا الهاتف، لا يستطيع Parcours بعدُ صنع نسخة.
safe-backup-title = نسخة احتياطية محمية
safe-backup-text = النسخة الاحتياطية نسخة محمية من خزنتك كلها. احتفظ بها على مفتاح USB أو على حاسوب. لفتحها، تحتاج إلى رمز الاسترجاع. هو الرمز المكوّن من 28 حرفًا الذي أعطاك إياه Parcours في البداية.
safe-backup = عمل نسخة احتياطية
safe-backup-downloaded = تم. النسخة الاحتياطية «{ $name }» موجودة في التنزيلات. احتفظ بها مع رمز الاسترجاع.
safe-backup-shared = تم. احتفظ بالنسخة الاحتياطية مع رمز الاسترجاع.
safe-export-title = إخراج كل شيء من Parcours
safe-export-text = يمكنك إخراج كل أوراقك ومعلوماتك في ملف واحد. ستستطيع الاحتفاظ بها في مكان آخر.
safe-export = إخراج كل شيء في ملف
safe-export-question = انتبه: هذا الملف لن يكون محميًا.
safe-export-warning = أي شخص لديه هذا الملف يستطيع قراءة أوراقك وخطتك ومواعيدك ورسائلك. احتفظ به في مكان آمن.
safe-export-yes = نعم، أخرج كل شيء
safe-export-no = لا، ليس الآن
safe-exported-downloaded = تم. الملف «{ $name }» موجود في التنزيلات. هو غير محمي: احتفظ به في مكان آمن.
safe-exported-shared = تم. الملف غير محمي: احتفظ به في مكان آمن.
safe-trail-title = من فتح ماذا
safe-trail-intro = هنا ترى ما تم فعله بأوراقك، ومتى. حاليًا، تعرض القائمة ما تم فعله على هذا الهاتف.
safe-trail-empty = لا شيء حتى الآن.
safe-trail-more = عرض الكل ({ $count })

## Preview (development tool)

preview-no-keystore = انتباه: خزنة المفاتيح في هذا الحاسوب لا تجيب. مفتاح البيانات محفوظ في الذاكرة فقط، خلال مدة العرض.

## Messages with the referent
nav-messages = رسائل
home-messages-open = اقرأ رسائلي
messages-title = رسائلي
messages-intro = هنا تكتب إلى { $name }. وتقرأ أيضًا أجوبته.
messages-waiting =
    { $count ->
        [zero] لا توجد رسالة تنتظر الإرسال.
        [one] رسالة واحدة تنتظر الإرسال. ستُرسَل عندما يكون في الهاتف شبكة.
        [two] رسالتان تنتظران الإرسال. ستُرسَلان عندما يكون في الهاتف شبكة.
        [few] { $count } رسائل تنتظر الإرسال. ستُرسَل عندما يكون في الهاتف شبكة.
        [many] { $count } رسالة تنتظر الإرسال. ستُرسَل عندما يكون في الهاتف شبكة.
       *[other] { $count } رسالة تنتظر الإرسال. ستُرسَل عندما يكون في الهاتف شبكة.
    }
messages-thread-title = رسائلك مع { $name }
messages-older =
    { $count ->
        [zero] لا توجد رسائل أقدم
        [one] اعرض رسالة واحدة أقدم
        [two] اعرض رسالتين أقدم
        [few] اعرض { $count } رسائل أقدم
        [many] اعرض { $count } رسالة أقدم
       *[other] اعرض { $count } رسالة أقدم
    }
messages-none = لا توجد رسائل بعد. يمكنك أن تكتب الأولى.
messages-no-referent = ليس عندك مرافق اجتماعي بعد. لا يمكنك أن تكتب رسالة الآن.
message-from-me = كتبتَ بتاريخ { $when }:
message-from = كتب { $name } بتاريخ { $when }:
message-new = جديد
message-state-waiting = تنتظر الإرسال
message-state-sent = أُرسلت
message-state-delivered = وصلت
message-state-read = قُرئت
message-state-refused = لم تُرسَل: مرفوضة
message-refused-other = لم يقبل الخادم هذه الرسالة. تحدّث عن ذلك مع مرافقك الاجتماعي.
message-refused-bad-message = هذه الرسالة فارغة أو طويلة جدًا. اكتبها من جديد، أقصر.
message-refused-not-found = هذا الشخص لم يعد في ملفك على الخادم.
message-refused-device-refused = هذا الهاتف لم يعد يستطيع إرسال الرسائل. تحدّث عن ذلك مع مرافقك الاجتماعي.
message-refused-server-said = جواب الخادم: « { $reason } »
messages-write-title = اكتب إلى { $name }
messages-quick-hint = أجوبة سريعة: المس جملة لإرسالها فورًا.
messages-quick-late = سأتأخر
messages-quick-help = أحتاج إلى مساعدة
messages-quick-cannot-come = لا أستطيع أن آتي
messages-quick-both = { $french } ({ $own })
messages-text-label = أو اكتب رسالتك:
messages-send = أرسل
messages-sent = تم. رسالتك في المحادثة، فوق مباشرة.
messages-error-empty = الرسالة فارغة. اكتب بعض الكلمات قبل الإرسال.
messages-error-too-long = الرسالة طويلة جدًا. اكتب أقل من 5000 حرف.

## Who opened the file
mandates-access-title = من فتح ملفك
mandates-access-intro = كلما فتح شخص ملفك أو غيّره، يُكتب ذلك هنا. الأحدث في الأعلى.
mandates-access-none = لم يفتح أحد ملفك بعد.
mandates-access-not-yet = هذه القائمة تأتي من الخادم. لم تصل إلى هذا الهاتف بعد.
mandates-access-older =
    { $count ->
        [zero] لا شيء أقدم.
        [one] ومرة أخرى، أقدم.
        [two] ومرتان أخريان، أقدم.
        [few] و{ $count } مرات أخرى، أقدم.
        [many] و{ $count } مرة أخرى، أقدم.
       *[other] و{ $count } مرة أخرى، أقدم.
    }
access-read-dossier = فتح { $name } ملفك بتاريخ { $when }.
access-wrote-step = كتب { $name } خطوة في خطتك بتاريخ { $when }.
access-wrote-appointment = أضاف { $name } موعدًا بتاريخ { $when }.
access-wrote-message = كتب لك { $name } رسالة بتاريخ { $when }.
access-opened-share = فتح { $name } ورقة شاركتها بتاريخ { $when }.
preview-demo-server = خادم العرض: { $url } (للإجابة كمرافق اجتماعي: المعرّف « referent »، كلمة السر « demo-referent »)
preview-demo-server-failed = لم يستطع خادم العرض أن يبدأ ({ $reason }). المعاينة تعمل رغم ذلك، بدون خادم.

## First start (a phone with no safe yet)

first-progress = الخطوة { $step } من { $count }
first-language-title = اختر لغتك
first-language-text = المس لغتك. سيتكلم التطبيق بهذه اللغة.
first-language-later = يمكنك تغيير اللغة لاحقًا، في الإعدادات.
first-code-title = رمز الدعوة
first-code-text = أعطاك المرافق الاجتماعي رمزًا مكتوبًا على ورقة. هذا الرمز يربط هذا الهاتف بملفك.
first-code-label = رمز الدعوة
first-code-hint = الحروف الكبيرة والمسافات والشرطات لا تهم.
first-code-send = تأكيد الرمز
first-code-checking = جارٍ التحقق…
first-code-empty = اكتب الرمز المكتوب على الورقة.
first-code-refused = هذا الرمز لا يعمل. ربما كُتب خطأً، أو استُعمل من قبل. تحقق من الرمز. إذا لم يعمل بعد ذلك، اطلب رمزًا جديدًا من المرافق الاجتماعي.
first-offline = الخادم لا يجيب. لم يضِع شيء. يمكنك أن تحاول مرة أخرى لاحقًا.
first-out-of-order = هذه الخطوة تأتي لاحقًا. ارجع إلى الخطوة السابقة.
first-recovery-title = رمز الاسترجاع
first-recovery-what = هذا الرمز يفتح بياناتك إذا أضعت هذا الهاتف، أو إذا نسيت رمزك السري.
first-recovery-write = اكتب هذا الرمز على ورقة. احفظ الورقة في مكان آمن، بعيدًا عن الهاتف.
first-recovery-once = هذا الرمز يظهر مرة واحدة فقط. لا تعطه لأحد.
first-recovery-code-label = رمز الاسترجاع، في مجموعات من 4 علامات
first-recovery-tail-label = للتحقق، اكتب آخر 4 علامات من الرمز
first-recovery-done = كتبتُ الرمز
first-recovery-mismatch = هذه ليست آخر 4 علامات من الرمز. انظر إلى آخر مجموعة في الرمز، ثم اكتبها.
first-pin-title = رمز سري؟
first-pin-what = الرمز السري يحمي بياناتك إذا أخذ أحدٌ هذا الهاتف.
first-pin-choice = أنت تختار. يمكنك أيضًا ألا تضع رمزًا سريًا.
first-pin-label = رمزك السري، من 4 إلى 12 رقمًا
first-pin-hint = اختر أرقامًا يسهل عليك تذكرها ويصعب على غيرك تخمينها.
first-pin-set = اختيار هذا الرمز السري
first-pin-skip = بدون رمز سري
first-finish-title = نبحث عن ملفك
first-finish-wait = لحظة من فضلك. ملفك يصل إلى الهاتف.
first-retry = حاول مرة أخرى
## مشاركة ورقة مع مختص

share-title = مشاركة ورقة مع مختص
share-intro = تختار ورقة وشخصًا وإلى متى. الورقة محمية: هذا الشخص فقط يستطيع فتحها. يمكنك التوقف متى شئت.
share-no-server = لمشاركة ورقة، يجب أن يكون التطبيق متصلًا بالخادم. هنا ليس متصلًا.
share-no-paper = أضف ورقة أولًا. بعد ذلك يمكنك مشاركتها.
share-no-contact = ليس لديك جهة اتصال بعد. تحتاج إلى جهة اتصال لمشاركة ورقة.
share-which-paper = أي ورقة؟
share-with-whom = مع من؟
share-until = إلى متى؟
share-7-days = 7 أيام
share-30-days = 30 يومًا
share-3-months = 3 أشهر
share-choose-first = اختر ورقة وشخصًا.
share-continue = متابعة
share-checking = لحظة…
share-question = مشاركة «{ $title }» مع { $name }؟
share-first-time = هذه أول مرة. اتصل بـ { $name } بالهاتف. اقرأ له هذا الرمز. يجب أن يكون رمزه هو نفسه.
share-code = رمز الشخص:
share-same-key = إنه نفس الرمز مثل المرة السابقة. كل شيء على ما يرام.
share-changed = انتباه: رمز { $name } تغيّر. ربما مفتاح جديد. ربما شخص يحاول قراءة أوراقك.
share-code-before = الرمز السابق:
share-code-now = الرمز الجديد:
share-changed-call = اتصل بـ { $name } بالهاتف. تحققا معًا من الرمز الجديد. شارك فقط إذا كان هو نفسه.
share-checked-yes = تحققت مع { $name }: شارك
share-yes = شارك
share-no = إلغاء
share-done = تم. يستطيع { $name } رؤية «{ $title }» حتى { $until }.
share-failed = لم تتم مشاركة الورقة. حاول مرة أخرى لاحقًا.
share-offline = لا يوجد اتصال بالخادم. لم تتم مشاركة أي شيء. حاول مرة أخرى عندما يكون لديك إنترنت.
share-key-moved = رمز هذا الشخص تغيّر. لم تتم مشاركة أي شيء. ابدأ من جديد لترى الرمز الجديد.
share-list-title = مشاركاتك
share-list-empty = أنت لا تشارك أي ورقة.
share-paper-gone = ورقة محذوفة
share-line = «{ $title }» مع { $name }
share-until-date = حتى { $until }
share-ended = انتهت
share-stopped-on = أُوقفت في { $date }
share-stop = إيقاف المشاركة
share-stopped = تم. لم تعد تشارك هذه الورقة مع { $name }. يحذف الخادم نسخته عندما يسمح الاتصال بذلك.

## Opening a safe that has a PIN

unlock-title = فتح Parcours
unlock-text = اكتب رمزك السري لفتح بياناتك.
unlock-pin-label = رمزك السري
unlock-open = فتح
unlock-forgot = نسيت رمزي السري
unlock-wait-seconds =
    { $count ->
        [zero] انتظر { $count } ثانية، ثم حاول مرة أخرى.
        [one] انتظر ثانية واحدة، ثم حاول مرة أخرى.
        [two] انتظر ثانيتين، ثم حاول مرة أخرى.
        [few] انتظر { $count } ثوانٍ، ثم حاول مرة أخرى.
        [many] انتظر { $count } ثانية، ثم حاول مرة أخرى.
       *[other] انتظر { $count } ثانية، ثم حاول مرة أخرى.
    }
unlock-wait-minutes =
    { $count ->
        [zero] انتظر { $count } دقيقة، ثم حاول مرة أخرى.
        [one] انتظر دقيقة واحدة، ثم حاول مرة أخرى.
        [two] انتظر دقيقتين، ثم حاول مرة أخرى.
        [few] انتظر { $count } دقائق، ثم حاول مرة أخرى.
        [many] انتظر { $count } دقيقة، ثم حاول مرة أخرى.
       *[other] انتظر { $count } دقيقة، ثم حاول مرة أخرى.
    }
unlock-code-title = رمز الاسترجاع
unlock-code-text = اكتب رمز الاسترجاع الذي كتبته على ورقة. هذا الرمز يفتح بياناتك بدون الرمز السري.
unlock-code-label = رمز الاسترجاع، 28 حرفًا ورقمًا
unlock-back = الرجوع إلى الرمز السري
unlock-new-pin-title = رمز سري جديد
unlock-new-pin-text = بياناتك مفتوحة. اختر رمزًا سريًا جديدًا. يمكنك أيضًا ألا تضع رمزًا سريًا.

## Discreet mode
settings-discreet = الوضع الخفي
settings-discreet-what = لهاتف قد ينظر إليه شخص آخر. يصبح عنوان النافذة « الطقس ». التذكيرات لا تذكر الساعة بعد الآن.
settings-discreet-on = الوضع الخفي

# Give a permission (mandates screen)
grant-title = إعطاء إذن
grant-intro = يمكنك أن تسمح لشخص من جهات اتصالك بأن يفعل شيئًا من أجلك. أنت تختار ماذا وإلى متى. يمكنك الإيقاف متى شئت.
grant-open = إعطاء إذن
grant-no-contact = ليس لديك جهة اتصال بعد. يمكن لمرافقك الاجتماعي أن يضيف جهات اتصال.
grant-who = لمن؟
grant-what = لفعل ماذا؟
grant-what-coordination = متابعة مساري كله والتحدث مع الخدمات الأخرى من أجلي
grant-what-information = التحدث عن وضعي مع مرافقي الاجتماعي
grant-what-documents = رؤية بعض أوراقي
grant-what-act = القيام بإجراء من أجلي
grant-domains = في أي مواضيع؟
grant-category = أي أوراق؟
grant-category-choose = اختر
grant-procedure = أي إجراء؟
grant-procedure-hint = مثلًا: طلب سكن اجتماعي.
grant-length = إلى متى؟
grant-length-1-month = شهر واحد، حتى { $until }
grant-length-3-months = 3 أشهر، حتى { $until }
grant-length-6-months = 6 أشهر، حتى { $until }
grant-length-1-year = سنة واحدة، حتى { $until }
grant-continue = متابعة
grant-cancel = إلغاء
grant-missing-who = اختر الشخص.
grant-missing-what = اختر ما سيستطيع الشخص فعله.
grant-missing-domain = اختر موضوعًا واحدًا على الأقل.
grant-missing-category = اختر الأوراق.
grant-missing-procedure = اكتب اسم الإجراء.
grant-missing-length = اختر إلى متى.
grant-question = هل تريد إعطاء هذا الإذن؟
grant-replaces-coordination = يمكن لشخص واحد فقط في كل مرة أن يتابع مسارك كله. { $name } لن يستطيع ذلك بعد الآن.
grant-can-stop = يمكنك إيقافه متى شئت، في هذه الشاشة.
grant-yes = نعم، أعطِ الإذن
grant-back = لا، رجوع
grant-done = تم. { $name } لديه إذنك.
mandate-pin-label = اكتب رمزك السري للتأكيد

## Read aloud
read-aloud = قراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة
read-aloud-unavailable = لا يستطيع هذا الهاتف قراءة هذه اللغة بصوت عالٍ.
read-aloud-failed = لم تنجح القراءة بصوت عالٍ. حاول مرة أخرى.
settings-read-aloud = القراءة بصوت عالٍ
settings-read-aloud-what = زر «قراءة بصوت عالٍ» موجود في أعلى كل شاشة. المسه: يقرأ الهاتف الشاشة. المسه مرة أخرى: تتوقف القراءة.
settings-read-aloud-on = إظهار زر «قراءة بصوت عالٍ»
settings-speech-rate = سرعة الصوت
settings-speech-normal = عادية
settings-speech-slower = أبطأ
## Messages: a paper of the safe joined to a message

messages-attach = إرفاق ورقة
messages-attach-which = أي ورقة تريد إرفاقها؟
messages-attach-choose = إرفاق هذه الورقة
messages-attach-cancel = إلغاء
messages-attach-none = لا توجد في خزنتك ورقة لإرفاقها بعد. أضف ورقة في «أوراقي».
messages-attach-choose-first = اختر أولاً ورقة من القائمة.
messages-attach-checking = لحظة. يطلب التطبيق رمز { $name } من الخادم.
messages-attach-offline = لا يوجد اتصال بالخادم. لإرفاق ورقة يلزم الإنترنت. رسالتك لم تضع. يمكنك إرسالها بدون ورقة، أو المحاولة لاحقاً.
messages-attach-no-server = لإرفاق ورقة، يجب أن يكون التطبيق متصلاً بالخادم.
messages-paper-chip = ورقة مرفقة: «{ $title }»
messages-paper-remove = إزالة الورقة
messages-paper-until = سيتمكن { $name } من رؤية هذه الورقة حتى { $until }. تُرسل الورقة عندما تلمس «إرسال».
messages-paper-checked = تحققت من الرمز الجديد مع { $name }.
messages-paper-check-first = تغيّر رمز { $name }. تحقق أولاً من الرمز الجديد مع { $name }. ثم ضع علامة في المربع.
messages-sending = جارٍ الإرسال. انتظر لحظة.
messages-sent-with-paper = تم. رسالتك والورقة «{ $title }» في المحادثة. يمكن لـ { $name } رؤية هذه الورقة حتى { $until }.
messages-paper-gone = هذه الورقة لم تعد في خزنتك. اختر ورقة أخرى.
message-paper = ورقة مرفقة: «{ $title }»
message-paper-unknown = ورقة مرفقة (ليست في خزنتك)
message-paper-open = فتح «{ $title }» في أوراقي
message-refused-attachment-not-shared = الورقة المرفقة لم تتم مشاركتها مع هذا الشخص. أرفق الورقة مرة أخرى.
message-refused-too-many-attachments = في هذه الرسالة أوراق مرفقة كثيرة. أرفق 5 أوراق على الأكثر.
## Settings: the PIN, a new recovery code, delete everything
settings-pin-title = الرمز السري
settings-pin-on = يُطلب رمز سري لفتح Parcours.
settings-pin-off = ليس لديك رمز سري. يفتح Parcours بدون رمز.
settings-pin-choose = اختيار رمز سري
settings-pin-change = تغيير الرمز السري
settings-pin-remove = إزالة الرمز السري
settings-pin-current = رمزك السري الحالي
settings-pin-new = الرمز السري الجديد، من 4 إلى 12 رقمًا
settings-pin-again = اكتب الرمز السري الجديد مرة أخرى
settings-pin-save = حفظ الرمز السري
settings-pin-remove-what = بدون رمز سري، يستطيع أي شخص يأخذ هذا الهاتف أن يفتح Parcours.
settings-pin-remove-yes = نعم، أزل الرمز السري
settings-cancel = إلغاء
settings-pin-set-done = تم. حُفظ رمزك السري الجديد.
settings-pin-removed-done = تم. لم يعد هناك رمز سري.
settings-pin-required = اكتب رمزك السري الحالي. لم يتغير شيء.
settings-pin-mismatch = الرمزان السريان الجديدان غير متطابقين. لم يتغير شيء.
settings-pin-none = لا يوجد رمز سري. لم يتغير شيء.
settings-no-safe = هنا، بياناتك ليست في خزنة. لم يتغير شيء.
settings-nothing-changed = لم يتغير شيء.
settings-busy = لحظة من فضلك…
settings-recovery-title = رمز الاسترجاع
settings-recovery-text = يفتح رمز الاسترجاع بياناتك إذا نسيت رمزك السري. ويعمل أيضًا على هاتف جديد.
settings-recovery-lost = هل أضعت الورقة التي عليها الرمز؟ هل رأى شخص آخر الرمز؟ أنشئ رمزًا جديدًا.
settings-recovery-new = إنشاء رمز استرجاع جديد
settings-recovery-old = بعد ذلك، لن يعمل الرمز القديم على هذا الهاتف. النسخ الاحتياطية القديمة تُفتح بالرمز القديم.
settings-recovery-make = نعم، أنشئ رمزًا جديدًا
settings-recovery-shown = هذا رمز الاسترجاع الجديد.
settings-recovery-done-ok = تم. احتفظ جيدًا بالورقة التي عليها الرمز الجديد. الرمز القديم لم يعد يعمل.
settings-delete-title = حذف كل شيء
settings-delete-what = تُحذف أوراقك ورسائلك وخطتك ومواعيدك من هذا الهاتف.
settings-delete-server = يُغلق حسابك على الخادم. لن يرى مرافقك الاجتماعي ملفك بعد الآن.
settings-delete-undo = لا يمكن التراجع. لن يفتح رمز الاسترجاع أي شيء.
settings-delete-start = أريد حذف كل شيء
settings-delete-sure = هل تريد حقًا حذف كل شيء؟
settings-delete-yes = نعم، احذف كل شيء الآن
settings-delete-no = لا، احتفظ ببياناتي
settings-delete-unreachable = لا يستطيع Parcours الاتصال بالخادم. لم يُحذف شيء.
settings-delete-phone-what = يمكنك حذف بياناتك من هذا الهاتف فقط. يبقى حسابك على الخادم مفتوحًا. يستطيع مرافقك الاجتماعي إغلاقه.
settings-delete-phone-only = الحذف من هذا الهاتف فقط
settings-delete-nothing = لم يُحذف شيء.
deleted-title = تم حذف كل شيء
deleted-phone = حُذفت بياناتك من هذا الهاتف.
deleted-left = تعذّر حذف بعض الملفات. عدد الملفات: { $count }.
deleted-closed = حسابك على الخادم مغلق. لن يرى مرافقك الاجتماعي ملفك بعد الآن.
deleted-already = كان حسابك على الخادم مغلقًا من قبل.
deleted-open = لم يردّ الخادم. حسابك على الخادم ما زال مفتوحًا. اطلب من مرافقك الاجتماعي إغلاقه.
deleted-again = لاستخدام Parcours من جديد، اطلب رمز دعوة جديدًا من مرافقك الاجتماعي.
