// Parcours's main activity, used verbatim by the Dioxus CLI (see
// ../Dioxus.toml, `android_main_activity`). Based on dioxus-cli 0.7.9's
// template (`class MainActivity : WryActivity()`), plus FLAG_SECURE: the
// app switcher shows a blank card instead of the person's screen (a plan,
// an appointment, a message), and screenshots and screen recording of the
// app are refused. And setDiscreetLauncher: discreet mode's name and icon on
// the home screen (the manifest's two launcher entries, one enabled at a
// time). And reading aloud (speak, stopSpeaking, speechEnded): Android's
// WebView has no speechSynthesis, so the app's one TextToSpeech lives here.
// The Rust side (mobile/android-glue, crate parcours-android) calls these
// through JNI; mobile/tests/platform_files.rs compares their names and
// signatures with the Rust. Their effect can only be seen on a phone: none
// of this has run on one yet.
package dev.dioxus.main

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import android.view.WindowManager
import java.util.Locale

typealias BuildConfig = fr.parcours.app.BuildConfig

class MainActivity : WryActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE,
        )
    }

    override fun onDestroy() {
        super.onDestroy()
        shutdownSpeech()
    }

    companion object {
        // How a reading ended, for speechEnded (parcours-android's
        // SpeechEnd: the same numbers).
        private const val SPEECH_DONE = 0
        private const val SPEECH_STOPPED = 1
        private const val SPEECH_FAILED = 2
        private const val SPEECH_NO_VOICE = 3
        private const val SPEECH_UNAVAILABLE = 4

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
