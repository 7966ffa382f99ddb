#include "ui/workbench.h"

#include "ui/mainwindow.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QFileInfo>

namespace plateau {

int runWorkbench(QApplication &app, const QStringList &args)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Plateau"));
    if (QCoreApplication::applicationName().isEmpty() ||
        QCoreApplication::applicationName() == QFileInfo(QCoreApplication::applicationFilePath()).fileName())
        QCoreApplication::setApplicationName(QStringLiteral("Plateau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plateau"));

    MainWindow window;
    QString file;
    for (const QString &a : args) {
        if (!a.startsWith(u'-') && a.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) &&
            QFileInfo(a).isFile()) {
            file = a;
            break;
        }
    }
    if (!file.isEmpty()) {
        window.openFile(file);
    } else if (isFirstLaunch()) {
        window.openDemo();
    } else {
        window.newPlan();
    }
    setFirstLaunchDone();
    window.show();
    return app.exec();
}

int runWorkbench(int argc, char **argv)
{
    QApplication app(argc, argv);
    return runWorkbench(app, QApplication::arguments());
}

} // namespace plateau
