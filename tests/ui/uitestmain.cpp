// Test entry point for the widget tests: offscreen platform, a QApplication, settings in a temporary folder.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this binary without the test environment, so the platform is chosen here,
    // before QApplication reads it.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Widget tests must never read or write the user's real settings (recent files, first launch).
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Nor their config and data folders (authrefs.json, runs): ~/.qttest instead.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlateauTests"));
    QApplication::setApplicationName(QStringLiteral("plateau-ui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
