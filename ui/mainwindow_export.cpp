// File > Export: what the window shows, as files to send to the team (issue "dashboard": exports from the
// GUI as well). The HTML report is the same offline dashboard the run folder holds; CSV is the results
// table; JSON the run summaries; PNG the charts as they are on screen.

#include "core/common/fileio.h"
#include "core/report/csv.h"
#include "core/report/dashboard.h"
#include "core/report/kubernetesbundle.h"
#include "core/report/runloader.h"
#include "core/report/runsummary.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QStatusBar>

namespace plateau {

bool MainWindow::hasRunToExport(QString *error) const
{
    if (!m_shownRunDirs.isEmpty())
        return true;
    if (error)
        *error = tr("No run to export yet: run the plan or open a run from History.");
    return false;
}

void MainWindow::buildExportMenu(QMenu *file)
{
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    struct Entry
    {
        QString text, filter, suffix;
        bool (MainWindow::*write)(const QString &, QString *);
    };
    const Entry entries[] = {
        {tr("HTML &Report…"), tr("HTML report (*.html)"), QStringLiteral(".html"), &MainWindow::exportReport},
        {tr("Results as &CSV…"), tr("CSV (*.csv)"), QStringLiteral(".csv"), &MainWindow::exportResultsCsv},
        {tr("Run Summary as &JSON…"), tr("JSON (*.json)"), QStringLiteral(".json"),
         &MainWindow::exportRunJson},
        {tr("Current Chart as &PNG…"), tr("PNG image (*.png)"), QStringLiteral(".png"),
         &MainWindow::exportChartPng},
    };
    exportMenu->addAction(tr("Plan for &Kubernetes…"), this, &MainWindow::exportKubernetesBundle);
    exportMenu->addSeparator();
    for (const Entry &e : entries) {
        exportMenu->addAction(e.text, this, [this, e] {
            QString path = QFileDialog::getSaveFileName(this, e.text, QString(), e.filter);
            if (path.isEmpty())
                return;
            if (!path.endsWith(e.suffix, Qt::CaseInsensitive))
                path += e.suffix;
            QString error;
            if (!(this->*e.write)(path, &error))
                inform(tr("Export failed"), error);
        });
    }
}

// The plan as an Indexed Job of N shards (core/report/kubernetesbundle.h): the same files as plateau bundle.
void MainWindow::exportKubernetesBundle()
{
    const TestPlan p = plan();
    bool ok = false;
    KubernetesBundleOptions o;
    o.shards = QInputDialog::getInt(this, tr("Plan for Kubernetes"),
                                    tr("Pods that share the load (each runs one shard):"), o.shards, 1,
                                    ShardSlice::kMaxShards, 1, &ok);
    if (!ok)
        return;
    o.image = QInputDialog::getText(
                  this, tr("Plan for Kubernetes"),
                  tr("Container image with Plateau (built from packaging/kubernetes/Containerfile):"),
                  QLineEdit::Normal, o.image, &ok)
                  .trimmed();
    if (!ok)
        return;
    if (const QString why = kubernetesBundleRefusal(p, o); !why.isEmpty()) {
        inform(tr("Export failed"), why);
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Kubernetes bundle"));
    if (dir.isEmpty())
        return;
    QString error;
    if (!writeKubernetesBundle(dir, p, o, &error)) {
        inform(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Kubernetes bundle written to %1: kubectl apply -k %1").arg(QDir::toNativeSeparators(dir)));
}

bool MainWindow::exportReport(const QString &path, QString *error)
{
    if (!hasRunToExport(error))
        return false;
    std::vector<LoadedRun> runs;
    for (const QString &dir : std::as_const(m_shownRunDirs)) {
        LoadedRun run;
        if (!RunLoader::loadAny(dir, &run, error))
            return false;
        runs.push_back(std::move(run));
    }
    return writeDashboardFile(path, runs, error);
}

bool MainWindow::exportResultsCsv(const QString &path, QString *error)
{
    const ResultsModel *model = m_results->model();
    if (model->rowCount() == 0) {
        if (error)
            *error = tr("The results table is empty.");
        return false;
    }
    // The table as the user sees it (the TSV of "Copy as TSV"), re-quoted as RFC 4180 CSV.
    QByteArray out;
    const QStringList lines = model->toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            const QByteArray cell = cells[i].toUtf8();
            csv::appendField(out, cell.constData(), cell.size());
        }
        out += '\n';
    }
    return fileio::writeAtomic(path, out, error);
}

bool MainWindow::exportRunJson(const QString &path, QString *error)
{
    if (!hasRunToExport(error))
        return false;
    QByteArray out;
    if (m_shownRunDirs.size() > 1)
        out += "[\n";
    for (qsizetype i = 0; i < m_shownRunDirs.size(); ++i) {
        LoadedRun run;
        if (!RunLoader::loadAny(m_shownRunDirs[i], &run, error))
            return false;
        if (i > 0)
            out += ",\n";
        out += runSummaryToJson(run.summary);
    }
    if (m_shownRunDirs.size() > 1)
        out += "\n]\n";
    return fileio::writeAtomic(path, out, error);
}

bool MainWindow::exportChartPng(const QString &path, QString *error)
{
    const QPixmap pixmap = m_charts->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace plateau
