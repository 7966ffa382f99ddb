#include "tests/common/tscatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace plateau::test {

namespace {

void readMessage(QXmlStreamReader &xml, const QString &context, TsCatalogue &out)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement(); // location, oldsource, extracomment, translatorcomment
        }
    }
    out.messages.push_back(m);
}

void readContext(QXmlStreamReader &xml, TsCatalogue &out)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            readMessage(xml, name, out);
        else
            xml.skipCurrentElement();
    }
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    return QLatin1Char('"') + (oneLine.size() > 80 ? oneLine.left(77) + QStringLiteral("...") : oneLine) +
           QLatin1Char('"');
}

} // namespace

bool TsMessage::translated() const
{
    for (const QString &t : translations)
        if (!t.isEmpty())
            return true;
    return false;
}

TsCatalogue readTsCatalogue(const QString &path)
{
    TsCatalogue c;
    c.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = QStringLiteral("cannot open it: %1").arg(file.errorString());
        return c;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        c.error = xml.hasError() ? xml.errorString() : QStringLiteral("no <TS> element");
    } else {
        c.language = xml.attributes().value(QLatin1String("language")).toString();
        c.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("context"))
                readContext(xml, c);
            else
                xml.skipCurrentElement();
        }
        if (xml.hasError())
            c.error = xml.errorString();
    }
    if (!c.error.isEmpty())
        c.error += QStringLiteral(" (line %1)").arg(xml.lineNumber());
    return c;
}

std::vector<const TsMessage *> untranslatedEntries(const TsCatalogue &catalogue)
{
    std::vector<const TsMessage *> out;
    const bool sourceLanguage =
        !catalogue.language.isEmpty() && catalogue.language == catalogue.sourceLanguage;
    for (const TsMessage &m : catalogue.messages) {
        const bool unfinished = m.type == QLatin1String("unfinished");
        const bool gone = m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished");
        if ((unfinished && !sourceLanguage) || (gone && !m.translated()))
            out.push_back(&m);
    }
    return out;
}

QString untranslatedReport(const TsCatalogue &catalogue, int named)
{
    const QString file = QFileInfo(catalogue.path).fileName();
    if (!catalogue.error.isEmpty())
        return QStringLiteral("%1 is not a readable catalogue: %2").arg(file, catalogue.error);
    const std::vector<const TsMessage *> todo = untranslatedEntries(catalogue);
    if (todo.empty())
        return QString();
    QString report =
        QStringLiteral("%1: %2 of %3 entries are not translated (unfinished, or obsolete without a "
                       "translation); translate them with Qt Linguist (linguist translations/%1):")
            .arg(file, QString::number(todo.size()), QString::number(catalogue.messages.size()));
    for (size_t i = 0; i < todo.size() && int(i) < named; ++i) {
        const TsMessage &m = *todo[i];
        report +=
            QStringLiteral("\n  %1 %2%3")
                .arg(m.context, quoted(m.source),
                     m.type == QLatin1String("unfinished") ? QString() : QStringLiteral(" (%1)").arg(m.type));
    }
    if (todo.size() > size_t(named))
        report += QStringLiteral("\n  ... and %1 more").arg(todo.size() - size_t(named));
    return report;
}

TsTranslator::TsTranslator(TsCatalogue catalogue) : m_catalogue(std::move(catalogue))
{}

bool TsTranslator::isEmpty() const
{
    return m_catalogue.messages.empty();
}

QString TsTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                int n) const
{
    const QString ctx = QString::fromUtf8(context);
    const QString source = QString::fromUtf8(sourceText);
    const QString comment = QString::fromUtf8(disambiguation);
    for (const TsMessage &m : m_catalogue.messages) {
        // lrelease keeps unfinished translations unless told not to, and drops obsolete ones.
        if (m.context != ctx || m.source != source || m.comment != comment || !m.translated() ||
            m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            continue;
        if (!m.numerus)
            return m.translations.value(0);
        const int form = n == 1 ? 0 : 1;
        return m.translations.value(std::min<qsizetype>(form, m.translations.size() - 1));
    }
    return QString();
}

} // namespace plateau::test
