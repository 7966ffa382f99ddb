#include "cli/shardflags.h"

#include "cli/clitr.h"

#include <QFile>
#include <QThread>
#include <QTimeZone>

namespace plateau {

namespace {
constexpr double kStartLeadS = 30; // long enough for the last pod of a Job to be scheduled and pull
}

void addShardOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("shard"),
                 Cli::tr("Run the i-th of N slices of the load: every step's users and arrival rate split "
                         "so that the N shards add up to the plan; merge their run folders with plateau "
                         "merge."),
                 QStringLiteral("i/N")});
    p.addOption({QStringLiteral("start-at"),
                 Cli::tr("Begin the load at this wall-clock time (ISO 8601 with a zone, or +SECONDS from "
                         "now), after the health check and warm-up, so that every shard runs its steps "
                         "together."),
                 QStringLiteral("time")});
    p.addOption({QStringLiteral("start-at-file"),
                 Cli::tr("Agree on the start with the other shards through this file on a shared volume: "
                         "the first shard writes now + --start-lead seconds into it, the others read it."),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("start-lead"),
                 Cli::tr("With --start-at-file: how long the other shards have to get there (default %1 s).")
                     .arg(kStartLeadS),
                 QStringLiteral("seconds")});
}

bool parseStartAt(const QString &text, const QDateTime &now, QDateTime *out, QString *error)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('+'))) {
        bool ok = false;
        const double s = t.mid(1).toDouble(&ok);
        if (ok && s >= 0 && s <= 86400) {
            *out = now.addMSecs(qint64(s * 1000));
            return true;
        }
    } else {
        const QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
        // A time without a zone would mean something else on every machine of a cluster.
        if (d.isValid() && (t.endsWith(QLatin1Char('Z')) || t.contains(QLatin1Char('+')) ||
                            t.lastIndexOf(QLatin1Char('-')) > t.indexOf(QLatin1Char('T')))) {
            *out = d.toUTC();
            return true;
        }
    }
    *error = QStringLiteral("\"%1\" is not a start time: write ISO 8601 with a zone "
                            "(2026-12-04T19:00:00Z) or +SECONDS from now (+30)")
                 .arg(text.left(60));
    return false;
}

bool agreeStartAt(const QString &path, const QDateTime &now, double leadS, QDateTime *out, QString *error)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *out = now.addMSecs(qint64(leadS * 1000)).toUTC();
        const QByteArray text = out->toString(Qt::ISODateWithMs).toLatin1() + '\n';
        if (f.write(text) != text.size() || !f.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    // Another shard created it: it may still be writing its one line.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile r(path);
        if (r.open(QIODevice::ReadOnly)) {
            const QByteArray line = r.readAll().trimmed();
            if (!line.isEmpty()) {
                QString why;
                if (parseStartAt(QString::fromLatin1(line), now, out, &why))
                    return true;
                *error = QStringLiteral("%1 holds no start time: %2").arg(path, why);
                return false;
            }
        } else if (!QFile::exists(path)) {
            break;
        }
        QThread::msleep(100);
    }
    *error =
        QStringLiteral("cannot create or read %1: check that the folder exists and is writable").arg(path);
    return false;
}

ShardFlags readShardFlags(const QCommandLineParser &p, QStringList *errors)
{
    ShardFlags f;
    QString why;
    if (p.isSet(QStringLiteral("shard")) &&
        !parseShardSlice(p.value(QStringLiteral("shard")), &f.slice, &why))
        errors->append(QStringLiteral("--shard: ") + why);
    const bool at = p.isSet(QStringLiteral("start-at")), file = p.isSet(QStringLiteral("start-at-file"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    double lead = kStartLeadS;
    if (p.isSet(QStringLiteral("start-lead"))) {
        bool ok = false;
        lead = p.value(QStringLiteral("start-lead")).toDouble(&ok);
        if (!ok || lead < 0 || lead > 3600)
            errors->append(Cli::tr("--start-lead takes seconds, from 0 to 3600"));
    }
    if (at && file)
        errors->append(Cli::tr("--start-at and --start-at-file both set the start: use one"));
    else if (at && !parseStartAt(p.value(QStringLiteral("start-at")), now, &f.startAt, &why))
        errors->append(QStringLiteral("--start-at: ") + why);
    else if (file && !agreeStartAt(p.value(QStringLiteral("start-at-file")), now, lead, &f.startAt, &why))
        errors->append(QStringLiteral("--start-at-file: ") + why);
    return f;
}

} // namespace plateau
