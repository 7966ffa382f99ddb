#pragma once
// Prompt list editor: one prompt per line (line breaks inside a prompt written as \n), loaded from .txt,
// .jsonl or .csv files, or a reference to such a file that the run reads when it starts (the plan's
// prompt_source), and the order in which users take the prompts.

#include "core/plan/planio.h"
#include "ui/fieldissues.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace plateau {

class PromptEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PromptEditor(QWidget *parent = nullptr);

    void setPrompts(const QStringList &prompts); // no changed()
    QStringList prompts() const;
    // Replaces the list with the file's prompts; returns false (the list unchanged) when none could be read.
    // Skipped lines are reported under the list either way.
    bool loadFile(const QString &path);
    // The file reference and the order; setSource emits no changed(). While a file is referenced the list
    // is not edited (the run replaces it with the file's prompts) and prompts() gives back the plan's own.
    void setSource(const PromptSource &source);
    PromptSource source() const;
    QString statusText() const;
    void setIssues(const std::vector<PlanIssue> &issues);

signals:
    void changed();

private:
    void chooseFile();
    void updateCount();
    void updateReference();

    bool m_loading = false;
    QStringList m_base; // given back exactly while the text is unchanged
    QString m_baseText;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_reference = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_file = nullptr;
    PromptSource m_source;
    FieldIssues m_issues;
};

} // namespace plateau
