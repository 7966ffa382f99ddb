// Hostile input: nothing crashes, nothing throws, every problem names a byte or a path.
#include "core/plan/planio.h"
#include "plantestdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;

namespace {

PlanLoadResult load(const QByteArray &text)
{
    return planFromJson(text);
}

// The single document-level issue of a load that failed to parse.
QString parseError(const QByteArray &text)
{
    const PlanLoadResult r = load(text);
    EXPECT_FALSE(r.plan.has_value()) << text.left(80).toStdString();
    if (r.issues.size() != 1) {
        ADD_FAILURE() << "expected one issue, got " << r.issues.size();
        return QString();
    }
    EXPECT_TRUE(r.issues[0].path.isEmpty());
    return r.issues[0].message;
}

} // namespace

TEST(PlanHostile, ParseErrorsGiveTheByteOffset)
{
    const QString e = parseError(R"({"name": tru})");
    EXPECT_TRUE(e.startsWith(QStringLiteral("byte 13: syntax error"))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("line 1, column 13"))) << e.toStdString();
    const QString multiLine = parseError("{\n  \"name\": \"a\",\n  \"targets\": [,]\n}");
    EXPECT_TRUE(multiLine.startsWith(QStringLiteral("byte 32:"))) << multiLine.toStdString();
    EXPECT_TRUE(multiLine.contains(QStringLiteral("line 3, column 15"))) << multiLine.toStdString();
}

