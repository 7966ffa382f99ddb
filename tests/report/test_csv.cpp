#include "core/report/csv.h"

#include <QLocale>
#include <clocale>
#include <gtest/gtest.h>
#include <string>

using namespace plateau;

namespace {

QByteArray line(const std::function<void(csv::Row &)> &fill)
{
    QByteArray out;
    csv::Row row(out);
    fill(row);
    row.end();
    return out;
}

} // namespace

TEST(Csv, QuotesOnlyWhatRfc4180Requires)
{
    EXPECT_EQ(line([](csv::Row &r) { r.text("plain").text("with space").text(""); }), "plain,with space,\n");
    EXPECT_EQ(line([](csv::Row &r) { r.text("a,b"); }), "\"a,b\"\n");
    EXPECT_EQ(line([](csv::Row &r) { r.text("say \"hi\""); }), "\"say \"\"hi\"\"\"\n");
    EXPECT_EQ(line([](csv::Row &r) { r.text("two\nlines").text("cr\r"); }), "\"two\nlines\",\"cr\r\"\n");
    EXPECT_EQ(line([](csv::Row &r) { r.text(QStringLiteral("ünïcødé")); }),
              QStringLiteral("ünïcødé\n").toUtf8());
}

TEST(Csv, NumbersUseADotWhateverTheLocale)
{
    // A German locale writes 1,5 with printf and QLocale; the CSV must not.
    const std::string oldC = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, "de_DE.UTF-8"); // may not exist here: QLocale::setDefault covers Qt's side
    const QLocale oldQ;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray out = line([](csv::Row &r) {
        r.fixed(1.5, 2)
            .fixed(-0.0, 3)
            .fixed(1234567.125, 3)
            .integer(-42)
            .unsignedInteger(18446744073709551615ULL);
        r.fixed(std::numeric_limits<double>::quiet_NaN(), 2)
            .fixed(std::numeric_limits<double>::infinity(), 2);
    });
    std::setlocale(LC_NUMERIC, oldC.c_str());
    QLocale::setDefault(oldQ);
    EXPECT_EQ(out, "1.50,0.000,1234567.125,-42,18446744073709551615,,\n");
}

TEST(Csv, MillisecondsFromNanosecondsAreExact)
{
    EXPECT_EQ(line([](csv::Row &r) {
                  r.msFromNs(0).msFromNs(1'234'567).msFromNs(999).msFromNs(-2'500'000).msFromNs(-999);
                  r.msFromNs(86'400'000'000'000LL);
              }),
              "0.000,1.234,0.000,-2.500,0.000,86400000.000\n");
}

TEST(Csv, ParseRoundTripsWhatTheWriterQuotes)
{
    const QStringList values = {QStringLiteral("a,b"),       QStringLiteral("\"q\""),
                                QStringLiteral("x\r\ny"),    QString(),
                                QStringLiteral("</script>"), QStringLiteral("é")};
    QByteArray data = "h1,h2,h3,h4,h5,h6\n";
    csv::Row row(data);
    for (const QString &v : values)
        row.text(v);
    row.end();
    data += "1,2,3,4,5,6\n";
    csv::Table t;
    QString err;
    ASSERT_TRUE(csv::parse(data, &t, &err)) << err.toStdString();
    ASSERT_EQ(t.header.size(), 6u);
    ASSERT_EQ(t.rows.size(), 2u);
    for (int i = 0; i < values.size(); ++i)
        EXPECT_EQ(QString::fromUtf8(t.rows[0].fields[static_cast<size_t>(i)]), values[i]) << i;
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].line, 4); // the quoted line break moved it down one line
    EXPECT_FALSE(t.lastRecordUnterminated);
    EXPECT_EQ(t.column("h3"), 2);
    EXPECT_EQ(t.column("nope"), -1);
}

TEST(Csv, ParseAcceptsCrlfBomAndBlankLinesAndFlagsACutLastLine)
{
    csv::Table t;
    QString err;
    ASSERT_TRUE(csv::parse("\xEF\xBB\xBFx,y\r\n1,2\r\n\r\n3,", &t, &err)) << err.toStdString();
    ASSERT_EQ(t.header.size(), 2u);
    EXPECT_EQ(t.header[0], "x");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[1].fields.size(), 2u);
    EXPECT_EQ(t.rows[1].line, 4);
    EXPECT_TRUE(t.lastRecordUnterminated);
}

TEST(Csv, ParseErrorsNameTheLine)
{
    csv::Table t;
    QString err;
    EXPECT_FALSE(csv::parse("a,b\n1,2\n3,\"open\n4,5\n", &t, &err));
    EXPECT_TRUE(err.startsWith(QStringLiteral("line 3:"))) << err.toStdString();
    EXPECT_FALSE(csv::parse("a,b\n1,x\"y\n", &t, &err));
    EXPECT_TRUE(err.startsWith(QStringLiteral("line 2:"))) << err.toStdString();
    EXPECT_FALSE(csv::parse("a,b\n\"1\"x,2\n", &t, &err));
    EXPECT_TRUE(err.startsWith(QStringLiteral("line 2:"))) << err.toStdString();
}

TEST(Csv, NumberParsingIsStrict)
{
    double d = 0;
    std::int64_t i = 0;
    EXPECT_TRUE(csv::parseDouble("12.5", &d));
    EXPECT_DOUBLE_EQ(d, 12.5);
    EXPECT_TRUE(csv::parseDouble("-3", &d));
    EXPECT_TRUE(csv::parseDouble("+3e2", &d));
    EXPECT_DOUBLE_EQ(d, 300);
    EXPECT_FALSE(csv::parseDouble("12,5", &d));
    EXPECT_FALSE(csv::parseDouble(" 1", &d));
    EXPECT_FALSE(csv::parseDouble("1x", &d));
    EXPECT_FALSE(csv::parseDouble("", &d));
    EXPECT_FALSE(csv::parseDouble("nan", &d));
    EXPECT_TRUE(csv::parseInt("-17", &i));
    EXPECT_EQ(i, -17);
    EXPECT_FALSE(csv::parseInt("1.0", &i));
}
