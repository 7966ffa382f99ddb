// MainWindow: the plan document (new, open, save, recent files, drag and drop, the demo plan).
#include "core/plan/planio.h"
#include "ui/issuetext.h"
#include "ui/mainwindow.h"
#include "ui/mockcontrol.h"
#include "ui/planeditor.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace plateau {

namespace {

const QString kSuffix = QStringLiteral(".plateau.json");

bool isPlanFile(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

// A fresh plan: the demo's request, prompts and a short ramp, one empty target to fill in.
TestPlan untitledPlan()
{
    TestPlan p = demoPlan(QStringLiteral("http://127.0.0.1:8000"));
    p.name = QStringLiteral("untitled");
    p.targets.clear();
    Target t;
    t.label = QStringLiteral("target");
    p.targets.push_back(t);
    return p;
}

} // namespace

void MainWindow::setPlan(const TestPlan &plan, const QString &path)
{
    m_planEditor->setPlan(plan);
    m_path = path;
    setModified(false);
}

TestPlan MainWindow::plan() const
{
    return m_planEditor->plan();
}

void MainWindow::setModified(bool modified)
{
    m_modified = modified;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? (plan().name.isEmpty() ? tr("untitled") : plan().name)
                                          : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — Plateau").arg(name));
    setWindowModified(m_modified);
}

bool MainWindow::maybeSave()
{
    if (!m_modified)
        return true;
    const auto answer = ask(tr("Unsaved changes"), tr("The plan has unsaved changes. Save them?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    setPlan(untitledPlan());
    showPage(PlanPage);
    statusBar()->showMessage(tr("New plan: add the URLs of the apps to test."), 5000);
}

bool MainWindow::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool MainWindow::loadFile(const QString &path)
{
    const PlanLoadResult result = loadPlanFile(path);
    if (!result.plan) {
        QStringList lines;
        for (const PlanIssue &i : result.issues)
            lines << issueText(i);
        removeRecentFile(QFileInfo(path).absoluteFilePath());
        inform(tr("Cannot open the plan"), tr("%1 cannot be read:\n%2").arg(path, lines.join(u'\n')));
        return false;
    }
    // Readable, but perhaps with fields that could not be taken (unknown, wrong type): those stand as
    // problems in the editor, so the plan does not run with defaults in their place.
    m_planEditor->setPlan(*result.plan, result.issues);
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(false);
    addRecentFile(path);
    showPage(PlanPage);
    if (!result.issues.empty()) {
        QStringList lines;
        for (const PlanIssue &i : result.issues)
            lines << issueText(i);
        inform(tr("Plan opened with problems"),
               tr("%1 could not be read as it is written:\n%2\n\nThe plan cannot run until the file is fixed "
                  "and opened again, or the plan is saved from here, which writes it as shown, without these "
                  "parts.")
                   .arg(path, lines.join(u'\n')));
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    }
    return true;
}

bool MainWindow::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool MainWindow::saveAs()
{
    QString suggested = m_path;
    if (suggested.isEmpty())
        suggested = (plan().name.isEmpty() ? tr("untitled") : plan().name) + kSuffix;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save plan"), suggested, tr("Plateau plans (*.plateau.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += kSuffix;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!savePlanFile(plan(), path, &error)) {
        inform(tr("Cannot save the plan"), error);
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    addRecentFile(m_path);
    setModified(false);
    // The file now holds the plan as the workbench understood it: what it could not read is gone.
    QStringList dropped;
    for (const PlanIssue &i : m_planEditor->loadIssues()) {
        if (!i.path.isEmpty() && !dropped.contains(i.path))
            dropped << i.path;
    }
    m_planEditor->clearLoadIssues();
    if (dropped.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(m_path), 5000);
    } else {
        constexpr int kShown = 5;
        QString fields = dropped.mid(0, kShown).join(QStringLiteral(", "));
        if (dropped.size() > kShown)
            fields += QStringLiteral(", …");
        statusBar()->showMessage(
            tr("Saved %1 as the workbench shows it, without what it could not read (%2).")
                .arg(m_path, fields),
            15000);
    }
    return true;
}

void MainWindow::openDemo()
{
    QString error;
    if (!startMock(&error)) {
        inform(tr("Demo plan"), tr("The mock agent cannot start: %1").arg(error));
        return;
    }
    TestPlan demo = demoPlan(m_mock->baseUrl());
    setPlan(demo);
    showPage(PlanPage);
    statusBar()->showMessage(
        tr("Demo plan against the built-in mock agent at %1: press F5 to run it.").arg(m_mock->baseUrl()));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &f : files) {
        m_recentMenu->addAction(QFileInfo(f).fileName() + QStringLiteral("  —  ") +
                                    QFileInfo(f).absolutePath(),
                                this, [this, f] { openFile(f); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && isPlanFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !isPlanFile(urls.first()))
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

} // namespace plateau
