// The charts in German: the tab titles and axis titles come from the real German catalogue
// (translations/plateau_de.ts), read by the test's own translator, as the workbench shows them.

#include "tests/common/tscatalogue.h"
#include "ui/chartpanel.h"
#include "ui/metricdefs.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

class German : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const TsCatalogue de =
            readTsCatalogue(QStringLiteral(PLATEAU_SOURCE_DIR "/translations/plateau_de.ts"));
        ASSERT_TRUE(de.error.isEmpty()) << de.error.toStdString();
        m_translator = std::make_unique<TsTranslator>(de);
        QCoreApplication::installTranslator(m_translator.get());
    }
    void TearDown() override { QCoreApplication::removeTranslator(m_translator.get()); }

private:
    std::unique_ptr<TsTranslator> m_translator;
};

} // namespace

TEST_F(German, ChartTabTitlesAreTranslated)
{
    ChartPanel panel;
    const auto *tabs = panel.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    EXPECT_EQ(titles.join(QStringLiteral(" | ")).toStdString(), "QPS | QPS ok | Latenz | TTFT | Fehler %");
}

TEST_F(German, ChartAxisTitlesAreTranslated)
{
    EXPECT_EQ(chartMetricAxis(ChartMetric::Qps).toStdString(), "QPS (abgeschlossen/s)");
    EXPECT_EQ(chartMetricAxis(ChartMetric::QpsOk).toStdString(), "QPS ok (erfolgreich/s)");
    EXPECT_EQ(chartMetricAxis(ChartMetric::Latency).toStdString(), "Latenz (ms)");
    EXPECT_EQ(chartMetricAxis(ChartMetric::FailurePct).toStdString(), "Fehler (%)");
}
