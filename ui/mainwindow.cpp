#include "ui/mainwindow.h"

#include "core/auth/authrefio.h"
#include "core/auth/engineauthsource.h"
#include "core/secrets/sessionfallbacksecretstore.h"
#include "ui/chartpanel.h"
#include "ui/credentialsdialog.h"
#include "ui/format.h"
#include "ui/historypanel.h"
#include "ui/metricdefs.h"
#include "ui/mockcontrol.h"
#include "ui/planeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/runcontroller.h"
#include "ui/runpanel.h"
#include "ui/runprogressmodel.h"
#include "ui/settingsdialog.h"
#include "ui/targetseditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace plateau {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("PlateauMainWindow"));
    setAcceptDrops(true);
    m_settings = UiSettings::load();
    m_mock = new MockControl(this);
    buildPages();
    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();

    m_run = new RunController(m_charts, m_results->model(), m_runPanel, m_log, this);
    connect(m_run, &RunController::runningChanged, this, [this](bool running) {
        updateRunActions();
        updateRunStatus();
        m_history->setBusy(running);
        m_history->setLiveRunDir(running ? m_run->runDir() : QString());
    });
    connect(m_run, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_runPanel->progressModel(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateRunStatus);
    connect(m_planEditor, &PlanEditor::edited, this, [this] { setModified(true); });
    connect(m_mock, &MockControl::stateChanged, this, &MainWindow::onMockState);
    connect(m_history, &HistoryPanel::openRequested, this, [this](const QStringList &dirs) {
        QString error;
        if (!showRuns(dirs, &error))
            inform(tr("Cannot open the run"), error);
    });

    setUiSettings(m_settings);
    refreshAuthRefNames();
    resize(1360, 880);
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
    setPlan(TestPlan{});
    updateRunActions();
    onMockState(false, QString());
}

MainWindow::~MainWindow()
{
    // The controller and the mock report to the widgets: stop them while those still exist.
    m_mock->disconnect(this);
    delete m_run;
    m_run = nullptr;
    m_mock->stop();
}

void MainWindow::buildPages()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);

    m_planEditor = new PlanEditor(m_pages);
    m_pages->addTab(m_planEditor, tr("Plan"));

    // Run page: progress on top, the charts in the middle, the log at the bottom.
    auto *runPage = new QSplitter(Qt::Vertical, m_pages);
    m_runPanel = new RunPanel(runPage);
    m_charts = new ChartPanel(runPage);
    m_log = new LogPane(runPage);
    runPage->addWidget(m_runPanel);
    runPage->addWidget(m_charts);
    runPage->addWidget(m_log);
    runPage->setStretchFactor(0, 1);
    runPage->setStretchFactor(1, 5);
    runPage->setStretchFactor(2, 1);
    runPage->setSizes({150, 560, 110});
    runPage->setChildrenCollapsible(false);
    m_pages->addTab(runPage, tr("Run"));

    m_results = new ResultsPanel(m_pages);
    m_pages->addTab(m_results, tr("Results"));
    m_history = new HistoryPanel(m_pages);
    m_pages->addTab(m_history, tr("History"));
    setCentralWidget(m_pages);
}

