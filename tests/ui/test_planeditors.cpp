// Profile, request and prompt editors: values in and out unchanged, edits, estimates, issue marks.
#include "core/plan/planio.h"
#include "core/plan/promptfile.h"
#include "screenshot.h"
#include "ui/profileeditor.h"
#include "ui/prompteditor.h"
#include "ui/requesteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

template <typename W> W *findByTip(QWidget *root, const QString &tipPart)
{
    const auto all = root->findChildren<W *>();
    for (W *w : all) {
        if (w->toolTip().contains(tipPart))
            return w;
    }
    return nullptr;
}

} // namespace

TEST(ProfileEditor, GivesBackWhatItWasGiven)
{
    ProfileEditor editor;
    LoadProfile p;
    p.kind = ProfileKind::ConstantRate;
    p.maxUsers = 1000;
    p.stepSize = 20;
    p.stepDurationS = 12.345; // more decimals than the field shows
    p.thinkMinS = 0.123456;
    p.thinkMaxS = 1.5;
    p.arrivalRate = 33.3333;
    p.durationS = 600;
    p.stopAtKnee = true;
    SaturationSettings s;
    s.flatFraction = 0.3;
    s.p95LimitMs = 1200;
    s.errorRateLimit = 0.0125;
    QSignalSpy changed(&editor, &ProfileEditor::changed);
    editor.setProfile(p, s);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(editor.profile(), p);
    EXPECT_EQ(editor.saturation(), s);
}

TEST(ProfileEditor, EditsAndEstimates)
{
    ProfileEditor editor;
    LoadProfile
        p; // defaults of Databricks' load-testing guide: 300 users, step 20, 30 s -> 15 steps = 7 min 30 s
    editor.setProfile(p, SaturationSettings{});
    editor.setEnabledTargets(6);
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("7 min 30 s")))
        << editor.estimateText().toStdString();
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("45 min")))
        << editor.estimateText().toStdString();

    QSignalSpy changed(&editor, &ProfileEditor::changed);
    auto spins = editor.findChildren<QSpinBox *>();
    QSpinBox *maxUsers = nullptr;
    for (QSpinBox *s : spins) {
        if (s->value() == 300)
            maxUsers = s;
    }
    ASSERT_NE(maxUsers, nullptr);
    maxUsers->setValue(600);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(editor.profile().maxUsers, 600);
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("15 min")))
        << editor.estimateText().toStdString();
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("1 h 30 min")))
        << editor.estimateText().toStdString();

    // Switching the shape shows its own fields and changes the estimate.
    auto *kind = editor.findChild<QComboBox *>();
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(int(ProfileKind::Sustained)));
    EXPECT_EQ(editor.profile().kind, ProfileKind::Sustained);
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("20 min")))
        << editor.estimateText().toStdString();
}

TEST(ProfileEditor, SettleIsAutoUntilAValueIsChosen)
{
    ProfileEditor editor;
    LoadProfile p; // settle_s left out of the plan: auto
    editor.setProfile(p, SaturationSettings{});
    auto *settle = findByTip<QDoubleSpinBox>(&editor, QStringLiteral("Auto (below 0)"));
    ASSERT_NE(settle, nullptr);
    EXPECT_EQ(settle->text(), QStringLiteral("auto (5.0 s)")) << "auto shows what the run will use";
    EXPECT_EQ(editor.profile(), p) << "auto stays auto";

    QDoubleSpinBox *step = nullptr;
    for (QDoubleSpinBox *box : editor.findChildren<QDoubleSpinBox *>()) {
        if (box->value() == 30)
            step = box;
    }
    ASSERT_NE(step, nullptr);
    step->setValue(3);
    EXPECT_EQ(settle->text(), QStringLiteral("auto (1.0 s)"));
    EXPECT_FALSE(editor.profile().settleS.has_value());

    settle->setValue(2);
    EXPECT_EQ(editor.profile().settleS, std::optional<double>(2));
    settle->setValue(settle->minimum());
    EXPECT_FALSE(editor.profile().settleS.has_value()) << "back to auto";

    // A value from the file comes back exactly; a negative one (an error) is not quietly made auto.
    p.settleS = 1.25;
    editor.setProfile(p, SaturationSettings{});
    EXPECT_EQ(editor.profile().settleS, std::optional<double>(1.25));
    p.settleS = -3;
    editor.setProfile(p, SaturationSettings{});
    EXPECT_EQ(editor.profile().settleS, std::optional<double>(-3));
}

TEST(ProfileEditor, MarksIssues)
{
    ProfileEditor editor;
    LoadProfile p;
    p.stepSize = 0;
    editor.setProfile(p, SaturationSettings{});
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.profile = editor.profile();
    const auto issues = validatePlan(plan);
    editor.setIssues(issues);
    auto *step = findByTip<QSpinBox>(&editor, QStringLiteral("must be between 1"));
    ASSERT_NE(step, nullptr);
    EXPECT_EQ(step->value(), 0);
    step->setValue(10);
    plan.profile = editor.profile();
    editor.setIssues(validatePlan(plan));
    EXPECT_FALSE(step->toolTip().contains(QStringLiteral("must be")));
}

