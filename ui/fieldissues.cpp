#include "ui/fieldissues.h"

#include "ui/issuetext.h"

namespace plateau {

void FieldIssues::add(const QString &path, QWidget *field)
{
    m_fields.insert(path, Field{field, field->palette(), field->toolTip()});
}

int FieldIssues::apply(const std::vector<PlanIssue> &issues)
{
    QHash<QString, QString> next;
    for (const PlanIssue &issue : issues) {
        // "request.body" marks the body field; "prompts[3]" marks the prompt list, and its tooltip names
        // the prompt as the user counts them ("Prompt 4: ...").
        QString path = issue.path;
        QString message = issueMessage(issue.message);
        if (!m_fields.contains(path)) {
            const int bracket = path.indexOf(u'[');
            if (bracket > 0 && m_fields.contains(path.left(bracket))) {
                path = path.left(bracket);
                message = issueText(issue);
            } else {
                continue;
            }
        }
        QString &text = next[path];
        if (!text.isEmpty())
            text += u'\n';
        text += message;
    }
    if (next == m_shown)
        return int(next.size());
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QWidget *w = it->widget;
        if (!w)
            continue;
        const QString message = next.value(it.key());
        if (message == m_shown.value(it.key()))
            continue;
        if (message.isEmpty()) {
            w->setPalette(it->palette);
            w->setToolTip(it->toolTip);
        } else {
            QPalette p = it->palette;
            p.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xe1));
            p.setColor(QPalette::Text, QColor(0x8a, 0x14, 0x14));
            w->setPalette(p);
            w->setToolTip(message);
        }
    }
    m_shown = next;
    return int(next.size());
}

} // namespace plateau
