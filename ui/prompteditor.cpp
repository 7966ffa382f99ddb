#include "ui/prompteditor.h"

#include "core/plan/promptfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace plateau {

PromptEditor::PromptEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *load = new QPushButton(tr("Load from file…"), this);
    load->setToolTip(
        tr("A .txt file (one prompt per line), .jsonl (a \"prompt\" or \"content\" field, or a "
           "JSON string, per line) or .csv (a header row and a prompt, content, text, question or input "
           "column)"));
    auto *clear = new QPushButton(tr("Clear"), this);
    m_reference = new QCheckBox(tr("Keep as a file reference"), this);
    m_reference->setObjectName(QStringLiteral("promptReference"));
    m_reference->setToolTip(tr("Save only the file's path in the plan and read its prompts when the run "
                               "starts, instead of copying them into the plan"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("promptOrder"));
    m_order->addItem(tr("Random order"), int(PromptOrder::Random));
    m_order->addItem(tr("In order"), int(PromptOrder::Sequential));
    m_order->setToolTip(tr("Random: each request picks a prompt. In order: the prompts in turn, round robin "
                           "across all users of a target"));
    m_count = new QLabel(this);
    bar->addWidget(load);
    bar->addWidget(clear);
    bar->addWidget(m_reference);
    bar->addWidget(m_order);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("promptFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->hide();
    layout->addWidget(m_file);
    m_issues.add(QStringLiteral("prompt_source.file"), m_file);
    m_issues.add(QStringLiteral("prompt_source.field"), m_file);
    m_issues.add(QStringLiteral("prompt_source.order"), m_order);

    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("One prompt per line. Each request takes one, in the order chosen above."));
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
    connect(m_reference, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_source.file.clear(); // the list is the plan's own again
        m_source.field.clear();
        updateReference();
        if (!m_loading)
            emit changed();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
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

void PromptEditor::setSource(const PromptSource &source)
{
    m_loading = true;
    m_source = source;
    m_reference->setChecked(!source.file.isEmpty());
    m_source = source; // the toggle above clears what it does not keep
    m_order->setCurrentIndex(std::max(0, m_order->findData(int(source.order))));
    m_loading = false;
    updateReference();
}

PromptSource PromptEditor::source() const
{
    PromptSource s = m_source;
    if (!m_reference->isChecked())
        s.file.clear();
    if (s.file.isEmpty())
        s.field.clear();
    s.order = PromptOrder(m_order->currentData().toInt());
    return s;
}

void PromptEditor::updateReference()
{
    const bool referenced = m_reference->isChecked() && !m_source.file.isEmpty();
    m_text->setReadOnly(referenced);
    m_text->setEnabled(!referenced);
    m_file->setVisible(m_reference->isChecked());
    if (!m_reference->isChecked())
        return;
    if (m_source.file.isEmpty()) {
        m_file->setText(
            tr("Choose the file with Load from file…; its prompts are read when the run starts."));
        return;
    }
    m_file->setText(tr("Prompts are read from %1 when the run starts; the list below is not used.")
                        .arg(QDir::toNativeSeparators(m_source.file)));
}

bool PromptEditor::loadFile(const QString &path)
{
    const PromptLoadResult result = loadPromptFile(path);
    QString status;
    if (m_reference->isChecked()) {
        // A reference: the path goes into the plan, the prompts stay in the file. Read it once anyway, so a
        // broken file is seen now rather than at the run's start.
        if (!result.prompts.isEmpty()) {
            m_source.file = path;
            m_source.field.clear();
            updateReference();
            emit changed();
            status = tr("%n prompt(s) in %1.", nullptr, int(result.prompts.size()))
                         .arg(QFileInfo(path).fileName());
        } else if (result.errors.isEmpty()) {
            status = tr("%1 holds no prompt.").arg(QFileInfo(path).fileName());
        }
    } else if (!result.prompts.isEmpty()) {
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
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load prompts"), QString(),
                                     tr("Prompt files (*.txt *.jsonl *.ndjson *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PromptEditor::updateCount()
{
    m_count->setText(tr("%n prompt(s)", nullptr, int(prompts().size())));
}

} // namespace plateau
