#include "core/metrics/metricdefinitions.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

const QString kHeading = QStringLiteral("## Metrics (as defined everywhere in Plateau)");

// README.md's Metrics section: its heading up to the next "## " heading, trailing blank lines dropped.
// Empty when the heading is missing.
QString readmeSection(const QString &readme)
{
    const QStringList lines = QString(readme).remove(u'\r').split(u'\n');
    const qsizetype start = lines.indexOf(kHeading);
    if (start < 0)
        return QString();
    QStringList section;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (i > start && lines[i].startsWith(QLatin1String("## ")))
            break;
        section.append(lines[i]);
    }
    while (!section.isEmpty() && section.last().trimmed().isEmpty())
        section.removeLast();
    return section.join(u'\n') + u'\n';
}

} // namespace

TEST(MetricDefinitions, TableIsInEnumOrderWithUniqueKeys)
{
    std::size_t count = 0;
    const MetricDefinition *defs = metricDefinitions(&count);
    ASSERT_EQ(count, kMetricIdCount);
    QSet<QString> keys;
    QSet<QString> names;
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_EQ(static_cast<std::size_t>(defs[i].id), i);
        EXPECT_EQ(&metricDefinition(defs[i].id), &defs[i]);
        const QString key = QString::fromLatin1(defs[i].key);
        EXPECT_EQ(key, key.toLower()) << defs[i].key;
        EXPECT_FALSE(key.contains(u' ')) << defs[i].key;
        EXPECT_FALSE(keys.contains(key)) << defs[i].key;
        keys.insert(key);
        const QString name = metricName(defs[i].id, DefinitionText::English);
        EXPECT_FALSE(names.contains(name)) << defs[i].key;
        names.insert(name);
        EXPECT_EQ(findMetricDefinition(key), &defs[i]);
    }
    EXPECT_EQ(findMetricDefinition(QStringLiteral("no_such_metric")), nullptr);
    // Keys are the prefixes of the threshold names and CSV columns.
    EXPECT_EQ(findMetricDefinition(QStringLiteral("latency"))->id, MetricId::Latency);
    EXPECT_EQ(findMetricDefinition(QStringLiteral("headers"))->id, MetricId::TimeToHeaders);
    EXPECT_EQ(findMetricDefinition(QStringLiteral("failure_rate"))->id, MetricId::FailureRate);
}

TEST(MetricDefinitions, EveryDefinitionIsPlainTextSentences)
{
    std::size_t count = 0;
    const MetricDefinition *defs = metricDefinitions(&count);
    for (std::size_t i = 0; i < count; ++i) {
        const QString name = metricName(defs[i].id, DefinitionText::English);
        const QString def = metricDefinitionText(defs[i].id, DefinitionText::English);
        ASSERT_FALSE(name.isEmpty()) << defs[i].key;
        ASSERT_FALSE(def.isEmpty()) << defs[i].key;
        // Shown after "Name (unit): ", as an HTML <dd> and as a Markdown bullet.
        EXPECT_TRUE(def.front().isUpper()) << defs[i].key;
        EXPECT_TRUE(def.endsWith(u'.')) << defs[i].key;
        for (QChar c : {u'<', u'>', u'`', u'*', u'_', u'\n'})
            EXPECT_FALSE(def.contains(c)) << defs[i].key << " holds markup: " << QString(c).toStdString();
        // Without a translator installed the GUI's text is the source text.
        EXPECT_EQ(metricDefinitionText(defs[i].id), def);
        EXPECT_EQ(metricName(defs[i].id), name);
    }
}

TEST(MetricDefinitions, SentenceHasNameUnitAndDefinition)
{
    EXPECT_EQ(metricSentence(MetricId::Itl, DefinitionText::English),
              QStringLiteral(
                  "ITL (ms): Inter-token latency, per request: (last delta − first delta) / (deltas − 1)."));
    EXPECT_TRUE(metricSentence(MetricId::Latency).contains(QStringLiteral("end of the stream")));
    EXPECT_TRUE(metricSentence(MetricId::Ttft).contains(QStringLiteral("first text delta")));
    // Concepts without a value of their own have no unit.
    EXPECT_TRUE(metricSentence(MetricId::Percentiles).startsWith(QStringLiteral("Percentiles: ")));
}

TEST(MetricDefinitions, MarkdownListsEveryMetricWithinTheWidth)
{
    const QString md = metricDefinitionsMarkdown();
    EXPECT_TRUE(md.startsWith(kHeading + u'\n'));
    std::size_t count = 0;
    const MetricDefinition *defs = metricDefinitions(&count);
    for (std::size_t i = 0; i < count; ++i)
        EXPECT_TRUE(
            md.contains(QStringLiteral("- **") + QString::fromUtf8(defs[i].name) + QStringLiteral("**")))
            << defs[i].key;
    for (const QString &line : md.split(u'\n'))
        EXPECT_LE(line.size(), kReadmeWidth) << line.toStdString();
    // A wrapped line is indented so that it stays in its bullet.
    EXPECT_TRUE(md.contains(QStringLiteral("\n  ")));
}

TEST(MetricDefinitions, ReadmeSectionIsTheGeneratedOne)
{
    QFile f(QStringLiteral(PLATEAU_SOURCE_DIR "/README.md"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "cannot read " PLATEAU_SOURCE_DIR "/README.md";
    const QString section = readmeSection(QString::fromUtf8(f.readAll()));
    const QString expected = metricDefinitionsMarkdown();
    if (section == expected)
        return;
    // The first line that differs, then the whole section to paste (a diff of two long strings is hard to
    // read, and what a developer needs is the text to put in).
    const QStringList have = section.split(u'\n');
    const QStringList want = expected.split(u'\n');
    qsizetype line = 0;
    while (line < have.size() && line < want.size() && have[line] == want[line])
        ++line;
    ADD_FAILURE() << "README.md's \"" << kHeading.toStdString()
                  << "\" section differs from the definitions in core/metrics/metricdefinitions.cpp"
                  << (section.isEmpty()
                          ? std::string(" (the heading is missing)")
                          : " (line " + std::to_string(line + 1) + " of the section: \"" +
                                (line < have.size() ? have[line].toStdString() : std::string()) + "\")")
                  << ".\nPaste the following in place of that section of README.md (from its heading up to "
                     "the next \"## \" heading), or change the table if the README's wording is the better "
                     "one:\n\n"
                  << expected.toStdString();
}
