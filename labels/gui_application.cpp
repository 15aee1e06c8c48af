// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/gui_application.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdlib>

namespace prep::labels {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    const auto unset = [](const char* name) {
        const char* v = std::getenv(name);
        return !v || !*v;
    };
    if (unset("DISPLAY") && unset("WAYLAND_DISPLAY") && unset("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Lives until the process ends: Qt keeps pointers to argc/argv, and the font database must outlive every label.
    static int argc = 1;
    static char name[] = "prep-labels";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
}

bool guiApplicationReady()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

} // namespace prep::labels
