#include "ui/workbench.h"

#include "ui/mainwindow.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QFileInfo>

namespace plateau {

int runWorkbench(QApplication &app, const QStringList &args)
{
    // Settings live under the organisation and application names; the app sets them (shared with the
    // CLI), this is only the fallback for an embedder that did not.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Plateau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plateau"));

    MainWindow window;
    openInitialPlan(window, args);
    window.show();
    return app.exec();
}

void openInitialPlan(MainWindow &window, const QStringList &args)
{
    QString file;
    for (const QString &a : args) {
        if (!a.startsWith(u'-') && a.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) &&
            QFileInfo(a).isFile()) {
            file = a;
            break;
        }
    }
    if (!file.isEmpty())
        window.openFile(file);
    else if (isFirstLaunch())
        window.openDemo();
    else
        window.newPlan();
    setFirstLaunchDone();
}

int runWorkbench(int argc, char **argv)
{
    QApplication app(argc, argv);
    return runWorkbench(app, QApplication::arguments());
}

} // namespace plateau
