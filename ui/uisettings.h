#pragma once
// The workbench's own settings (QSettings): runs folder, chart refresh rate, OpenGL charts, recent files.

#include <QDir>
#include <QString>
#include <QStringList>

namespace plateau {

struct UiSettings
{
    // The runs folder chosen in Settings; empty = automatic (effectiveRunsDir).
    QString runsDir;
    double chartRefreshHz = 4;
    bool openGlCharts = false; // OpenGL series are faster with many points but break grab() offscreen

    static UiSettings load();
    void save() const;
    // Where runs are written and listed: runsDir when one was chosen, else the rule `plateau run` follows
    // too (core/report/runsdir.h): cwd/runs when it exists, otherwise documentsRunsDir().
    QString effectiveRunsDir(const QString &cwd = QDir::currentPath()) const;
    // Documents/Plateau/runs: the workbench's folder when its working directory holds no runs folder.
    static QString documentsRunsDir();
};

constexpr int kMaxRecentFiles = 8;
QStringList recentFiles();
void addRecentFile(const QString &path); // most recent first, no duplicates, at most kMaxRecentFiles
void removeRecentFile(const QString &path);

// The demo plan is opened once, on the very first launch.
bool isFirstLaunch();
void setFirstLaunchDone();

} // namespace plateau
