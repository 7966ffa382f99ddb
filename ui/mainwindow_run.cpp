// MainWindow: starting and stopping runs, the mock agent, and opening past runs into the charts.
#include "core/auth/authrefio.h"
#include "core/auth/authresolver.h"
#include "core/engine/environmentcheck.h"
#include "core/plan/planio.h"
#include "core/plan/promptresolve.h"
#include "core/report/runloader.h"
#include "ui/chartpanel.h"
#include "ui/format.h"
#include "ui/historypanel.h"
#include "ui/issuetext.h"
#include "ui/kpistrip.h"
#include "ui/mainwindow.h"
#include "ui/mockcontrol.h"
#include "ui/planeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/runcontroller.h"
#include "ui/runpanel.h"
#include "ui/runprogressmodel.h"
#include "ui/targetstatus.h"
#include "ui/targettablemodel.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QUrl>
#include <algorithm>

namespace plateau {

bool MainWindow::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool MainWindow::startRun()
{
    if (isRunning())
        return false;
    TestPlan p = plan();
    // What the file held and could not be read counts too: the plan would run with defaults in its place.
    std::vector<PlanIssue> issues = m_planEditor->loadIssues();
    const std::vector<PlanIssue> semantic = validatePlan(p);
    issues.insert(issues.end(), semantic.begin(), semantic.end());
    if (!issues.empty()) {
        showPage(PlanPage);
        m_planEditor->showProblems();
        QStringList lines;
        for (const PlanIssue &i : issues)
            lines << issueText(i);
        inform(tr("The plan cannot run yet"),
               tr("Fix these problems first (marked red in the plan):\n%1").arg(lines.join(u'\n')));
        return false;
    }
    // A prompt file is read as `plateau run` reads it, against the plan file's folder; a broken one stops
    // the start before anything is sent.
    QString promptError;
    if (!resolvePrompts(p, m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(), &promptError)) {
        showPage(PlanPage);
        inform(tr("Cannot start the run"), tr("The prompts cannot be read: %1").arg(promptError));
        return false;
    }
    // A plan made for the built-in mock needs it running; start it rather than fail every health check.
    const QString mockUrl = m_mock->lastBaseUrl();
    if (!m_mock->isRunning() && !mockUrl.isEmpty() &&
        std::any_of(p.targets.begin(), p.targets.end(),
                    [&](const Target &t) { return t.enabled && t.url.startsWith(mockUrl); })) {
        QString error;
        if (startMock(&error))
            m_log->append(tr("Started the mock agent the plan points at (%1).").arg(m_mock->baseUrl()));
    }

    EngineOptions options;
    options.authResolver = m_authResolver;
    if (!options.authResolver) {
        // The references the Credentials dialog edits, resolved as `plateau run` resolves them (Databricks'
        // environment applied, the reference validated), with secrets from this window's store.
        AuthResolverConfig auth;
        auth.store = secretStore();
        auth.missingHint = tr("add it in Run > Credentials…");
        options.authResolver = makeAuthResolver(auth);
    }
    if (!confirmEnvironments(p, options))
        return false;
    QDir().mkpath(m_runsDir);
    QString error;
    if (!m_run->start(p, options, m_runsDir, &error)) {
        inform(tr("Cannot start the run"), error);
        return false;
    }
    showPage(RunPage);
    statusBar()->showMessage(tr("Run started."), 3000);
    return true;
}

bool MainWindow::confirmEnvironments(const TestPlan &p, EngineOptions &options)
{
    if (!p.guard.enabled)
        return true;
    QStringList notTest;
    EnvironmentCheck check;
    check.setTls(transportOptionsFor(p));
    statusBar()->showMessage(tr("Checking that the targets are test environments…"));
    for (const Target &t : p.targets) {
        if (!t.enabled)
            continue;
        EnvironmentFinding finding;
        QEventLoop loop;
        // The answer comes from the event loop, within the health check's timeout, whatever the server does.
        check.start(t, p.guard, p.health.timeoutS, [&](const EnvironmentFinding &f) {
            finding = f;
            loop.quit();
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!finding.matches)
            notTest << tr("%1 on %2: %3").arg(t.label, QUrl(t.url).host(), finding.sentence(p.guard));
    }
    statusBar()->clearMessage();
    if (notTest.isEmpty())
        return true;
    const QMessageBox::StandardButton answer =
        ask(tr("Not a test environment"),
            tr("The environment guard found no test environment here:\n%1\n\nLoad these hosts anyway? "
               "Cancel starts nothing.")
                .arg(notTest.join(u'\n')),
            QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    options.allowNonTest = true;
    m_log->append(tr("Loading hosts that are not test environments, as confirmed: %1")
                      .arg(notTest.join(QStringLiteral("; "))));
    return true;
}

void MainWindow::stopRun()
{
    m_run->stop();
}

void MainWindow::onRunFinished(const RunOutcome &outcome)
{
    if (!outcome.runDir.isEmpty())
        m_shownRunDirs = QStringList{outcome.runDir};
    m_history->refresh();
    const int best = m_results->model()->bestRow();
    QString text;
    if (!outcome.error.isEmpty())
        text = tr("Run failed: %1").arg(outcome.error);
    else if (best >= 0) {
        const ResultRow &r = m_results->model()->rows()[std::size_t(best)];
        text = tr("Run %1. Best: %2, peak %3 QPS ok at %4 users.")
                   .arg(outcome.stoppedByUser ? tr("stopped") : tr("finished"), r.label,
                        formatMetric(r.verdict.peakQpsOk))
                   .arg(r.verdict.usersAtPeak);
    } else {
        text = outcome.stoppedByUser ? tr("Run stopped.") : tr("Run finished without results.");
    }
    if (const int failed = failedThresholdCount(outcome); failed > 0 && outcome.error.isEmpty())
        text +=
            u' ' + tr("%1 of %2 thresholds failed (see Results).").arg(failed).arg(thresholdCount(outcome));
    statusBar()->showMessage(text);
}

bool MainWindow::startMock(QString *error)
{
    const QString before = m_mock->lastBaseUrl();
    if (!m_mock->start(plan().mock, error))
        return false;
    const QString now = m_mock->baseUrl();
    // The mock came back on another port: targets that pointed at the old one follow it.
    if (!before.isEmpty() && before != now) {
        TargetTableModel *model = m_planEditor->targetModel();
        int moved = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString url = model->targets()[std::size_t(row)].url;
            if (url.startsWith(before)) {
                model->setData(model->index(row, TargetTableModel::UrlColumn),
                               QString(now + url.mid(before.size())));
                ++moved;
            }
        }
        if (moved > 0)
            m_log->append(tr("The mock agent moved to %1; %n target(s) updated.", nullptr, moved).arg(now));
    }
    return true;
}

void MainWindow::stopMock()
{
    m_mock->stop();
}

void MainWindow::onMockState(bool running, const QString &url)
{
    const QSignalBlocker block(m_mockAction);
    m_mockAction->setChecked(running);
    if (running) {
        m_mockLabel->setText(tr("on %1").arg(url));
        m_mockLabel->setToolTip(tr("The built-in mock agent streams at %1/invocations").arg(url));
    } else {
        m_mockLabel->setText(tr("off"));
        m_mockLabel->setToolTip(QString());
    }
}

bool MainWindow::showRuns(const QStringList &dirs, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A run is in progress; open past runs when it has finished.");
        return false;
    }
    std::vector<LoadedRun> runs;
    for (const QString &dir : dirs) {
        LoadedRun run;
        QString why;
        if (!RunLoader::loadAny(dir, &run, &why)) {
            if (error)
                *error = tr("%1: %2").arg(dir, why);
            return false;
        }
        for (const QString &w : std::as_const(run.warnings))
            m_log->append(tr("%1: %2").arg(run.displayName(), w));
        runs.push_back(std::move(run));
    }
    if (runs.empty())
        return false;
    m_shownRunDirs = dirs;

    const bool compare = runs.size() > 1;
    // The progress table and the generator warning belong to the last live run, not to these.
    m_runPanel->progressModel()->clear();
    m_runPanel->kpiStrip()->clear();
    m_runPanel->clearGeneratorWarning();
    RunSeries &series = m_charts->series();
    series.clear();
    std::vector<ResultRow> rows;
    int maxUsers = 1;
    QStringList names;
    for (const LoadedRun &run : runs) {
        names << run.displayName();
        if (run.plan)
            series.setSaturation(run.plan->saturation);
        // As the run loader does for a run.json without verdict.slo: the run's own SLO, else the default.
        series.setSlo(run.plan ? run.plan->slo : Slo{});
        // The chart's phase boundaries are named after the run's own plan.
        QStringList phaseNames;
        if (run.plan) {
            for (const Phase &ph : run.plan->phases)
                phaseNames << ph.name;
        }
        series.setPhaseNames(phaseNames);
        for (const LoadedTarget &t : run.targets) {
            const QString label =
                compare ? run.displayName() + QStringLiteral(" / ") + t.summary.label : t.summary.label;
            const int track = series.addTrack(label, t.summary.computeSize);
            series.setTrackData(track, t.steps, t.timeseries, t.summary.verdict);
            for (const StepResult &s : t.steps)
                maxUsers = std::max(maxUsers, s.users);
            ResultRow row = ResultRow::fromSummary(t.summary);
            row.target = -1 - int(rows.size()); // loaded rows never collide with a live target index
            if (compare)
                row.run = run.displayName();
            if (!row.verdict.hasData)
                row.verdict = series.tracks()[std::size_t(track)].verdict;
            rows.push_back(row);
        }
    }
    m_results->model()->setRows(std::move(rows));
    m_charts->setUsersRange(maxUsers);
    m_charts->setTitle(compare ? tr("Comparing: %1").arg(names.join(QStringLiteral(", ")))
                               : tr("Run: %1").arg(names.first()));
    m_charts->rebuild();
    showPage(RunPage);
    statusBar()->showMessage(compare ? tr("Comparing %n run(s).", nullptr, int(runs.size()))
                                     : tr("Showing run %1.").arg(names.first()),
                             5000);
    return true;
}

} // namespace plateau
