// Parcours's main activity, used verbatim by the Dioxus CLI (see
// ../Dioxus.toml, `android_main_activity`). Based on dioxus-cli 0.7.9's
// template (`class MainActivity : WryActivity()`), plus FLAG_SECURE: the
// app switcher shows a blank card instead of the person's screen (a plan,
// an appointment, a message), and screenshots and screen recording of the
// app are refused. And setDiscreetLauncher: discreet mode's name and icon on
// the home screen (the manifest's two launcher entries, one enabled at a
// time). And reading aloud (speak, stopSpeaking, speechEnded): Android's
// WebView has no speechSynthesis, so the app's one TextToSpeech lives here.
// And the document picker and the camera (pickFiles, takePhoto, filesPicked,
// onActivityResult), sending a file outside (shareFile, through
// SharedFileProvider below, which serves only the app's outgoing cache
// folder), and reminders (scheduleReminders, ReminderReceiver below).
// The Rust side (mobile/android-glue, crate parcours-android) calls these
// through JNI; mobile/tests/platform_files.rs compares their names and
// signatures with the Rust. Their effect can only be seen on a phone: none
// of this has run on one yet.
package dev.dioxus.main

import android.Manifest
import android.app.Activity
import android.app.AlarmManager
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.ActivityNotFoundException
import android.content.BroadcastReceiver
import android.content.ClipData
import android.content.ComponentName
import android.content.ContentProvider
import android.content.ContentResolver
import android.content.ContentValues
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.content.pm.ProviderInfo
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.os.ParcelFileDescriptor
import android.provider.MediaStore
import android.provider.OpenableColumns
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import android.view.WindowManager
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.FileNotFoundException
import java.io.IOException
import java.io.InputStream
import java.util.Locale
import java.util.UUID

typealias BuildConfig = fr.parcours.app.BuildConfig

