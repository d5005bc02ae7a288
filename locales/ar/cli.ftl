# Messages of the `parcours` command-line tool (used at a digital-inclusion
# desk, with the person), in Arabic. Machine-quality first version: to be
# reviewed by a native speaker (see locales/README.md).

cli-code-intro = هذا رمز الاسترجاع الخاص بك. لن يظهر مرة أخرى أبدًا. اكتبه على ورقة واحفظ هذه الورقة في مكان آمن. بهذا الرمز، يمكنك استرجاع أوراقك في هاتف آخر أو في حاسوب.
cli-code-written = رمز الاسترجاع الخاص بك موجود في الملف { $file }. انسخه على ورقة، احفظ هذه الورقة في مكان آمن، ثم احذف الملف.
cli-safe-created = الخزنة جاهزة في المجلد { $dir }.
cli-enter-code = اكتب رمز الاسترجاع:
cli-no-code = يلزم رمز الاسترجاع. أعط ملف الرمز مع --recovery-code-file، أو اكتب الرمز عندما يُطلب منك.
cli-added = «{ $title }» موجود في الخزنة ({ $pages ->
        [zero] بدون صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }).
cli-list-empty = الخزنة فارغة.
cli-list-line = { $title } ({ $category }، { $pages ->
        [zero] بدون صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    })
cli-list-expires = ، تنتهي صلاحيتها يوم { $date }
cli-exported = انتهى الإخراج وتم التحقق منه. عدد الأوراق: { $documents }. عدد الملفات: { $files }. المكان: { $file }. انتبه: هذا الملف غير مشفر. احفظه في مكان آمن.
cli-backup-created = النسخة الاحتياطية موجودة في { $file }. هي مشفرة: يلزم رمز الاسترجاع لفتحها.
cli-backup-structure = شكل النسخة الاحتياطية صحيح. انتبه: بدون رمز الاسترجاع، لم يتم التحقق من محتواها.
cli-backup-authentic = النسخة الاحتياطية كاملة وأصلية. عدد الأوراق: { $documents }. عدد الصفحات: { $pages }.
cli-restored = أُرجعت الخزنة إلى المجلد { $dir }. عدد الأوراق: { $documents }.
cli-export-verified = الملف المُخرج كامل وموقَّع. عدد الأوراق: { $documents }. عدد الملفات: { $files }. بصمة الجهاز الذي صنعه: { $key }.
cli-bad-date = التاريخ «{ $date }» غير صحيح. اكتبه هكذا: 2026-03-31.
cli-bad-category = النوع «{ $category }» غير موجود. اختر من بين: { $list }.
cli-working = جارٍ العمل…
cli-demo-step = - { $what }
cli-demo-appointment = - { $when }: { $purpose }
cli-demo-document = - { $title }: تنتهي صلاحيتها يوم { $date }

cli-pro-password = كلمة السر: 
cli-pro-logged-in = أنت متصل الآن. تدوم الجلسة 15 دقيقة.
cli-pro-login-first = اتصل أولًا: parcours pro login --server العنوان --login المعرّف.
cli-pro-no-persons = لم يعطك أي شخص تفويضًا ساريًا.
cli-pro-person-line = { $id }: { $name } (التفويضات: { $mandates })
cli-pro-written = تم الحفظ: { $kind } { $id } (التغيير رقم { $seq }).
cli-pro-bad-argument = قيمة { $what } غير صالحة.
cli-pro-appointment = موعد
cli-pro-message = رسالة

cli-pro-key-made = مفتاحك لاستلام الوثائق جاهز. بصمته: { $fingerprint }. أعطها للأشخاص الذين يشاركونك وثيقة، لكي يقارنوها.
cli-pro-no-shares = لا توجد وثيقة مشتركة معك الآن.
cli-pro-share-line = { $id }: وثيقة من { $person }، حتى { $until }
cli-pro-no-key = اصنع مفتاحك أولًا: parcours pro keygen.
cli-pro-share-opened = « { $title } » مفتوحة: { $pages } صفحة في { $dir }. هذا المجلد غير مشفّر: احذفه عندما تنتهي.

cli-pro-attachment = ورقة مرفقة: { $document } (لفتحها: parcours pro open-share { $share })
cli-pro-attachment-not-shared = ورقة مرفقة: { $document } (غير مشاركة معك حالياً)