void MainWindow::buildActions()
{
    QStyle *s = style();
    m_newAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("New plan (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPlan);

    m_openAction = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a plan (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                          tr("Plateau plans (*.plateau.json *.json)"));
        if (!path.isEmpty())
            loadFile(path);
    });

    m_saveAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(tr("Save the plan (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_demoAction = new QAction(tr("Open &Demo Plan"), this);
    m_demoAction->setToolTip(tr("A short ramp against the built-in mock agent"));
    connect(m_demoAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            openDemo();
    });

    m_credentialsAction = new QAction(tr("&Credentials…"), this);
    m_credentialsAction->setToolTip(
        tr("Auth references for the targets' Auth column, their secrets in the keychain"));
    connect(m_credentialsAction, &QAction::triggered, this, &MainWindow::openCredentials);

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_startAction->setToolTip(tr("Start the run (F5)"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startRun);

    m_stopAction = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("S&top"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setToolTip(tr("Stop the run, keeping the results so far (Shift+F5)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopRun);

    m_mockAction = new QAction(s->standardIcon(QStyle::SP_ComputerIcon), tr("&Mock Agent"), this);
    m_mockAction->setCheckable(true);
    m_mockAction->setToolTip(tr("Start or stop the built-in mock agent on 127.0.0.1"));
    connect(m_mockAction, &QAction::toggled, this, [this](bool on) {
        if (on == m_mock->isRunning())
            return;
        if (on) {
            QString error;
            if (!startMock(&error))
                inform(tr("Mock agent"), tr("The mock agent cannot start: %1").arg(error));
        } else {
            stopMock();
        }
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    buildExportMenu(file);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_startAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_mockAction);
    run->addAction(m_credentialsAction);
    run->addSeparator();
    run->addAction(tr("Copy Results as &TSV"), this, [this] { m_results->copyTsv(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Plan"), tr("&Run"), tr("R&esults"), tr("&History")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Metric Definitions"), this, &MainWindow::showDefinitions);
    help->addAction(tr("&About Plateau"), this, [this] {
        QMessageBox::about(this, tr("About Plateau"),
                           tr("<b>Plateau</b> %1<br>Load-test workbench for streaming AI-agent endpoints: "
                              "ramp to saturation, live charts, saturation verdict.")
                               .arg(QStringLiteral(PLATEAU_VERSION)));
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    bar->addAction(m_mockAction);
    m_mockLabel = new QLabel(bar);
    m_mockLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mockLabel->setContentsMargins(4, 0, 8, 0);
    bar->addWidget(m_mockLabel);
}

void MainWindow::buildStatusBar()
{
    m_runLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_runLabel);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::setUiSettings(const UiSettings &settings)
{
    m_settings = settings;
    m_settings.save();
    m_charts->setRefreshRate(m_settings.chartRefreshHz);
    m_charts->setUseOpenGL(m_settings.openGlCharts);
    m_runsDir = m_settings.effectiveRunsDir();
    m_history->setRunsDir(m_runsDir);
}

void MainWindow::setAuthResolver(
    std::function<std::shared_ptr<AuthHeaderSource>(const QString &, QString *)> resolver)
{
    m_authResolver = std::move(resolver);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        setUiSettings(dialog.settings());
}

SecretStore *MainWindow::secretStore()
{
    if (!m_secrets)
        m_secrets = new SessionFallbackSecretStore(this);
    return m_secrets;
}

void MainWindow::openCredentials()
{
    CredentialsDialog dialog(defaultAuthRefsPath(), secretStore(), this);
    connect(&dialog, &CredentialsDialog::saved, this, &MainWindow::refreshAuthRefNames);
    dialog.exec();
}

void MainWindow::refreshAuthRefNames()
{
    m_planEditor->targetsEditor()->setAuthRefNames(CredentialsDialog::referenceNames(defaultAuthRefsPath()));
}

void MainWindow::showDefinitions()
{
    QStringList lines;
    std::size_t count = 0;
    const MetricDefinition *defs = metricDefinitions(&count);
    for (std::size_t i = 0; i < count; ++i)
        lines.append(metricTooltip(defs[i].id));
    inform(tr("Metric definitions"), lines.join(QStringLiteral("\n\n")));
}

void MainWindow::updateRunActions()
{
    const bool running = isRunning();
    m_startAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    m_newAction->setEnabled(true);
}

void MainWindow::updateRunStatus()
{
    if (!isRunning()) {
        m_runLabel->setText(tr("Idle"));
        return;
    }
    m_runLabel->setText(
        tr("Running — about %1 left").arg(formatDuration(m_runPanel->progressModel()->remainingSeconds())));
}

QMessageBox::StandardButton MainWindow::ask(const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons)
{
    if (m_ask)
        return m_ask(title, text, buttons);
    return QMessageBox::question(this, title, text, buttons);
}

void MainWindow::inform(const QString &title, const QString &text)
{
    statusBar()->showMessage(title, 8000);
    if (m_inform)
        m_inform(title, text);
    else
        QMessageBox::information(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        if (ask(tr("Run in progress"),
                tr("A run is in progress. Stop it and quit? The results so far are kept."),
                QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        stopRun();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_mock->stop();
    event->accept();
}

} // namespace plateau
