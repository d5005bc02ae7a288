# Parcours: messages of the core (dates, names of things, errors), in Arabic.
# Machine-quality first version: to be reviewed by a native speaker (see
# locales/README.md). Plain language: short sentences, everyday words.
# The person is addressed with the masculine singular as the generic form.
# Digits are Western (0-9), as everywhere else in the app.

## Dates

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-full = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
time-hour = { $hour }:00
time-hour-minute = { $hour }:{ $minute }
date-time = { $date } الساعة { $time }

## Life domains

domain-housing = السكن
domain-work = العمل
domain-health = الصحة
domain-money = المال
domain-papers = الأوراق والحقوق
domain-family = العائلة
domain-mobility = التنقل
domain-training = التدريب

## Who does a step

actor-me = أنا
actor-referent = مرافقي الاجتماعي
actor-partner = { $name }

## Where a step stands

step-status-proposed = أنا اقترحتها
step-status-todo = للإنجاز
step-status-in-progress = جارية
step-status-done = تمت
step-status-dropped = متروكة

## Where an appointment stands

appointment-status-planned = مقرَّر
appointment-status-confirmed = مؤكَّد
appointment-status-cancelled-by-me = ألغيته أنا
appointment-status-cancelled-by-them = ألغته الجهة الأخرى
appointment-status-new-date-asked = طلبت موعدًا آخر
appointment-status-attended = ذهبت إليه
appointment-status-missed = لم أحضر

## Document categories

category-identity = بطاقة التعريف أو جواز السفر
category-residence-permit = بطاقة الإقامة
category-caf = أوراق صندوق المنح العائلية (CAF)
category-tax = الضرائب
category-payslip = كشوف الراتب
category-rent-receipt = وصولات الإيجار
category-health-insurance = التأمين الصحي (carte Vitale)
category-medical-certificate = الشهادات الطبية
category-justice = أوراق المحكمة
category-bank = البنك
category-other = أوراق أخرى

## Errors of the local store

error-store-key-missing = الهاتف لا يجد مفتاح بياناتك. بياناتك ما زالت موجودة. استعمل رمز الاسترجاع لفتحها.
error-store-wrong-key = المفتاح لا يناسب بياناتك. لم يُحذف أي شيء.
error-store-corrupt = ملف بياناتك تالف. لم يُحذف أي شيء. اطلب المساعدة لإصلاحه.
error-store-record-tampered = تم تغيير معلومة خارج Parcours. لن تُعرض.
error-store-newer-schema = بياناتك تأتي من نسخة أحدث من Parcours. حدِّث التطبيق.
error-store-keystore = خزنة المفاتيح في الهاتف لا تجيب. حاول مرة أخرى بعد قليل.
error-store-disk-full = لم يبق مكان في الهاتف. لم يضع أي شيء. أفرغ بعض المكان ثم حاول مرة أخرى.
error-store-io = Parcours لا يستطيع قراءة بياناتك أو كتابتها. لم يضع أي شيء. حاول مرة أخرى.
error-store-already-exists = توجد هنا بيانات Parcours من قبل. لم يتم استبدالها.

## Audit trail

audit-store-created = بتاريخ { $date }، بدأت استعمال Parcours على هذا الهاتف.
audit-dossier-received = بتاريخ { $date }، تم تحديث ملفك.
audit-tampered = تم تغيير سجل أعمالك خارج Parcours.

## Recovery code

error-code-length = رمز الاسترجاع فيه 28 حرفًا ورقمًا. تأكد أنه لا ينقص شيء.
error-code-character = في رمز الاسترجاع علامة لا يمكن أن تكون فيه. تحقق من كل حرف.
error-code-checksum = في رمز الاسترجاع خطأ في الكتابة. تحقق من كل حرف وكل رقم.
audit-unlocked-with-code = بتاريخ { $date }، فتحت خزنتك برمز الاسترجاع.
audit-document-added = بتاريخ { $date }، أضفت «{ $title }» إلى خزنتك.
audit-document-opened = بتاريخ { $date }، فتحت «{ $title }».
audit-document-renamed = بتاريخ { $date }، غيرت اسم «{ $from }» إلى «{ $to }».
audit-document-changed = بتاريخ { $date }، غيرت نوع «{ $title }» أو تواريخه.
audit-document-deleted = بتاريخ { $date }، حذفت «{ $title }».
audit-document-sent-outside = بتاريخ { $date }، أرسلت «{ $title }» إلى خارج Parcours.
audit-exported = بتاريخ { $date }، أخرجت كل أوراقك.
audit-backup-created = بتاريخ { $date }، عملت نسخة احتياطية من خزنتك.
audit-restored = بتاريخ { $date }، تم إرجاع خزنتك إلى هذا الجهاز من نسخة احتياطية.

audit-pin-set = بتاريخ { $date }، اخترت رمزًا سريًا لفتح Parcours.
audit-pin-removed = بتاريخ { $date }، أزلت الرمز السري.
audit-recovery-code-changed = بتاريخ { $date }، أنشأت رمز استرجاع جديدًا. الرمز القديم لم يعد يعمل.

## Safe errors

error-safe-wrong-code = رمز الاسترجاع هذا لا يفتح هذه الخزنة. تحقق من الرمز. لم يُحذف أي شيء.
error-safe-damaged = ملف من الخزنة تالف أو تم تغييره. لم يُفتح. لم يُحذف أي شيء.
error-safe-no-document = هذه الورقة ليست في خزنتك.
error-safe-unreadable-photo = Parcours لا يستطيع قراءة هذه الصورة. لم تُضف. حاول تصويرها من جديد.
error-safe-photo-too-large = هذه الصورة كبيرة جدًا. لم تُضف.
error-safe-not-a-safe = هذا المجلد لا يحتوي على خزنة Parcours.
error-safe-output-not-empty = مجلد الوصول ليس فارغًا. اختر مجلدًا فارغًا.
error-export-invalid = هذا الملف المُخرج غير كامل أو تم تغييره. لا تثق فيه.

