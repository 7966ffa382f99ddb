// Plateau's only entry point: the workbench window, or a headless command (`plateau run ...`).
// A command never creates a QApplication, so it runs on machines without a display.

#include "cli/cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifdef PLATEAU_WITH_GUI
#include "ui/workbench.h"

#include <QApplication>
#endif

#include <cstdio>

namespace {

// Plateau's own catalogue (embedded by qt_add_translations) and Qt's, for the user's locale; the commands
// speak the user's language too. What scripts read stays English whatever the locale: the verdict line
// (PASS, FAIL, exit N), JSON paths, and every file of a run folder.
struct Translators
{
    QTranslator qt, app;
    void install()
    {
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (app.load(QLocale(), QStringLiteral("plateau"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&app);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Plateau"));
    QCoreApplication::setApplicationName(QStringLiteral("plateau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLATEAU_VERSION));

    Translators translators;
    if (plateau::isCliCommand(args)) {
        QCoreApplication app(argc, argv);
        translators.install();
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
    translators.install();
    return plateau::runWorkbench(app, args);
#else
    std::fputs("plateau: built without the workbench; see `plateau --help`\n", stderr);
    return 2;
#endif
}
