#pragma once
// Prompt list editor: one prompt per line (line breaks inside a prompt written as \n), loaded from .txt or
// .jsonl files.

#include "core/plan/planio.h"
#include "ui/fieldissues.h"

#include <QStringList>
#include <QWidget>

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
    QString statusText() const;
    void setIssues(const std::vector<PlanIssue> &issues);

signals:
    void changed();

private:
    void chooseFile();
    void updateCount();

    bool m_loading = false;
    QStringList m_base; // given back exactly while the text is unchanged
    QString m_baseText;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    FieldIssues m_issues;
};

} // namespace plateau