## Export

export-readme = هذه كل أوراقك ومعلوماتك، أُخرجت من Parcours. المجلد «documents» فيه أوراقك، مرتبة حسب النوع. الملف «dossier.json» فيه خطتك ومواعيدك ورسائلك وجهات اتصالك وأذوناتك. الملف «audit.txt» يذكر كل ما تم في خزنتك. الملف «manifest.json» يعطي بصمة كل ملف. وهو موقَّع من هاتفك. احفظ هذه الملفات في مكان آمن: هي غير مشفرة.

## Server addresses

error-url-invalid = عنوان الخادم غير صحيح.
error-url-plain-http = هذا العنوان غير محمي (http). Parcours لا يرسل بياناتك إلا إلى عنوان محمي (https).
error-url-scheme = يجب أن يبدأ عنوان الخادم بـ https://.

## PIN

error-pin-required = اكتب رمزك السري لفتح Parcours.
error-pin-format = الرمز السري فيه من 4 إلى 12 رقمًا.
error-pin-wrong = هذا الرمز السري غير صحيح. لم يُحذف أي شيء. إذا نسيته، استعمل رمز الاسترجاع.
error-pin-locked = محاولات كثيرة. انتظر قليلًا قبل أن تحاول من جديد. لم يُحذف أي شيء. يمكنك أيضًا استعمال رمز الاسترجاع.

## Mandates: what each kind allows

list-separator = {"، "}
mandate-kind-coordination = يمكنه متابعة كل مسارك والتحدث مع الجهات الأخرى نيابة عنك.
mandate-kind-information = يمكنه التحدث عن وضعك مع مرافقك الاجتماعي. المواضيع: { $domains }.
mandate-kind-document-one = يمكنه رؤية هذه الورقة: { $title }.
mandate-kind-document-category = يمكنه رؤية هذه الأوراق: { $category }.
mandate-kind-document-missing = يمكنه رؤية ورقة من أوراقك.
mandate-kind-act = يمكنه القيام بهذا الإجراء نيابة عنك: { $procedure }.

mandate-summary = { $name }: { $what } حتى { $until }.

## Mandates: history in the audit trail

audit-mandate-granted = بتاريخ { $date }، أعطيت إذنًا لـ { $name }، حتى { $until }. { $scope }
audit-mandate-revoked = بتاريخ { $date }، أوقفت الإذن الذي أعطيته لـ { $name }.
audit-mandate-expired = بتاريخ { $date }، انتهى الإذن الذي أعطيته لـ { $name }.

## Mandates: errors

error-mandate-not-found = هذا الإذن غير موجود أو تم إيقافه من قبل.
error-mandate-invalid = هذا الإذن غير كامل. تحقق من الشخص، ومما يمكنه فعله، ومن تاريخ النهاية.

## Notifications: never a name, a place, a purpose or a message text

notify-title = Parcours
notify-title-discreet = تذكير
notify-appointment-tomorrow = عندك موعد غدًا الساعة { $time }.
notify-appointment-soon = عندك موعد الساعة { $time }.
notify-appointment-discreet = عندك تذكير.
notify-messages = { $count ->
        [zero] ليس عندك رسائل جديدة.
        [one] عندك رسالة جديدة.
        [two] عندك رسالتان جديدتان.
        [few] عندك { $count } رسائل جديدة.
        [many] عندك { $count } رسالة جديدة.
       *[other] عندك { $count } رسالة جديدة.
    }

## The person's own actions, in the audit trail

audit-step-done = بتاريخ { $date }، قمت بالخطوة «{ $what }».
audit-appointment-confirmed = بتاريخ { $date }، أكدت موعد { $when }.
audit-appointment-new-date = بتاريخ { $date }، طلبت تاريخًا آخر لموعد { $when }.
audit-appointment-cancelled = بتاريخ { $date }، ألغيت موعد { $when }.
audit-settings-changed = بتاريخ { $date }، غيرت إعداداتك.

audit-sync-refused = بتاريخ { $date }، رفض الخادم أحد طلباتك. السبب مكتوب بجانبه.
error-sync-offline = الخادم لا يجيب. ما فعلته محفوظ في الهاتف. سيُرسَل لاحقًا.
error-sync-refused = رفض الخادم هذا الطلب. السبب مكتوب بجانبه.
error-sync-bad-answer = لا يمكن قراءة جواب الخادم. لم يضِع شيء. حاول مرة أخرى لاحقًا.

audit-document-shared = بتاريخ { $date }، شاركت « { $title } » مع { $name } حتى { $until }. الوثيقة مشفّرة: هذا الشخص وحده يستطيع فتحها.
audit-share-withdrawn = بتاريخ { $date }، أوقفت مشاركة مع { $name }. حذف الخادم نسخته.
error-share-bad-key = مفتاح هذا المهني غير صالح. لم تتم مشاركة أي شيء.
error-share-unauthentic = هذه المشاركة لا تُفتح بمفتاحك. ربما تم تعديلها.
error-share-malformed = هذه المشاركة تالفة أو ناقصة. لم يُفتح أي شيء.
error-sync-untrusted = لم يستطع الهاتف التأكد من أن الخادم هو فعلًا خادم Parcours. لم يُرسَل أي شيء. أخبر مرافقك الاجتماعي.
