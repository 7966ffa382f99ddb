// The catalogues in translations/ are complete: no entry a translator has left to do. The refresh
// (`cmake --build build/release --target update_translations`) adds new source texts as unfinished entries;
// this test stays red until they are translated. The checker itself is tried on copies of the real German
// catalogue with entries undone.

#include "tests/common/tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace plateau::test;

namespace {

const QString kTranslations = QStringLiteral(PLATEAU_SOURCE_DIR "/translations");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

QString writeCopy(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// The real German catalogue with the translation of `source` in `context` undone in the given way.
QByteArray undo(QByteArray ts, const QByteArray &source, const QByteArray &replacement)
{
    const qsizetype at = ts.indexOf(QByteArray("<source>" + source + "</source>"));
    EXPECT_GE(at, 0) << source.toStdString();
    const qsizetype begin = ts.indexOf("<translation", at);
    const qsizetype end = ts.indexOf("</translation>", begin) + qsizetype(sizeof("</translation>") - 1);
    return ts.replace(begin, end - begin, replacement);
}

} // namespace

TEST(Translations, EveryCatalogueIsComplete)
{
    const QStringList files =
        QDir(kTranslations).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no catalogue in " << kTranslations.toStdString();
    for (const QString &file : files) {
        const TsCatalogue c = readTsCatalogue(kTranslations + QLatin1Char('/') + file);
        EXPECT_TRUE(c.error.isEmpty()) << file.toStdString() << ": " << c.error.toStdString();
        EXPECT_FALSE(c.messages.empty()) << file.toStdString();
        const QString report = untranslatedReport(c);
        EXPECT_TRUE(report.isEmpty()) << report.toStdString();
    }
}

TEST(Translations, UnfinishedAndUntranslatedObsoleteEntriesAreNamedWithTheirFile)
{
    QByteArray ts = readBytes(kTranslations + QStringLiteral("/plateau_de.ts"));
    ts = undo(ts, "QPS flat", R"(<translation type="unfinished"></translation>)");
    // Filled in by lupdate's same-text heuristic, not yet confirmed by a translator: still to do.
    ts =
        undo(ts, "p95 over the limit", R"(<translation type="unfinished">p95 über der Grenze</translation>)");
    ts = undo(ts, "failure rate over the limit", R"(<translation type="vanished"></translation>)");
    // An obsolete entry that keeps its translation costs nothing at run time: not reported.
    ts = undo(ts, "Time to headers", R"(<translation type="obsolete">Zeit bis zu den Headern</translation>)");
    QTemporaryDir dir;
    const TsCatalogue c = readTsCatalogue(writeCopy(dir, QStringLiteral("plateau_xx.ts"), ts));
    ASSERT_TRUE(c.error.isEmpty()) << c.error.toStdString();
    EXPECT_EQ(untranslatedEntries(c).size(), 3u);
    const QString report = untranslatedReport(c, 2);
    EXPECT_TRUE(report.startsWith(QStringLiteral("plateau_xx.ts: 3 of "))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("KneeReason \"QPS flat\""))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("KneeReason \"p95 over the limit\""))) << report.toStdString();
    EXPECT_FALSE(report.contains(QStringLiteral("failure rate over the limit")))
        << "only the first two named";
    EXPECT_TRUE(report.contains(QStringLiteral("... and 1 more"))) << report.toStdString();
    EXPECT_FALSE(report.contains(QStringLiteral("Time to headers"))) << report.toStdString();
}

TEST(Translations, ACompleteCopyHasNothingToReport)
{
    QTemporaryDir dir;
    const TsCatalogue c = readTsCatalogue(writeCopy(
        dir, QStringLiteral("plateau_de.ts"), readBytes(kTranslations + QStringLiteral("/plateau_de.ts"))));
    EXPECT_TRUE(c.error.isEmpty()) << c.error.toStdString();
    EXPECT_EQ(c.language, QStringLiteral("de_DE"));
    EXPECT_GT(c.messages.size(), 100u);
    EXPECT_TRUE(untranslatedEntries(c).empty()) << untranslatedReport(c).toStdString();
}

TEST(Translations, TheSourceLanguageCatalogueNeedsNoTranslation)
{
    // plateau_en.ts is English to English: its entries stay unfinished and Qt shows the source texts.
    const TsCatalogue c = readTsCatalogue(kTranslations + QStringLiteral("/plateau_en.ts"));
    ASSERT_TRUE(c.error.isEmpty()) << c.error.toStdString();
    EXPECT_EQ(c.language, c.sourceLanguage);
    EXPECT_TRUE(untranslatedEntries(c).empty());
    // Still, an obsolete entry without a translation is dead weight in any catalogue.
    QByteArray ts = readBytes(kTranslations + QStringLiteral("/plateau_en.ts"));
    ts = undo(ts, "QPS flat", R"(<translation type="vanished"></translation>)");
    QTemporaryDir dir;
    const TsCatalogue copy = readTsCatalogue(writeCopy(dir, QStringLiteral("plateau_en.ts"), ts));
    EXPECT_EQ(untranslatedEntries(copy).size(), 1u) << untranslatedReport(copy).toStdString();
}

TEST(Translations, ABrokenCatalogueIsReportedWithItsLine)
{
    QTemporaryDir dir;
    const TsCatalogue c = readTsCatalogue(writeCopy(dir, QStringLiteral("plateau_de.ts"),
                                                    "<?xml version=\"1.0\"?>\n<TS language=\"de_DE\">\n"
                                                    "<context><name>x</name>\n<message><source>a</source>\n"
                                                    "</context>\n</TS>\n"));
    const QString report = untranslatedReport(c);
    EXPECT_TRUE(report.startsWith(QStringLiteral("plateau_de.ts is not a readable catalogue: ")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("(line 5)"))) << report.toStdString();
}

TEST(Translations, TheTranslatorAnswersFromTheCatalogue)
{
    const TsCatalogue de = readTsCatalogue(kTranslations + QStringLiteral("/plateau_de.ts"));
    const QString problems = QStringLiteral("the plan has %n problem(s):\n");
    const auto plural = std::find_if(de.messages.begin(), de.messages.end(), [&](const TsMessage &m) {
        return m.context == QLatin1String("plateau::LoadEngine") && m.source == problems;
    });
    ASSERT_NE(plural, de.messages.end());
    ASSERT_EQ(plural->translations.size(), 2);
    TsTranslator translator(de);
    QCoreApplication::installTranslator(&translator);
    const QString knee = QCoreApplication::translate("KneeReason", "QPS flat");
    const QString one =
        QCoreApplication::translate("plateau::LoadEngine", "the plan has %n problem(s):\n", nullptr, 1);
    const QString two =
        QCoreApplication::translate("plateau::LoadEngine", "the plan has %n problem(s):\n", nullptr, 2);
    const QString unknown = QCoreApplication::translate("KneeReason", "no such text");
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(knee, QStringLiteral("QPS flach"));
    // The singular form for one, the plural for two, %n filled in by QCoreApplication::translate.
    EXPECT_EQ(one, QString(plural->translations[0]).replace(QLatin1String("%n"), QLatin1String("1")));
    EXPECT_EQ(two, QString(plural->translations[1]).replace(QLatin1String("%n"), QLatin1String("2")));
    EXPECT_EQ(unknown, QStringLiteral("no such text"));
}
