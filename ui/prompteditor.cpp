#include "ui/prompteditor.h"

#include "core/plan/promptfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plateau {

PromptEditor::PromptEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *load = new QPushButton(tr("Load from file…"), this);
    load->setToolTip(
        tr("A .txt file (one prompt per line) or .jsonl (a \"prompt\" or \"content\" field, or a "
           "JSON string, per line)"));
    auto *clear = new QPushButton(tr("Clear"), this);
    m_count = new QLabel(this);
    bar->addWidget(load);
    bar->addWidget(clear);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("One prompt per line. Users pick prompts in turn."));
    layout->addWidget(m_text, 1);
    m_issues.add(QStringLiteral("prompts"), m_text);

    auto *hint = new QLabel(tr("Write a line break inside a prompt as \\n and a backslash as \\\\."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    connect(load, &QPushButton::clicked, this, &PromptEditor::chooseFile);
    connect(clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        if (!m_loading)
            emit changed();
    });
    updateCount();
}

void PromptEditor::setPrompts(const QStringList &prompts)
{
    m_loading = true;
    m_base = prompts;
    m_baseText = promptsToEditorText(prompts);
    m_text->setPlainText(m_baseText);
    m_status->hide();
    m_loading = false;
    updateCount();
}

QStringList PromptEditor::prompts() const
{
    const QString text = m_text->toPlainText();
    // A loaded list may hold prompts the editor text cannot give back (blank ones, which validatePlan
    // reports); while the text is untouched the list is returned as loaded.
    return text == m_baseText ? m_base : promptsFromEditorText(text);
}

bool PromptEditor::loadFile(const QString &path)
{
    const PromptLoadResult result = loadPromptFile(path);
    QString status;
    if (!result.prompts.isEmpty()) {
        m_text->setPlainText(promptsToEditorText(result.prompts)); // a user edit: emits changed()
        status = tr("Loaded %n prompt(s) from %1.", nullptr, int(result.prompts.size()))
                     .arg(QFileInfo(path).fileName());
    } else if (result.errors.isEmpty()) {
        status = tr("%1 holds no prompt.").arg(QFileInfo(path).fileName());
    }
    if (!result.errors.isEmpty()) {
        if (!status.isEmpty())
            status += u' ';
        status += tr("Skipped: %1").arg(result.errors.join(QStringLiteral("; ")));
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    return !result.prompts.isEmpty();
}

QString PromptEditor::statusText() const
{
    return m_status->text();
}

void PromptEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues.apply(issues);
}

void PromptEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load prompts"), QString(), tr("Prompt files (*.txt *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PromptEditor::updateCount()
{
    m_count->setText(tr("%n prompt(s)", nullptr, int(prompts().size())));
}

} // namespace plateau
