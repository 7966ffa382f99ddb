#include "ui/issuetext.h"

#include "ui/targettablemodel.h"
#include "ui/thresholdtablemodel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <limits>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::IssueText", text);
}

// targets[2].headers[1].name, thresholds[0].value, prompts[3], phases[1].profile.max_users: the array,
// its index, then at most one field (a phase's profile field counts as one) that may hold an array of its
// own (a target's headers) with one field below it.
const QString kPathPattern = QStringLiteral(
    "\\b(targets|thresholds|prompts|phases)\\[(\\d+)\\](?:\\.(?:profile\\.)?([a-z_]+)(?:\\[(\\d+)\\](?:"
    "\\.([a-z_]+))?)?)?");

struct RowPath
{
    QString location; // "Target 3, URL"
    QString within;   // "Header 2 name"
};

// The row number as the user sees it; false when the index is not one (too large to be a row).
bool rowNumber(const QString &digits, qlonglong *shown)
{
    bool ok = false;
    const qlonglong index = digits.toLongLong(&ok);
    if (!ok || index < 0 || index >= std::numeric_limits<int>::max())
        return false;
    *shown = index + 1;
    return true;
}

bool describe(const QRegularExpressionMatch &m, RowPath *out)
{
    qlonglong row = 0;
    if (!rowNumber(m.captured(2), &row))
        return false;
    const QString array = m.captured(1);
    const QString field = m.captured(3);
    QString rowText, fieldText;
    if (array == u"targets") {
        rowText = tr("Target %1").arg(row);
        if (field == u"headers" && m.capturedLength(4) > 0) {
            qlonglong header = 0;
            if (!rowNumber(m.captured(4), &header))
                return false;
            const QString part = m.captured(5);
            out->within = part == u"name"    ? tr("Header %1 name").arg(header)
                          : part == u"value" ? tr("Header %1 value").arg(header)
                          : part.isEmpty()   ? tr("Header %1").arg(header)
                                             : tr("Header %1 %2").arg(header).arg(part);
            fieldText = out->within;
        } else if (!field.isEmpty()) {
            const int column = TargetTableModel::columnForField(field);
            fieldText = column >= 0 ? TargetTableModel::columnTitle(column) : field;
        }
    } else if (array == u"thresholds") {
        rowText = tr("Threshold %1").arg(row);
        if (!field.isEmpty()) {
            const int column = ThresholdTableModel::columnForField(field);
            fieldText = column >= 0 ? ThresholdTableModel::columnTitle(column) : field;
        }
    } else if (array == u"phases") {
        // The plan file's field names ("max_users"): the profile form labels them by shape.
        rowText = tr("Phase %1").arg(row);
        fieldText = field == u"name" ? tr("Name") : field == u"gate" ? tr("Gate") : field;
    } else {
        rowText = tr("Prompt %1").arg(row);
        fieldText = field;
    }
    out->location = fieldText.isEmpty() ? rowText : tr("%1, %2").arg(rowText, fieldText);
    return true;
}

const QRegularExpression &wholePath()
{
    static const QRegularExpression re(QLatin1Char('^') + kPathPattern + QLatin1Char('$'));
    return re;
}

} // namespace

QString issueLocation(const QString &path)
{
    RowPath described;
    const auto m = wholePath().match(path);
    return m.hasMatch() && describe(m, &described) ? described.location : path;
}

QString issueWithinRow(const QString &path)
{
    RowPath described;
    const auto m = wholePath().match(path);
    return m.hasMatch() && describe(m, &described) ? described.within : QString();
}

QString issueMessage(const QString &message)
{
    static const QRegularExpression anywhere(kPathPattern);
    QString out;
    qsizetype done = 0;
    auto it = anywhere.globalMatch(message);
    while (it.hasNext()) {
        const auto m = it.next();
        RowPath described;
        if (!describe(m, &described))
            continue;
        out += message.mid(done, m.capturedStart() - done) + described.location;
        done = m.capturedEnd();
    }
    return out + message.mid(done);
}

QString issueText(const PlanIssue &issue)
{
    const QString message = issueMessage(issue.message);
    return issue.path.isEmpty() ? message : issueLocation(issue.path) + QStringLiteral(": ") + message;
}

} // namespace plateau
