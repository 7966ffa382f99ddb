#include "core/metrics/failureclass.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace plateau;

TEST(FailureClass, KeysAreTheFileFormatNames)
{
    // These names are written to CSV/JSON and read back by older and newer builds: they are a format.
    const char *expected[] = {"none",         "connect",  "tls",           "http_status",   "http_429",
                              "redirect",     "auth",     "content_type",  "no_done",       "no_text_delta",
                              "stream_error", "protocol", "stall_timeout", "total_timeout", "cancelled"};
    ASSERT_EQ(std::size(expected), static_cast<std::size_t>(kFailureClassCount));
    for (int i = 0; i < kFailureClassCount; ++i)
        EXPECT_STREQ(failureClassKey(static_cast<FailureClass>(i)), expected[i]) << i;
}

TEST(FailureClass, FromKeyRoundTripsAndRejectsUnknown)
{
    for (int i = 0; i < kFailureClassCount; ++i) {
        const auto c = static_cast<FailureClass>(i);
        FailureClass back = FailureClass::Count;
        ASSERT_TRUE(failureClassFromKey(QString::fromLatin1(failureClassKey(c)), &back)) << i;
        EXPECT_EQ(back, c);
    }
    FailureClass untouched = FailureClass::Tls;
    EXPECT_FALSE(failureClassFromKey(QStringLiteral("HTTP_429"), &untouched)); // exact, case-sensitive
    EXPECT_FALSE(failureClassFromKey(QString(), &untouched));
    EXPECT_FALSE(failureClassFromKey(QStringLiteral("connect "), &untouched));
    EXPECT_EQ(untouched, FailureClass::Tls);
    EXPECT_TRUE(failureClassFromKey(QStringLiteral("stall_timeout"), nullptr));
}

TEST(FailureClass, LabelsAreDistinctAndOutOfRangeIsSafe)
{
    QSet<QString> labels;
    for (int i = 0; i < kFailureClassCount; ++i) {
        const QString label = failureClassLabel(static_cast<FailureClass>(i));
        EXPECT_FALSE(label.isEmpty()) << i;
        labels.insert(label);
    }
    EXPECT_EQ(labels.size(), kFailureClassCount);
    EXPECT_STREQ(failureClassKey(FailureClass::Count), "unknown");
    EXPECT_FALSE(failureClassLabel(static_cast<FailureClass>(200)).isEmpty());
}

TEST(FailureClass, CancelledAndNoneAreNotServerFailures)
{
    EXPECT_FALSE(isServerFailure(FailureClass::None));
    EXPECT_FALSE(isServerFailure(FailureClass::Cancelled));
    for (int i = 1; i < static_cast<int>(FailureClass::Cancelled); ++i)
        EXPECT_TRUE(isServerFailure(static_cast<FailureClass>(i))) << i;
}
