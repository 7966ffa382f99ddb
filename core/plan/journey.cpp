#include "core/plan/journey.h"

#include "core/plan/testplan.h"

namespace plateau {

bool JourneyCheck::operator==(const JourneyCheck &o) const
{
    return kind == o.kind && statuses == o.statuses && path == o.path && equals == o.equals && name == o.name;
}

bool JourneyStep::operator==(const JourneyStep &o) const
{
    return name == o.name && tag == o.tag && method == o.method && path == o.path && headers == o.headers &&
           body == o.body && stream == o.stream && once == o.once && thinkMinS == o.thinkMinS &&
           thinkMaxS == o.thinkMaxS && extract == o.extract && checks == o.checks;
}

bool Journey::operator==(const Journey &o) const
{
    return steps == o.steps && usersFile == o.usersFile && keyTag == o.keyTag;
}

bool EnvironmentGuard::operator==(const EnvironmentGuard &o) const
{
    return enabled == o.enabled && path == o.path && field == o.field && equals == o.equals;
}

QStringList Journey::tags() const
{
    QStringList out;
    for (const JourneyStep &s : steps) {
        const QString t = s.effectiveTag();
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

QString Journey::effectiveKeyTag() const
{
    if (!keyTag.isEmpty())
        return keyTag;
    // The chat: what a user repeats and streams is what the endpoint is judged on.
    for (const JourneyStep &s : steps)
        if (s.stream && !s.once)
            return s.effectiveTag();
    return steps.empty() ? QString() : steps.back().effectiveTag();
}

int Journey::keyTagIndex() const
{
    const int i = int(tags().indexOf(effectiveKeyTag()));
    return i < 0 ? 0 : i;
}

QStringList journeyCheckNames(const JourneyStep &step)
{
    QStringList out;
    for (const JourneyCheck &c : step.checks)
        out.append(describeCheck(c));
    for (const Extraction &x : step.extract)
        out.append(QStringLiteral("%1 <- %2").arg(x.variable, x.path));
    return out;
}

QString checkKindName(CheckKind k)
{
    switch (k) {
    case CheckKind::Status:
        return QStringLiteral("status");
    case CheckKind::JsonExists:
        return QStringLiteral("json_exists");
    case CheckKind::JsonEquals:
        return QStringLiteral("json_equals");
    case CheckKind::StreamDone:
        return QStringLiteral("done");
    }
    return QString();
}

QString describeCheck(const JourneyCheck &c)
{
    if (!c.name.isEmpty())
        return c.name;
    switch (c.kind) {
    case CheckKind::Status: {
        QStringList codes;
        for (int s : c.statuses)
            codes.append(QString::number(s));
        return QStringLiteral("status %1").arg(codes.join(QLatin1String(" or ")));
    }
    case CheckKind::JsonExists:
        return QStringLiteral("%1 exists").arg(c.path);
    case CheckKind::JsonEquals:
        return QStringLiteral("%1 == %2").arg(c.path, c.equals);
    case CheckKind::StreamDone:
        return QStringLiteral("stream reached [DONE]");
    }
    return QString();
}

} // namespace plateau
