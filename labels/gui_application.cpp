// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/gui_application.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace prep::labels {

namespace {

bool unset(const char* name)
{
    const char* v = std::getenv(name);
    return !v || !*v;
}

// Qt warns on stderr when XDG_RUNTIME_DIR is unset, as it is under cron and systemd services, and a successful
// prepctl command must print nothing there. Give it the directory the XDG base directory specification asks for:
// per user, owned by the user, mode 0700, not a symlink. Kept in the temporary directory under a fixed name so
// that runs reuse it instead of leaving one each. When that path is not ours, the variable stays unset and Qt
// reports the problem itself.
void ensureRuntimeDirectoryImpl()
{
    if (!unset("XDG_RUNTIME_DIR"))
        return;
    std::error_code ec;
    const auto tmp = std::filesystem::temp_directory_path(ec);
    if (ec)
        return;
    const uid_t uid = ::geteuid();
    const std::string dir = (tmp / ("prepstation-runtime-" + std::to_string(uid))).string();
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat st = {};
    if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != uid)
        return;
    // Our own directory with other permissions (a restrictive umask at creation): owners may fix their own.
    if ((st.st_mode & 07777) != 0700 && ::chmod(dir.c_str(), 0700) != 0)
        return;
    ::setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
}

} // namespace

void prepareRuntimeDirectory()
{
    ensureRuntimeDirectoryImpl();
}

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (unset("DISPLAY") && unset("WAYLAND_DISPLAY") && unset("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ensureRuntimeDirectoryImpl();
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
