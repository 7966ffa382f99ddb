// Plateau's only entry point: the workbench window, or a headless command (`plateau run ...`).
// A command never creates a QApplication, so it runs on machines without a display.

#include "cli/cli.h"

#include <QCoreApplication>

#ifdef PLATEAU_WITH_GUI
#include "ui/workbench.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#endif

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Plateau"));
    QCoreApplication::setApplicationName(QStringLiteral("plateau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLATEAU_VERSION));

    if (plateau::isCliCommand(args)) {
        QCoreApplication app(argc, argv);
        return plateau::runCli(args);
    }
#ifdef PLATEAU_WITH_GUI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs(
            "plateau: no display; try `plateau run --demo` for the headless demo, or `plateau --help`\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    // Plateau's own catalogue (embedded by qt_add_translations) and Qt's, for the user's locale.
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("plateau"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);
    return plateau::runWorkbench(app, args);
#else
    std::fputs("plateau: built without the workbench; see `plateau --help`\n", stderr);
    return 2;
#endif
}
