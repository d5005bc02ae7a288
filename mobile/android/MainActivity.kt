// Parcours's main activity, used verbatim by the Dioxus CLI (see
// ../Dioxus.toml, `android_main_activity`). Based on dioxus-cli 0.7.9's
// template (`class MainActivity : WryActivity()`), plus FLAG_SECURE: the
// app switcher shows a blank card instead of the person's screen (a plan,
// an appointment, a message), and screenshots and screen recording of the
// app are refused. Checked by mobile/tests/platform_files.rs; its effect can
// only be seen on a phone.
package dev.dioxus.main

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
}
