#pragma once
// Screenshots of the main states, saved as test artifacts into the build dir's screenshots/ folder.

#include <QApplication>
#include <QDir>
#include <QWidget>

namespace plateau::test {

inline QString saveScreenshot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral(PLATEAU_SCREENSHOT_DIR));
    QApplication::processEvents();
    const QString path = QDir(QStringLiteral(PLATEAU_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    return path;
}

} // namespace plateau::test
