// SPDX-License-Identifier: GPL-3.0-or-later
// Painting text needs a QGuiApplication (fonts). prepctl and the tests are headless, so the labels layer creates
// one on demand, on the offscreen platform when there is no display.
#pragma once

namespace prep::labels {

// Creates the QGuiApplication if none exists (QT_QPA_PLATFORM=offscreen when DISPLAY and WAYLAND_DISPLAY are
// unset and no platform was chosen; a private XDG_RUNTIME_DIR in the temporary directory when none is set, as
// under cron or systemd). Safe to call repeatedly, from the thread that will paint.
void ensureGuiApplication();

// The private XDG_RUNTIME_DIR alone, for a program that creates its own Q(Gui)Application (the station's GUI).
void prepareRuntimeDirectory();

// False when the process already runs a plain QCoreApplication, which cannot paint text.
bool guiApplicationReady();

} // namespace prep::labels
