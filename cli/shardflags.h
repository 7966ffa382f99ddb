#pragma once
// `plateau run --shard i/N --start-at TIME | --start-at-file PATH`: which slice of the load this process
// runs, and the wall-clock time all shards start their load at (docs/architecture.md, "Shards").

#include "core/plan/shardslice.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

namespace plateau {

struct ShardFlags
{
    ShardSlice slice;
    QDateTime startAt; // invalid: at once
};

void addShardOptions(QCommandLineParser &p);
// Reads the options; the common start of --start-at-file is agreed on here (the first shard to get there
// writes it). Problems go to *errors, each naming its option.
ShardFlags readShardFlags(const QCommandLineParser &p, QStringList *errors);

// The time of "--start-at": ISO 8601 with a zone ("2026-12-04T19:00:00Z") or "+SECONDS" from now.
bool parseStartAt(const QString &text, const QDateTime &now, QDateTime *out, QString *error);

// The shards' common start kept in `path`: the first caller creates the file (exclusively, so two shards
// never both write it) holding now + leadS; every later caller reads it. A shared volume of the pods is
// where it lives.
bool agreeStartAt(const QString &path, const QDateTime &now, double leadS, QDateTime *out, QString *error);

} // namespace plateau
