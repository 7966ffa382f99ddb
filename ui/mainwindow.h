#pragma once
// The workbench window: plan editor, run progress with live charts and log, results, run history.
// File handling (New/Open/Save/recent/drag-and-drop) lives in mainwindow_document.cpp, running and the
// mock agent in mainwindow_run.cpp.

#include "core/engine/loadengine.h"
#include "core/plan/testplan.h"
#include "ui/uisettings.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace plateau {

class ChartPanel;
class SecretStore;
class HistoryPanel;
class LogPane;
class MockControl;
class PlanEditor;
class ResultsPanel;
class RunController;
class RunPanel;
struct RunOutcome;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        PlanPage,
        RunPage,
        ResultsPage,
        HistoryPage
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Document. newPlan/openFile ask about unsaved changes first; every save goes through saveTo().
    void newPlan();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void openDemo(); // starts the mock agent and loads the demo plan pointing at it
    void setPlan(const TestPlan &plan, const QString &path = QString()); // no question asked
    TestPlan plan() const;
    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    bool maybeSave(); // false: the user cancelled

    // Run.
    bool startRun();
    void stopRun();
    bool isRunning() const;
    // Opens past runs into the charts and the results table: one shows it, several are compared.
    bool showRuns(const QStringList &dirs, QString *error = nullptr);
    // File > Export (mainwindow_export.cpp): the run(s) shown now as an HTML report or JSON, the results
    // table as CSV, the charts as PNG.
    bool exportReport(const QString &path, QString *error = nullptr);
    bool exportResultsCsv(const QString &path, QString *error = nullptr);
    bool exportRunJson(const QString &path, QString *error = nullptr);
    bool exportChartPng(const QString &path, QString *error = nullptr);
    QStringList shownRunDirs() const { return m_shownRunDirs; }

    // Built-in mock agent.
    bool startMock(QString *error = nullptr);
    void stopMock();
    MockControl *mock() const { return m_mock; }

    const UiSettings &uiSettings() const { return m_settings; }
    void setUiSettings(const UiSettings &settings); // applies and stores them
    // The folder runs are written to and History lists (UiSettings::effectiveRunsDir, resolved when the
    // settings are applied).
    QString runsDir() const { return m_runsDir; }
    // Resolves target auth references for the engine. By default: the references of authrefs.json
    // (Run > Credentials…) with their secrets from the keychain, or this session's memory without one.
    void
    setAuthResolver(std::function<std::shared_ptr<AuthHeaderSource>(const QString &, QString *)> resolver);

    // Questions (unsaved changes, stop the run?) and error reports go through these hooks, so tests can
    // answer them; by default they are message boxes.
    using AskHook = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                              QMessageBox::StandardButtons buttons)>;
    using InformHook = std::function<void(const QString &title, const QString &text)>;
    void setAskHook(AskHook hook) { m_ask = std::move(hook); }
    void setInformHook(InformHook hook) { m_inform = std::move(hook); }

    PlanEditor *planEditor() const { return m_planEditor; }
    ChartPanel *chartPanel() const { return m_charts; }
    ResultsPanel *resultsPanel() const { return m_results; }
    RunPanel *runPanel() const { return m_runPanel; }
    LogPane *logPane() const { return m_log; }
    HistoryPanel *historyPanel() const { return m_history; }
    RunController *runController() const { return m_run; }
    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *mockAction() const { return m_mockAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool loadFile(const QString &path); // openFile without the unsaved-changes question
    void buildPages();
    void buildActions();
    void buildMenus();
    void buildExportMenu(QMenu *file);
    bool hasRunToExport(QString *error) const; // false with the reason when nothing is shown
    void buildToolBar();
    void buildStatusBar();
    void setModified(bool modified);
    void updateTitle();
    void updateRunActions();
    void updateRunStatus();
    void fillRecentMenu();
    void openSettings();
    void openCredentials();
    void refreshAuthRefNames();
    SecretStore *secretStore(); // created on first use: no keychain job before auth is needed
    void showDefinitions();
    void onRunFinished(const RunOutcome &outcome);
    void onMockState(bool running, const QString &url);
    // The plan's environment guard, asked before the run: a target that reports no test environment is
    // named, and loaded only when the user confirms (then options.allowNonTest). False: do not start.
    bool confirmEnvironments(const TestPlan &plan, EngineOptions &options);
    QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons);
    void inform(const QString &title, const QString &text);
    void exportKubernetesBundle();

    QStringList m_shownRunDirs; // the run folders behind the charts and results now
    PlanEditor *m_planEditor = nullptr;
    ChartPanel *m_charts = nullptr;
    ResultsPanel *m_results = nullptr;
    RunPanel *m_runPanel = nullptr;
    LogPane *m_log = nullptr;
    HistoryPanel *m_history = nullptr;
    RunController *m_run = nullptr;
    MockControl *m_mock = nullptr;
    QTabWidget *m_pages = nullptr;

    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveAction = nullptr,
            *m_saveAsAction = nullptr;
    QAction *m_demoAction = nullptr, *m_settingsAction = nullptr, *m_quitAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_startAction = nullptr, *m_stopAction = nullptr, *m_mockAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_mockLabel = nullptr;
    QLabel *m_runLabel = nullptr;

    UiSettings m_settings;
    QString m_runsDir;
    SecretStore *m_secrets = nullptr;
    std::function<std::shared_ptr<AuthHeaderSource>(const QString &, QString *)> m_authResolver;
    AskHook m_ask;
    InformHook m_inform;
    QString m_path;
    bool m_modified = false;
};

} // namespace plateau