class MainActivity : WryActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE,
        )
        // What a previous run left in the outgoing folder (a file shared,
        // a photo) goes, unless this process still waits for it (the
        // activity made again while the camera or the chooser is open).
        if (photoFile == null && sharedFolder == null) {
            outgoingDir(this).deleteRecursively()
        }
    }

    override fun onDestroy() {
        super.onDestroy()
        shutdownSpeech()
    }

    @Deprecated("Android's older result callback: one place for the picker, the camera and the chooser")
    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        activityResult(this, requestCode, resultCode, data)
    }

    companion object {
        // How a reading ended, for speechEnded (parcours-android's
        // SpeechEnd: the same numbers).
        private const val SPEECH_DONE = 0
        private const val SPEECH_STOPPED = 1
        private const val SPEECH_FAILED = 2
        private const val SPEECH_NO_VOICE = 3
        private const val SPEECH_UNAVAILABLE = 4

        // How a pick of files or a photo ended, for filesPicked
        // (parcours-android's PickEnd: the same numbers).
        private const val PICK_DONE = 0
        private const val PICK_CANCELLED = 1
        private const val PICK_TOO_LARGE = 2
        private const val PICK_FAILED = 3
        private const val PICK_NO_APP = 4

        // The types the document picker offers (parcours-android's
        // PICK_MEDIA_TYPES: the same list).
        private val PICK_TYPES = arrayOf("image/jpeg", "image/png", "image/webp", "application/pdf")

        // startActivityForResult's request codes (16 bits at most).
        private const val REQUEST_PICK = 0x5041
        private const val REQUEST_PHOTO = 0x5042
        private const val REQUEST_SHARE = 0x5043
        private const val REQUEST_NOTIFY = 0x5044

        // The pick waiting for its result (0: none) and its size limit;
        // main thread only.
        private var pickRequest = 0L
        private var pickMax = 0L

        // The one file the camera app may write (SharedFileProvider reads
        // it on a binder thread), and the folder of the file being shared.
        @Volatile
        internal var photoFile: File? = null
        private var sharedFolder: File? = null

        // POST_NOTIFICATIONS was asked in this process (once is enough).
        private var askedNotifications = false

        /** The folder SharedFileProvider serves: the files going out, and the photo coming in. */
        internal fun outgoingDir(context: Context): File = File(context.cacheDir, "outgoing")

        // The speech engine and its state, touched on the main thread only
        // (every entry point posts there).
        private val mainThread = Handler(Looper.getMainLooper())
        private var tts: TextToSpeech? = null
        private var ttsReady = false
        // A reading asked before the engine was ready, and its number.
        private var waiting: (() -> Unit)? = null
        private var waitingReading = 0L

        /**
         * Rust's (parcours-android registers it before the first reading):
         * [reading] ended with [outcome], one of the SPEECH_ constants.
         */
        @JvmStatic
        external fun speechEnded(reading: Long, outcome: Int)

        /**
         * Reads [lines] aloud one after the other in the language [tag]
         * (BCP 47) at [rate] (1 = the voice's normal speed), cutting short
         * what is being read. Gives back at once; speechEnded says how
         * [reading] ended.
         */
        @JvmStatic
        fun speak(context: Context, lines: Array<String>, tag: String, rate: Float, reading: Long) {
            val app = context.applicationContext
            mainThread.post { speakNow(app, lines, tag, rate, reading) }
        }

        /** Stops reading aloud at once (nothing happens when nothing is read). */
        @JvmStatic
        fun stopSpeaking() {
            mainThread.post {
                waiting = null
                tts?.stop()
            }
        }

        private fun speakNow(app: Context, lines: Array<String>, tag: String, rate: Float, reading: Long) {
            val engine = tts
            if (engine == null || !ttsReady) {
                // Read once the engine is ready (the latest reading only).
                waiting = { speakNow(app, lines, tag, rate, reading) }
                waitingReading = reading
                if (engine == null) {
                    // onInit may come before the constructor returns: post it.
                    tts = TextToSpeech(app) { status -> mainThread.post { ttsInit(status) } }
                }
                return
            }
            val language = engine.setLanguage(Locale.forLanguageTag(tag))
            if (language == TextToSpeech.LANG_MISSING_DATA || language == TextToSpeech.LANG_NOT_SUPPORTED) {
                speechEnded(reading, SPEECH_NO_VOICE)
                return
            }
            engine.setSpeechRate(rate)
            val max = TextToSpeech.getMaxSpeechInputLength()
            val pieces = lines.flatMap { it.chunked(max) }.filter { it.isNotBlank() }
            if (pieces.isEmpty()) {
                engine.stop()
                speechEnded(reading, SPEECH_DONE)
                return
            }
            pieces.forEachIndexed { i, piece ->
                val queue = if (i == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD
                val id = "$reading:$i:${pieces.size}"
                if (engine.speak(piece, queue, null, id) == TextToSpeech.ERROR) {
                    engine.stop()
                    speechEnded(reading, SPEECH_FAILED)
                    return
                }
            }
        }

        private fun ttsInit(status: Int) {
            val engine = tts ?: return
            if (status == TextToSpeech.SUCCESS) {
                engine.setOnUtteranceProgressListener(progress)
                ttsReady = true
                waiting?.invoke()
            } else {
                engine.shutdown()
                tts = null
                ttsReady = false
                if (waiting != null) speechEnded(waitingReading, SPEECH_UNAVAILABLE)
            }
            waiting = null
        }

        private fun shutdownSpeech() {
            mainThread.post {
                waiting = null
                tts?.shutdown()
                tts = null
                ttsReady = false
            }
        }

        /** The reading and whether [id] ("reading:index:count") is its last line. */
        private fun utterance(id: String?): Pair<Long, Boolean>? {
            val parts = id?.split(':') ?: return null
            if (parts.size != 3) return null
            val reading = parts[0].toLongOrNull() ?: return null
            val index = parts[1].toIntOrNull() ?: return null
            val count = parts[2].toIntOrNull() ?: return null
            return reading to (index == count - 1)
        }

        // Called on the engine's threads; Rust's side keeps the first word
        // about each reading and ignores the rest.
        private val progress = object : UtteranceProgressListener() {
            override fun onStart(utteranceId: String?) {}

            override fun onDone(utteranceId: String?) {
                val (reading, last) = utterance(utteranceId) ?: return
                if (last) speechEnded(reading, SPEECH_DONE)
            }

            override fun onStop(utteranceId: String?, interrupted: Boolean) {
                val (reading, _) = utterance(utteranceId) ?: return
                speechEnded(reading, SPEECH_STOPPED)
            }

            @Deprecated("Android's older callback; onError(String?, Int) below")
            override fun onError(utteranceId: String?) {
                val (reading, _) = utterance(utteranceId) ?: return
                speechEnded(reading, SPEECH_FAILED)
            }

            override fun onError(utteranceId: String?, errorCode: Int) {
                val (reading, _) = utterance(utteranceId) ?: return
                speechEnded(reading, SPEECH_FAILED)
            }
        }

        /**
         * Rust's (parcours-android registers it before the first pick): the
         * pick or photo [request] ended with [outcome], one of the PICK_
         * constants; with PICK_DONE, one name, type and content per file.
         */
        @JvmStatic
        external fun filesPicked(
            request: Long,
            outcome: Int,
            names: Array<String>,
            types: Array<String>,
            contents: Array<ByteArray>,
        )

        private fun pickEnded(request: Long, outcome: Int) {
            filesPicked(request, outcome, emptyArray(), emptyArray(), emptyArray())
        }

        /**
         * Opens the system's document picker: JPEG, PNG, WebP and PDF,
         * several at once. filesPicked gives back the files of [request],
         * each at most [maxBytes], or why there are none.
         */
        @JvmStatic
        fun pickFiles(activity: Activity, request: Long, maxBytes: Long) {
            mainThread.post {
                val intent = Intent(Intent.ACTION_OPEN_DOCUMENT)
                    .addCategory(Intent.CATEGORY_OPENABLE)
                    .setType("*/*")
                    .putExtra(Intent.EXTRA_MIME_TYPES, PICK_TYPES)
                    .putExtra(Intent.EXTRA_ALLOW_MULTIPLE, true)
                startPick(activity, intent, REQUEST_PICK, request, maxBytes)
            }
        }

        /**
         * Opens the camera app for one photo, written to a new file of the
         * outgoing folder that SharedFileProvider lets that app write (and
         * only that file). filesPicked gives it back as photo.jpg.
         */
        @JvmStatic
        fun takePhoto(activity: Activity, request: Long, maxBytes: Long) {
            mainThread.post {
                dropPhoto()
                val file = try {
                    val dir = File(outgoingDir(activity), UUID.randomUUID().toString())
                    if (!dir.mkdirs()) throw IOException("no folder for the photo")
                    File(dir, "photo.jpg").also { if (!it.createNewFile()) throw IOException("no file") }
                } catch (e: Exception) {
                    pickEnded(request, PICK_FAILED)
                    return@post
                }
                photoFile = file.canonicalFile
                val uri = SharedFileProvider.uriOf(file)
                val intent = Intent(MediaStore.ACTION_IMAGE_CAPTURE)
                    .putExtra(MediaStore.EXTRA_OUTPUT, uri)
                    .addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION or Intent.FLAG_GRANT_READ_URI_PERMISSION)
                intent.clipData = ClipData.newRawUri("", uri)
                startPick(activity, intent, REQUEST_PHOTO, request, maxBytes)
            }
        }

        private fun startPick(activity: Activity, intent: Intent, code: Int, request: Long, maxBytes: Long) {
            // Rust ended any earlier pick as cancelled: only this one waits.
            pickRequest = request
            pickMax = maxBytes
            try {
                activity.startActivityForResult(intent, code)
            } catch (e: Exception) {
                pickRequest = 0L
                dropPhoto()
                pickEnded(request, if (e is ActivityNotFoundException) PICK_NO_APP else PICK_FAILED)
            }
        }

        /** The pending photo's file can no longer be written, and goes. */
        private fun dropPhoto() {
            val photo = photoFile ?: return
            photoFile = null
            photo.parentFile?.deleteRecursively()
        }

        private fun activityResult(activity: Activity, code: Int, result: Int, data: Intent?) {
            when (code) {
                REQUEST_PICK, REQUEST_PHOTO -> {
                    val request = pickRequest
                    val max = pickMax
                    pickRequest = 0L
                    // From now on the camera app may write nothing.
                    val photo = if (code == REQUEST_PHOTO) photoFile else null
                    photoFile = null
                    if (request == 0L || result != Activity.RESULT_OK) {
                        photo?.parentFile?.deleteRecursively()
                        if (request != 0L) pickEnded(request, PICK_CANCELLED)
                        return
                    }
                    val resolver = activity.applicationContext.contentResolver
                    val uris = chosenUris(data)
                    // Reading up to the limit per file: off the main thread.
                    Thread {
                        if (code == REQUEST_PHOTO) {
                            readPhoto(request, photo, max)
                        } else {
                            readDocuments(resolver, request, uris, max)
                        }
                    }.start()
                }
                REQUEST_SHARE -> {
                    sharedFolder?.deleteRecursively()
                    sharedFolder = null
                }
            }
        }

        private fun chosenUris(data: Intent?): List<Uri> {
            val clip = data?.clipData
            if (clip != null) return (0 until clip.itemCount).mapNotNull { clip.getItemAt(it).uri }
            return listOfNotNull(data?.data)
        }

        /**
         * The bytes of [input], or null when it holds more than [max];
         * [expected] (the size column, -1 when unknown) sizes the buffer.
         */
        private fun readAtMost(input: InputStream, max: Long, expected: Long): ByteArray? {
            val out = ByteArrayOutputStream(if (expected in 1..max) expected.toInt() else 64 * 1024)
            val buffer = ByteArray(64 * 1024)
            var total = 0L
            while (true) {
                val n = input.read(buffer)
                if (n < 0) return out.toByteArray()
                total += n
                if (total > max) return null
                out.write(buffer, 0, n)
            }
        }

        private fun readDocuments(resolver: ContentResolver, request: Long, uris: List<Uri>, max: Long) {
            val names = ArrayList<String>()
            val types = ArrayList<String>()
            val contents = ArrayList<ByteArray>()
            var outcome = PICK_DONE
            try {
                for (uri in uris) {
                    var name = "document"
                    var size = -1L
                    val columns = arrayOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
                    resolver.query(uri, columns, null, null, null)?.use { c ->
                        if (c.moveToFirst()) {
                            val n = c.getColumnIndex(OpenableColumns.DISPLAY_NAME)
                            if (n >= 0 && !c.isNull(n)) name = c.getString(n)
                            val s = c.getColumnIndex(OpenableColumns.SIZE)
                            if (s >= 0 && !c.isNull(s)) size = c.getLong(s)
                        }
                    }
                    // Refused before reading when the size is known, and
                    // while reading otherwise (a size may be missing or wrong).
                    if (size > max) {
                        outcome = PICK_TOO_LARGE
                        break
                    }
                    val input = resolver.openInputStream(uri) ?: throw IOException("no stream")
                    val bytes = input.use { readAtMost(it, max, size) }
                    if (bytes == null) {
                        outcome = PICK_TOO_LARGE
                        break
                    }
                    names.add(name)
                    types.add(resolver.getType(uri) ?: "application/octet-stream")
                    contents.add(bytes)
                }
            } catch (e: Exception) {
                outcome = PICK_FAILED
            } catch (e: OutOfMemoryError) {
                // Several large files on a small phone: none is kept.
                contents.clear()
                outcome = PICK_FAILED
            }
            if (outcome == PICK_DONE && names.isEmpty()) outcome = PICK_CANCELLED
            if (outcome == PICK_DONE) {
                filesPicked(request, PICK_DONE, names.toTypedArray(), types.toTypedArray(), contents.toTypedArray())
            } else {
                pickEnded(request, outcome)
            }
        }

        private fun readPhoto(request: Long, photo: File?, max: Long) {
            var outcome = PICK_DONE
            var bytes: ByteArray? = null
            try {
                when {
                    // Some camera apps answer OK without writing anything.
                    photo == null || photo.length() == 0L -> outcome = PICK_CANCELLED
                    photo.length() > max -> outcome = PICK_TOO_LARGE
                    else -> bytes = photo.readBytes()
                }
            } catch (e: Exception) {
                outcome = PICK_FAILED
            } catch (e: OutOfMemoryError) {
                outcome = PICK_FAILED
            } finally {
                photo?.parentFile?.deleteRecursively()
            }
            val taken = bytes
            if (outcome == PICK_DONE && taken != null) {
                filesPicked(request, PICK_DONE, arrayOf("photo.jpg"), arrayOf("image/jpeg"), arrayOf(taken))
            } else {
                pickEnded(request, outcome)
            }
        }

        /**
         * Sends a file outside Parcours: writes [bytes] to
         * outgoing/<random>/[name] (Rust cleaned the name), and opens the
         * share sheet with its SharedFileProvider URI, readable by the app
         * the person chooses. The folder goes when the chooser returns, or
         * at the next start.
         */
        @JvmStatic
        fun shareFile(activity: Activity, name: String, type: String, bytes: ByteArray) {
            val dir = File(outgoingDir(activity), UUID.randomUUID().toString())
            if (!dir.mkdirs()) throw IOException("no outgoing folder")
            val file = File(dir, name)
            if (file.canonicalFile.parentFile != dir.canonicalFile) {
                dir.deleteRecursively()
                throw SecurityException("a file name that leaves its folder")
            }
            try {
                file.writeBytes(bytes)
            } catch (e: IOException) {
                dir.deleteRecursively()
                throw e
            }
            val uri = SharedFileProvider.uriOf(file)
            val send = Intent(Intent.ACTION_SEND)
                .setType(type)
                .putExtra(Intent.EXTRA_STREAM, uri)
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
            send.clipData = ClipData.newRawUri("", uri)
            val chooser = Intent.createChooser(send, null)
            mainThread.post {
                sharedFolder?.deleteRecursively()
                sharedFolder = dir
                try {
                    activity.startActivityForResult(chooser, REQUEST_SHARE)
                } catch (e: Exception) {
                    dir.deleteRecursively()
                    sharedFolder = null
                }
            }
        }

        /**
         * Replaces the reminders set with Android: one alarm per [times]
         * (milliseconds since 1970), showing [titles] and [bodies] (the
         * core's impersonal texts). Asks POST_NOTIFICATIONS (Android 13 and
         * later) the first time there is a reminder to show.
         */
        @JvmStatic
        fun scheduleReminders(activity: Activity, times: LongArray, titles: Array<String>, bodies: Array<String>) {
            ReminderReceiver.replace(activity.applicationContext, times, titles, bodies)
            if (times.isNotEmpty() &&
                Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
                activity.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED &&
                !askedNotifications
            ) {
                askedNotifications = true
                mainThread.post {
                    activity.requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), REQUEST_NOTIFY)
                }
            }
        }

        /**
         * Shows the neutral launcher entry ("Météo", a generic icon) when
         * [discreet], Parcours's own otherwise; the app keeps running
         * (DONT_KILL_APP). Called from Rust through JNI when the person
         * switches discreet mode (mobile/src/platform/android.rs).
         */
        @JvmStatic
        fun setDiscreetLauncher(context: Context, discreet: Boolean) {
            val pm = context.packageManager
            val on = PackageManager.COMPONENT_ENABLED_STATE_ENABLED
            val off = PackageManager.COMPONENT_ENABLED_STATE_DISABLED
            // The entry being shown first: never a moment with no entry.
            val (shown, hidden) = if (discreet) {
                "dev.dioxus.main.Discreet" to "dev.dioxus.main.Parcours"
            } else {
                "dev.dioxus.main.Parcours" to "dev.dioxus.main.Discreet"
            }
            pm.setComponentEnabledSetting(
                ComponentName(context, shown), on, PackageManager.DONT_KILL_APP,
            )
            pm.setComponentEnabledSetting(
                ComponentName(context, hidden), off, PackageManager.DONT_KILL_APP,
            )
        }
    }
}

