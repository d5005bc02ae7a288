// Parcours's main activity, used verbatim by the Dioxus CLI (see
// ../Dioxus.toml, `android_main_activity`). Based on dioxus-cli 0.7.9's
// template (`class MainActivity : WryActivity()`), plus FLAG_SECURE: the
// app switcher shows a blank card instead of the person's screen (a plan,
// an appointment, a message), and screenshots and screen recording of the
// app are refused. And setDiscreetLauncher: discreet mode's name and icon on
// the home screen (the manifest's two launcher entries, one enabled at a
// time). Checked by mobile/tests/platform_files.rs; their effect can only be
// seen on a phone.
package dev.dioxus.main

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import android.os.Bundle
import android.view.WindowManager

typealias BuildConfig = fr.parcours.app.BuildConfig

class MainActivity : WryActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE,
        )
    }

    companion object {
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