TEST(RequestEditor, RoundTripAndEdit)
{
    RequestEditor editor;
    RequestTemplate r;
    r.method = QStringLiteral("PUT");
    r.path = QStringLiteral("/v1/chat");
    r.body = QStringLiteral(R"({"messages":[{"role":"user","content":"{{prompt}}"}],"stream":true})");
    r.transport = TransportKind::Qnam;
    r.http2 = true;
    r.idleTimeoutS = 12.25;
    QSignalSpy changed(&editor, &RequestEditor::changed);
    editor.setRequest(r);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(editor.request(), r);

    auto *body = editor.findChild<QPlainTextEdit *>();
    ASSERT_NE(body, nullptr);
    body->setPlainText(QStringLiteral(R"({"q":"{{prompt}}"})"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(editor.request().body, QStringLiteral(R"({"q":"{{prompt}}"})"));

    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.request = editor.request();
    plan.request.body = QStringLiteral("{not json {{prompt}}");
    editor.setRequest(plan.request);
    editor.setIssues(validatePlan(plan));
    EXPECT_TRUE(body->toolTip().contains(QStringLiteral("JSON"))) << body->toolTip().toStdString();
}

TEST(RequestEditor, SaysWhatTheQtStackHidesWhenItIsChosen)
{
    RequestEditor editor;
    RequestTemplate r;
    editor.setRequest(r);
    editor.resize(720, 760);
    editor.show();
    auto *caveat = editor.findChild<QLabel *>(QStringLiteral("transportCaveat"));
    ASSERT_NE(caveat, nullptr);
    EXPECT_FALSE(caveat->isVisibleTo(&editor)) << "the lean transport needs no warning";
    r.transport = TransportKind::Qnam;
    editor.setRequest(r);
    EXPECT_TRUE(caveat->isVisibleTo(&editor));
    EXPECT_TRUE(caveat->text().contains(QStringLiteral("no_done"))) << caveat->text().toStdString();
    plateau::test::saveScreenshot(&editor, QStringLiteral("request-editor-qnam"));
}

TEST(PromptIo, EditorTextRoundTrip)
{
    const QStringList prompts = {QStringLiteral("plain"), QStringLiteral("two\nlines"),
                                 QStringLiteral("back\\slash \\n literal"), QStringLiteral("cr\r\nlf"),
                                 QStringLiteral(" spaced ")};
    const QString text = promptsToEditorText(prompts);
    EXPECT_EQ(text.count(u'\n'), prompts.size() - 1);
    EXPECT_EQ(promptsFromEditorText(text), prompts);
    EXPECT_EQ(promptsFromEditorText(QStringLiteral("a\r\n\r\n  \nb\r\n")), QStringList({"a", "b"}));
    // A backslash before anything else stays as typed.
    EXPECT_EQ(promptsFromEditorText(QStringLiteral("C:\\temp\\x")), QStringList({"C:\\temp\\x"}));
}

TEST(PromptIo, TextAndJsonLines)
{
    auto r = promptsFromText(QByteArray("\xEF\xBB\xBFone\r\ntwo\n\n  \nthree"));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.prompts, QStringList({"one", "two", "three"}));

    r = promptsFromJsonLines(QByteArray("{\"prompt\":\"p1\"}\n"
                                        "{\"content\":\"c2\\nline\"}\n"
                                        "\"bare string\"\n"
                                        "\n"
                                        "{\"other\":1}\n"
                                        "not json\n"
                                        "{\"prompt\":42}\n"
                                        "{\"prompt\":\"  \"}\n"));
    EXPECT_EQ(r.prompts, QStringList({"p1", "c2\nline", "bare string"}));
    ASSERT_EQ(r.errors.size(), 4);
    EXPECT_TRUE(r.errors[0].startsWith(QStringLiteral("line 5"))) << r.errors[0].toStdString();
    EXPECT_TRUE(r.errors[1].startsWith(QStringLiteral("line 6")));
    EXPECT_TRUE(r.errors[2].startsWith(QStringLiteral("line 7")));
    EXPECT_TRUE(r.errors[3].startsWith(QStringLiteral("line 8")));

    // Garbage never produces an unbounded error list.
    QByteArray junk;
    for (int i = 0; i < 1000; ++i)
        junk += "\x01\x02{[\n";
    r = promptsFromJsonLines(junk);
    EXPECT_TRUE(r.prompts.isEmpty());
    EXPECT_LE(r.errors.size(), 21);
}

TEST(PromptEditor, LoadsFilesAndKeepsMultilinePrompts)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString jsonl = dir.filePath(QStringLiteral("prompts.jsonl"));
    {
        QFile f(jsonl);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt\":\"first\\nsecond line\"}\n{\"content\":\"two\"}\nbroken\n");
    }
    PromptEditor editor;
    editor.setPrompts({QStringLiteral("old")});
    QSignalSpy changed(&editor, &PromptEditor::changed);
    EXPECT_TRUE(editor.loadFile(jsonl));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(editor.prompts(), QStringList({"first\nsecond line", "two"}));
    EXPECT_TRUE(editor.statusText().contains(QStringLiteral("line 3"))) << editor.statusText().toStdString();

    EXPECT_FALSE(editor.loadFile(dir.filePath(QStringLiteral("missing.txt"))));
    EXPECT_EQ(editor.prompts().size(), 2);
    EXPECT_TRUE(editor.statusText().contains(QStringLiteral("no such file")));

    // Prompts come back exactly as given while the text is untouched, even ones the text cannot hold.
    const QStringList odd = {QStringLiteral("a"), QString()};
    editor.setPrompts(odd);
    EXPECT_EQ(editor.prompts(), odd);
}
