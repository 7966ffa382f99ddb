#pragma once
// Qt Linguist catalogues (translations/*.ts) in tests: what one holds, which entries a translator still has
// to do, and a QTranslator that answers straight from a catalogue, so a test can show the workbench in German
// without an lrelease step.
//
//     const TsCatalogue de = readTsCatalogue(PLATEAU_SOURCE_DIR "/translations/plateau_de.ts");
//     EXPECT_TRUE(untranslatedReport(de).isEmpty()) << untranslatedReport(de).toStdString();
//     TsTranslator translator(de);
//     QCoreApplication::installTranslator(&translator);

#include <QString>
#include <QStringList>
#include <QTranslator>
#include <vector>

namespace plateau::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString type;             // the translation's type: "" (finished), "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
    bool translated() const;  // some form is non-empty
};

struct TsCatalogue
{
    QString path;
    QString language, sourceLanguage;
    std::vector<TsMessage> messages;
    QString error; // not a catalogue: the XML error and its line
};

TsCatalogue readTsCatalogue(const QString &path);

// What a translator still has to do: unfinished entries, and obsolete or vanished ones without a translation.
// None in the source-language catalogue (language == sourcelanguage): Qt shows the source text there.
std::vector<const TsMessage *> untranslatedEntries(const TsCatalogue &catalogue);

// One paragraph that names the file, the count and the first `named` entries (context and source text);
// empty when the catalogue is complete. A catalogue that does not parse is reported too.
QString untranslatedReport(const TsCatalogue &catalogue, int named = 5);

// Answers from the catalogue's finished translations, as a .qm built from it by lrelease would. Plural forms:
// the first for n == 1, the second otherwise (the rule of German and English).
class TsTranslator : public QTranslator
{
public:
    explicit TsTranslator(TsCatalogue catalogue);
    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

private:
    TsCatalogue m_catalogue;
};

} // namespace plateau::test