/**
 * Serves the files of the app's outgoing cache folder (MainActivity.
 * outgoingDir) as content://fr.parcours.app.files/<random>/<name>, and
 * nothing else: to the app the person shares a file with, and to the camera
 * app the one photo it was asked for. Read-only, but for that photo while
 * the camera is open. Not exported: other apps reach a file only through
 * the URI permission granted with the intent (grantUriPermissions). Our
 * own, as dx 0.7 copies no res/xml for androidx's FileProvider.
 */
class SharedFileProvider : ContentProvider() {
    companion object {
        const val AUTHORITY = "fr.parcours.app.files"

        /** The URI of [file], which is outgoing/<random>/<name>. */
        fun uriOf(file: File): Uri = Uri.Builder()
            .scheme(ContentResolver.SCHEME_CONTENT)
            .authority(AUTHORITY)
            .appendPath(file.parentFile?.name ?: "")
            .appendPath(file.name)
            .build()

        private fun typeOf(name: String): String = when (name.substringAfterLast('.', "").lowercase(Locale.ROOT)) {
            "jpg", "jpeg" -> "image/jpeg"
            "png" -> "image/png"
            "webp" -> "image/webp"
            "pdf" -> "application/pdf"
            "txt" -> "text/plain"
            else -> "application/octet-stream"
        }
    }

