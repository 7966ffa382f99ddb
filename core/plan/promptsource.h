#pragma once
// Where a plan's prompts come from and in which order users take them. A plan that names a file keeps its
// prompts there (50 to 100 production prompts, one per line, a JSONL field or a CSV column): the file is read
// when a run starts (resolvePrompts, core/plan/promptresolve.h) and its prompts replace the inline list.

#include <QString>
#include <optional>

namespace plateau {

enum class PromptOrder
{
    Random,     // each request picks a prompt uniformly at random (the default)
    Sequential, // in file order, round robin across all users of a target
};

struct PromptSource
{
    // .txt, .jsonl / .ndjson or .csv; a relative path resolves against the plan file's folder. Empty: the
    // plan's inline prompts are used.
    QString file;
    // The JSONL field or CSV column; empty = the reader's default (see core/plan/promptfile.h).
    QString field;
    PromptOrder order = PromptOrder::Random;

    bool isDefault() const { return file.isEmpty() && field.isEmpty() && order == PromptOrder::Random; }
    bool operator==(const PromptSource &o) const
    {
        return file == o.file && field == o.field && order == o.order;
    }
    bool operator!=(const PromptSource &o) const { return !(*this == o); }
};

// "random", "sequential"; std::nullopt for any other name (exact, case-sensitive match).
QString promptOrderName(PromptOrder order);
std::optional<PromptOrder> promptOrderFromName(const QString &name);

} // namespace plateau