TEST(PlanHostile, EmptyInputIsReportedAsEmpty)
{
    for (const QByteArray &text : {QByteArray(), QByteArray("  \n\t "), QByteArray("\r\n")})
        EXPECT_EQ(parseError(text), QStringLiteral("the document is empty"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    EXPECT_EQ(issueStrings(loadPlanFile(path).issues), QStringList{QStringLiteral("the document is empty")});
}

TEST(PlanHostile, EveryTruncationOfAPlanIsASyntaxErrorWithAByte)
{
    const QByteArray full = planToJson(test::validPlan());
    for (int n = 1; n < full.size() - 1; ++n) { // the last byte is the newline after the closing brace
        const PlanLoadResult r = load(full.left(n));
        ASSERT_FALSE(r.plan.has_value()) << "prefix " << n;
        ASSERT_EQ(r.issues.size(), 1u);
        ASSERT_TRUE(r.issues[0].message.startsWith(QStringLiteral("byte ")))
            << r.issues[0].message.toStdString();
    }
}

TEST(PlanHostile, DeepNestingIsRefusedAtTheFirstTooDeepBracket)
{
    EXPECT_EQ(parseError(QByteArray(100000, '[')), QStringLiteral("byte 65: nested deeper than 64 levels"));
    EXPECT_EQ(parseError(QByteArray(100000, '[') + QByteArray(100000, ']')),
              QStringLiteral("byte 65: nested deeper than 64 levels"));
    EXPECT_EQ(parseError(QByteArray(R"({"targets":)") + QByteArray(100000, '[')),
              QStringLiteral("byte 75: nested deeper than 64 levels"));
    // Brackets inside strings do not count.
    QByteArray quoted = R"({"name":"[[[[\"[[[[)" + QByteArray(1000, '[') + R"(","p":)";
    const int prefix = quoted.size();
    quoted += QByteArray(100, '[');
    EXPECT_EQ(parseError(quoted), QStringLiteral("byte %1: nested deeper than 64 levels").arg(prefix + 64));
    // Within the limit, deep structure loads; under an unknown key it is one issue, not one per level.
    const PlanLoadResult ok = load(R"({"x":)" + QByteArray(63, '[') + QByteArray(63, ']') + "}");
    ASSERT_TRUE(ok.plan.has_value());
    ASSERT_EQ(ok.issues.size(), 1u) << issueStrings(ok.issues);
    EXPECT_EQ(ok.issues[0].path, QStringLiteral("x"));
    // Brackets inside comments do not count either.
    QByteArray commented = "{ // [[[[[[[[\n /* [[[[[[[[[[ */ \"p\":";
    const int before = commented.size();
    commented += QByteArray(100, '[');
    EXPECT_EQ(parseError(commented),
              QStringLiteral("byte %1: nested deeper than 64 levels").arg(before + 64));
}

TEST(PlanHostile, HugeNumbersAreRangeErrorsNotUndefinedBehaviour)
{
    const PlanLoadResult r = load(R"({"targets":[{"workers":1e308}],
        "profile":{"max_users":1180591620717411303424,"step_size":-1180591620717411303424,
                   "burst_users":9223372036854775808,"sustained_users":-2147483649,"max_in_flight":2147483648,
                   "step_duration_s":1e308},
        "engine":{"threads":-2147483648}})");
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(issueStrings(r.issues),
              QStringList({
                  QStringLiteral("targets[0].workers: 1e+308 is out of range for an integer"),
                  QStringLiteral("profile.max_users: 1.18059e+21 is out of range for an integer"),
                  QStringLiteral("profile.step_size: -1.18059e+21 is out of range for an integer"),
                  QStringLiteral("profile.burst_users: 9223372036854775808 is out of range for an integer"),
                  QStringLiteral("profile.sustained_users: -2147483649 is out of range for an integer"),
                  QStringLiteral("profile.max_in_flight: 2147483648 is out of range for an integer"),
              }));
    EXPECT_EQ(r.plan->engine.threads, -2147483648LL) << "INT_MIN itself fits";
    EXPECT_EQ(r.plan->profile().stepDurationS, 1e308)
        << "a huge double is representable; validation rejects it";
    EXPECT_EQ(r.plan->profile().maxUsers, 300) << "out-of-range values keep the default";
}

TEST(PlanHostile, NegativeValuesLoadAndFailValidationWithTheirPath)
{
    const PlanLoadResult r = load(R"({"targets":[{"label":"a","url":"http://h","workers":-1}]})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_TRUE(issueStrings(validatePlan(*r.plan))
                    .contains(QStringLiteral("targets[0].workers: must be at least 0")));
}

TEST(PlanHostile, NumberOverflowGivesTheByte)
{
    const QString e = parseError(R"({"name":"x","profile":{"spawn_rate":1e400}})");
    EXPECT_TRUE(e.startsWith(QStringLiteral("byte "))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("number overflow parsing '1e400'"))) << e.toStdString();
    const qint64 byte = e.mid(5, e.indexOf(QLatin1Char(':')) - 5).toLongLong();
    EXPECT_GE(byte, 37); // the number starts at byte 37 and ends at byte 41
    EXPECT_LE(byte, 42);
}

TEST(PlanHostile, InvalidUtf8IsReportedWithItsByte)
{
    // The byte reported is the first one that cannot continue valid UTF-8.
    const QList<QByteArray> cases = {
        QByteArray("{\"name\":\"ab\xff\"}"),         // not UTF-8 at all
        QByteArray("{\"name\":\"ab\xc0\xaf\"}"),     // overlong '/'
        QByteArray("{\"name\":\"ab\xed\xa0\x80\"}"), // an encoded surrogate
        QByteArray("{\"name\":\"ab\xe6\x97\"}"),     // a sequence cut short
        QByteArray("{\"nam\xff\":\"abc\"}"),         // in a key: byte 6
        QByteArray("{\xff:1}"),                      // outside any string: byte 2
    };
    const QList<int> bytes = {12, 12, 13, 14, 6, 2};
    for (int i = 0; i < cases.size(); ++i) {
        const QString e = parseError(cases[i]);
        EXPECT_TRUE(e.startsWith(QStringLiteral("byte %1:").arg(bytes[i]))) << i << ": " << e.toStdString();
    }
    EXPECT_TRUE(parseError("{\"name\":\"ab\xff\"}").contains(QStringLiteral("UTF-8")));
}

TEST(PlanHostile, LoneSurrogateEscapesAreSyntaxErrors)
{
    const QString e = parseError(R"({"name":"\ud800x"})");
    EXPECT_TRUE(e.startsWith(QStringLiteral("byte "))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("surrogate"))) << e.toStdString();
    // A proper pair is fine.
    const PlanLoadResult ok = load(R"({"name":"\ud83d\ude80"})");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.plan->name, QString::fromUtf8("\xf0\x9f\x9a\x80"));
}

TEST(PlanHostile, NulBytesNeverTruncateOrCrash)
{
    EXPECT_TRUE(parseError(QByteArray("{\"name\":\"a\0b\"}", 14)).startsWith(QStringLiteral("byte 11:")));
    // nlohmann alone would take a NUL for the end of input and accept these.
    EXPECT_EQ(parseError(QByteArray("{}\0", 3)),
              QStringLiteral("byte 3: NUL byte (JSON text cannot contain one)"));
    EXPECT_EQ(parseError(QByteArray("{\"name\":\"x\"}\0{\"name\":5}", 23)),
              QStringLiteral("byte 13: NUL byte (JSON text cannot contain one)"));
    EXPECT_TRUE(parseError(QByteArray("\0{}", 3)).startsWith(QStringLiteral("byte 1:")));
    // A syntax error before the NUL is the one reported.
    EXPECT_TRUE(parseError(QByteArray("{x}\0", 4)).startsWith(QStringLiteral("byte 2: syntax error")));
    // An escaped NUL is legal JSON and survives a round trip.
    const PlanLoadResult r = load(R"({"name":"a\u0000b"})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.plan->name, QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")));
    const PlanLoadResult again = planFromJson(planToJson(*r.plan));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.plan->name, r.plan->name);
}