    override fun onCreate(): Boolean = true

    override fun attachInfo(context: Context, info: ProviderInfo) {
        super.attachInfo(context, info)
        // As androidx's FileProvider: refuse to run exported, or without
        // URI permissions (the manifest is checked by a test too).
        check(!info.exported && info.grantUriPermissions) { "SharedFileProvider: not exported, grantUriPermissions" }
    }

    /** The file of [uri], exactly two levels inside the outgoing folder, or null. */
    private fun fileOf(uri: Uri): File? {
        val context = context ?: return null
        if (uri.authority != AUTHORITY) return null
        val segments = uri.pathSegments
        if (segments.size != 2) return null
        val root = MainActivity.outgoingDir(context).canonicalFile
        val file = File(File(root, segments[0]), segments[1]).canonicalFile
        if (file.parentFile?.parentFile != root) return null
        return file
    }

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val file = fileOf(uri) ?: throw FileNotFoundException("not an outgoing file")
        if (mode == "r") {
            return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
        }
        // Writing: the pending photo only, and only while the camera is open.
        val photo = MainActivity.photoFile
        if (photo == null || file != photo || !file.isFile) {
            throw SecurityException("read-only")
        }
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.parseMode(mode))
    }

    override fun getType(uri: Uri): String? = fileOf(uri)?.let { typeOf(it.name) }

    override fun query(
        uri: Uri,
        projection: Array<out String>?,
        selection: String?,
        selectionArgs: Array<out String>?,
        sortOrder: String?,
    ): Cursor? {
        val file = fileOf(uri) ?: return null
        if (!file.isFile) return null
        // Only the name and the size, as androidx's FileProvider answers.
        val known = listOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
        val columns = (projection?.toList() ?: known).filter { it in known }
        val cursor = MatrixCursor(columns.toTypedArray(), 1)
        cursor.addRow(columns.map { if (it == OpenableColumns.SIZE) file.length() else file.name })
        return cursor
    }

    override fun insert(uri: Uri, values: ContentValues?): Uri? = throw UnsupportedOperationException("read-only")

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int =
        throw UnsupportedOperationException("read-only")

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<out String>?): Int =
        throw UnsupportedOperationException("read-only")
}

