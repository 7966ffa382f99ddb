#pragma once
// Marks form fields that validatePlan() complains about: a red field and the message as its tooltip.
// Each editor registers its widgets under their JSON paths ("profile.max_users") once.

#include "core/plan/planio.h"

#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <vector>

namespace plateau {

class FieldIssues
{
public:
    void add(const QString &path, QWidget *field); // a path may be added for several widgets
    // Marks the fields whose path has an issue, clears the others; returns how many issues it showed.
    int apply(const std::vector<PlanIssue> &issues);
    QString issueOf(const QString &path) const { return m_shown.value(path); }

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QPalette palette; // the field's own palette and tooltip, restored when its issue goes away
        QString toolTip;
    };
    QMultiHash<QString, Field> m_fields; // one path may show in two places (duration_s on two pages)
    QHash<QString, QString> m_shown;
};

} // namespace plateau