TEST(PlanHostile, OversizedInputIsRefusedWithoutParsing)
{
    const QByteArray big(50 * 1024 * 1024, '[');
    const QString e = parseError(big);
    EXPECT_TRUE(e.contains(QStringLiteral("52428800 bytes is too large"))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("16 MiB"))) << e.toStdString();
    EXPECT_TRUE(parseError(QByteArray(kMaxPlanBytes + 1, ' ')).contains(QStringLiteral("too large")));
}

TEST(PlanHostile, OversizedFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(50LL * 1024 * 1024)); // sparse: cheap to make
    f.close();
    const PlanLoadResult r = loadPlanFile(path);
    EXPECT_FALSE(r.plan.has_value());
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_TRUE(r.issues[0].message.contains(QStringLiteral("too large")))
        << r.issues[0].message.toStdString();
    EXPECT_TRUE(r.issues[0].message.contains(path));
}

TEST(PlanHostile, TooManyValuesIsRefused)
{
    QByteArray many = "[";
    many += QByteArray("0,").repeated(2'100'000);
    many += "0]";
    ASSERT_LT(many.size(), kMaxPlanBytes);
    EXPECT_TRUE(parseError(many).contains(QStringLiteral("more than 2000000 JSON values")));
}

TEST(PlanHostile, LongValuesDoNotMakeHugeMessages)
{
    const QByteArray longKind = R"({"profile":{"kind":")" + QByteArray(1 << 20, 'k') + R"("}})";
    const PlanLoadResult r = load(longKind);
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].path, QStringLiteral("profile.kind"));
    EXPECT_LT(r.issues[0].message.size(), 200);
    const QByteArray longBad = R"({"name":")" + QByteArray(1 << 20, 'n') + "\xff\"}";
    const QString e = parseError(longBad);
    EXPECT_TRUE(e.startsWith(QStringLiteral("byte %1:").arg(9 + (1 << 20) + 1))) << e.left(100).toStdString();
    EXPECT_LT(e.size(), 400);
}

// Random byte edits of a real plan: whatever comes out, there is either a plan or a reason.
TEST(PlanHostile, RandomMutationsNeverCrash)
{
    const QByteArray base = planToJson(test::fullPlan());
    QRandomGenerator rng(1234);
    const char alphabet[] = "{}[]\",:0123456789.eE+-\\u \xff\xc3\x80\x00tfn";
    for (int round = 0; round < 3000; ++round) {
        QByteArray m = base;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng.bounded(m.size()));
            const char c = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
            switch (rng.bounded(3)) {
            case 0:
                m[at] = c;
                break;
            case 1:
                m.insert(at, c);
                break;
            default:
                m.remove(at, 1);
            }
        }
        const PlanLoadResult r = load(m);
        ASSERT_TRUE(r.plan.has_value() || !r.issues.empty()) << "round " << round;
        if (r.plan)
            validatePlan(*r.plan); // must not crash either, whatever it finds
    }
}