/**
 * Shows the reminders: AlarmManager calls it at each one's time (ACTION_
 * REMIND, the texts as extras), and Android after a reboot
 * (BOOT_COMPLETED), which sets the alarms still ahead again from the
 * SharedPreferences file "reminders" (times and the core's impersonal
 * texts only). Not exported: only the system and the app reach it.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            Intent.ACTION_BOOT_COMPLETED -> setAlarms(context)
            ACTION_REMIND -> show(context, intent)
        }
    }

    companion object {
        private const val ACTION_REMIND = "fr.parcours.app.REMIND"
        private const val PREFS = "reminders"
        private const val CHANNEL = "reminders"
        private const val EXTRA_TITLE = "title"
        private const val EXTRA_BODY = "body"
        private const val EXTRA_INDEX = "index"
        // parcours-android's NOTIFY_BASE: notification ids NOTIFY_BASE + index.
        private const val NOTIFY_BASE = 1000

        private fun remindIntent(context: Context): Intent =
            Intent(context, ReminderReceiver::class.java).setAction(ACTION_REMIND)

        /** Cancels the alarms set before (request codes 0 until the count kept), keeps and sets these. */
        fun replace(context: Context, times: LongArray, titles: Array<String>, bodies: Array<String>) {
            val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
            // Rust hears of it (an exception), rather than a false success.
            val alarms = context.getSystemService(AlarmManager::class.java)
                ?: throw IllegalStateException("no AlarmManager")
            for (i in 0 until prefs.getInt("count", 0)) {
                val flags = PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_NO_CREATE
                val pending = PendingIntent.getBroadcast(context, i, remindIntent(context), flags)
                if (pending != null) {
                    alarms.cancel(pending)
                    pending.cancel()
                }
            }
            val count = minOf(times.size, titles.size, bodies.size)
            val edit = prefs.edit().clear().putInt("count", count)
            for (i in 0 until count) {
                edit.putLong("at$i", times[i]).putString("title$i", titles[i]).putString("body$i", bodies[i])
            }
            edit.commit()
            setAlarms(context)
        }

        /** Sets an alarm for each kept reminder still ahead (inexact: setAndAllowWhileIdle). */
        private fun setAlarms(context: Context) {
            val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
            val alarms = context.getSystemService(AlarmManager::class.java) ?: return
            val now = System.currentTimeMillis()
            for (i in 0 until prefs.getInt("count", 0)) {
                val at = prefs.getLong("at$i", 0L)
                if (at <= now) continue
                val intent = remindIntent(context)
                    .putExtra(EXTRA_TITLE, prefs.getString("title$i", "") ?: "")
                    .putExtra(EXTRA_BODY, prefs.getString("body$i", "") ?: "")
                    .putExtra(EXTRA_INDEX, i)
                val flags = PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT
                val pending = PendingIntent.getBroadcast(context, i, intent, flags) ?: continue
                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
            }
        }

        private fun show(context: Context, intent: Intent) {
            val title = intent.getStringExtra(EXTRA_TITLE) ?: return
            val body = intent.getStringExtra(EXTRA_BODY) ?: return
            val index = intent.getIntExtra(EXTRA_INDEX, 0)
            val manager = context.getSystemService(NotificationManager::class.java) ?: return
            val builder = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
                manager.createNotificationChannel(
                    NotificationChannel(CHANNEL, title, NotificationManager.IMPORTANCE_DEFAULT),
                )
                Notification.Builder(context, CHANNEL)
            } else {
                Notification.Builder(context)
            }
            builder.setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(title)
                .setContentText(body)
                .setAutoCancel(true)
            // Tapping it opens the app (its launcher entry of the moment).
            val open = context.packageManager.getLaunchIntentForPackage(context.packageName)
            if (open != null) {
                builder.setContentIntent(PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE))
            }
            // Without POST_NOTIFICATIONS (Android 13+), Android drops it.
            manager.notify(NOTIFY_BASE + index, builder.build())
        }
    }
}
