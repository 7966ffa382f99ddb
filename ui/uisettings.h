#pragma once
// The workbench's own settings (QSettings): runs folder, chart refresh rate, OpenGL charts, recent files.

#include <QString>
#include <QStringList>

namespace plateau {

struct UiSettings
{
    QString runsDir; // where runs are written and listed; default: Documents/Plateau/runs
    double chartRefreshHz = 4;
    bool openGlCharts = false; // OpenGL series are faster with many points but break grab() offscreen

    static UiSettings load();
    void save() const;
    static QString defaultRunsDir();
};

constexpr int kMaxRecentFiles = 8;
QStringList recentFiles();
void addRecentFile(const QString &path); // most recent first, no duplicates, at most kMaxRecentFiles
void removeRecentFile(const QString &path);

// The demo plan is opened once, on the very first launch.
bool isFirstLaunch();
void setFirstLaunchDone();

} // namespace plateau
