// Profile, request, prompt and checks editors, and the whole plan editor: values in and out unchanged,
// edits, estimates, issue marks, and problem texts that count rows as the tables do.
#include "core/plan/planio.h"
#include "core/plan/promptfile.h"
#include "screenshot.h"
#include "ui/checkseditor.h"
#include "ui/planeditor.h"
#include "ui/profileeditor.h"
#include "ui/prompteditor.h"
#include "ui/requesteditor.h"
#include "ui/thresholdtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
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
    QSignalSpy changed(&editor, &ProfileEditor::changed);
    editor.setProfile(p);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(editor.profile(), p);
}

TEST(ProfileEditor, EditsAndEstimates)
{
    ProfileEditor editor;
    LoadProfile
        p; // defaults of Databricks' load-testing guide: 300 users, step 20, 30 s -> 15 steps = 7 min 30 s
    editor.setProfile(p);
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
    editor.setProfile(p);
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
    editor.setProfile(p);
    EXPECT_EQ(editor.profile().settleS, std::optional<double>(1.25));
    p.settleS = -3;
    editor.setProfile(p);
    EXPECT_EQ(editor.profile().settleS, std::optional<double>(-3));
}

TEST(ProfileEditor, MarksIssues)
{
    ProfileEditor editor;
    LoadProfile p;
    p.stepSize = 0;
    editor.setProfile(p);
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.profile() = editor.profile();
    const auto issues = validatePlan(plan);
    editor.setIssues(issues);
    auto *step = findByTip<QSpinBox>(&editor, QStringLiteral("must be between 1"));
    ASSERT_NE(step, nullptr);
    EXPECT_EQ(step->value(), 0);
    step->setValue(10);
    plan.profile() = editor.profile();
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

namespace {

template <typename W> W *named(QWidget *root, const char *name)
{
    W *w = root->findChild<W *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

Threshold gate(const char *metric, const char *op, double value)
{
    Threshold t;
    t.metric = QString::fromLatin1(metric);
    t.op = QString::fromLatin1(op);
    t.value = value;
    return t;
}

QStringList problemTexts(const PlanEditor &editor)
{
    QStringList out;
    for (int i = 0; i < editor.problemList()->count(); ++i)
        out << editor.problemList()->item(i)->text();
    return out;
}

} // namespace

TEST(ChecksEditor, GivesBackWhatItWasGiven)
{
    ChecksEditor editor;
    QAbstractItemModelTester tester(editor.thresholdModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    HealthCheck h;
    h.enabled = false;
    h.attempts = 7;
    h.retryDelayS = 0.25; // more decimals than the field shows
    h.timeoutS = 12.345;
    h.warmupRequests = 0;
    const std::vector<Threshold> thresholds = {gate("ttft_p95_ms", "<=", 812.75),
                                               gate("failure_rate", "<", 0.0125)};
    SaturationSettings s;
    s.flatFraction = 0.3;
    s.p95LimitMs = 1200.4;
    s.errorRateLimit = 0.0125;
    Slo slo;
    slo.latencyP95Ms = 950.5; // more decimals than the field shows
    slo.ttftP95Ms = 0;        // no limit
    slo.failureRate = 0.0125;
    QSignalSpy changed(&editor, &ChecksEditor::changed);
    editor.setChecks(h, thresholds, s, slo);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(editor.health(), h);
    EXPECT_EQ(editor.thresholds(), thresholds);
    EXPECT_EQ(editor.saturation(), s);
    EXPECT_EQ(editor.slo(), slo);
    auto *ttft = editor.findChild<QDoubleSpinBox *>(QStringLiteral("slo.ttft_p95_ms"));
    ASSERT_NE(ttft, nullptr);
    EXPECT_EQ(ttft->text(), QStringLiteral("no limit")) << "0 is no limit, as the saturation p95 field shows";
}

TEST(ChecksEditor, EditsEveryField)
{
    ChecksEditor editor;
    QAbstractItemModelTester tester(editor.thresholdModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setChecks(HealthCheck{}, {}, SaturationSettings{}, Slo{});
    QSignalSpy changed(&editor, &ChecksEditor::changed);
    int expected = 0;
    const auto edited = [&](const char *what) {
        ++expected;
        EXPECT_EQ(changed.count(), expected) << what;
    };

    auto *enabled = named<QCheckBox>(&editor, "health.enabled");
    auto *attempts = named<QSpinBox>(&editor, "health.attempts");
    auto *retry = named<QDoubleSpinBox>(&editor, "health.retry_delay_s");
    auto *timeout = named<QDoubleSpinBox>(&editor, "health.timeout_s");
    auto *warmup = named<QSpinBox>(&editor, "health.warmup_requests");
    ASSERT_TRUE(enabled && attempts && retry && timeout && warmup);
    attempts->setValue(9);
    edited("attempts");
    retry->setValue(4.5);
    edited("retry delay");
    timeout->setValue(90);
    edited("timeout");
    warmup->setValue(12);
    edited("warm-up");
    EXPECT_EQ(editor.health().attempts, 9);
    EXPECT_DOUBLE_EQ(editor.health().retryDelayS, 4.5);
    EXPECT_DOUBLE_EQ(editor.health().timeoutS, 90);
    EXPECT_EQ(editor.health().warmupRequests, 12);
    // Off: the check's own fields are greyed, the warm-up (which runs either way) is not.
    enabled->setChecked(false);
    edited("enabled");
    EXPECT_FALSE(editor.health().enabled);
    EXPECT_FALSE(attempts->isEnabled());
    EXPECT_FALSE(timeout->isEnabled());
    EXPECT_TRUE(warmup->isEnabled());

    auto *flat = named<QDoubleSpinBox>(&editor, "saturation.flat_fraction");
    auto *p95 = named<QDoubleSpinBox>(&editor, "saturation.p95_limit_ms");
    auto *errors = named<QDoubleSpinBox>(&editor, "saturation.error_rate_limit");
    ASSERT_TRUE(flat && p95 && errors);
    flat->setValue(0.4);
    edited("flat fraction");
    p95->setValue(1500);
    edited("p95 limit");
    errors->setValue(0.1);
    edited("failure rate limit");
    EXPECT_DOUBLE_EQ(editor.saturation().flatFraction, 0.4);
    EXPECT_DOUBLE_EQ(editor.saturation().p95LimitMs, 1500);
    EXPECT_DOUBLE_EQ(editor.saturation().errorRateLimit, 0.1);

    auto *sloLatency = named<QDoubleSpinBox>(&editor, "slo.latency_p95_ms");
    auto *sloTtft = named<QDoubleSpinBox>(&editor, "slo.ttft_p95_ms");
    auto *sloFailures = named<QDoubleSpinBox>(&editor, "slo.failure_rate");
    ASSERT_TRUE(sloLatency && sloTtft && sloFailures);
    sloLatency->setValue(1800);
    edited("SLO latency");
    sloTtft->setValue(400);
    edited("SLO TTFT");
    sloFailures->setValue(0.02);
    edited("SLO failure rate");
    EXPECT_DOUBLE_EQ(editor.slo().latencyP95Ms, 1800);
    EXPECT_DOUBLE_EQ(editor.slo().ttftP95Ms, 400);
    EXPECT_DOUBLE_EQ(editor.slo().failureRate, 0.02);
    EXPECT_EQ(editor.saturation().p95LimitMs, 1500) << "the SLO is its own, not the knee's limit";

    ThresholdTableModel *model = editor.thresholdModel();
    model->addThreshold();
    edited("threshold added");
    ASSERT_TRUE(model->setData(model->index(0, ThresholdTableModel::ValueColumn), 900));
    edited("threshold value");
    ASSERT_TRUE(model->setData(model->index(0, ThresholdTableModel::ScopeColumn), QStringLiteral("step")));
    edited("threshold scope");
    ASSERT_TRUE(model->setData(model->index(0, ThresholdTableModel::AbortColumn), int(Qt::Checked),
                               Qt::CheckStateRole));
    edited("threshold abort");
    ASSERT_EQ(editor.thresholds().size(), 1u);
    Threshold expected0 = gate("latency_p50_ms", "<", 900);
    expected0.scope = ThresholdScope::Step;
    expected0.abortOnFail = true;
    EXPECT_EQ(editor.thresholds()[0], expected0);
    ASSERT_TRUE(model->removeRows(0, 1));
    edited("threshold removed");
    EXPECT_TRUE(editor.thresholds().empty());
}

TEST(PlanEditor, AnInvalidThresholdShowsOnItsRowCountedFromOne)
{
    PlanEditor editor;
    ThresholdTableModel *model = editor.thresholdModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.thresholds = {gate("latency_p95_ms", "<", 2000), gate("failure_rate", "<", 0.05),
                       gate("peak_qps_ok", ">=", 1)};
    editor.setPlan(plan);
    ASSERT_TRUE(editor.issues().empty());

    QSignalSpy edited(&editor, &PlanEditor::edited);
    ASSERT_TRUE(model->setData(model->index(1, ThresholdTableModel::ValueColumn), QStringLiteral("-5")));
    EXPECT_EQ(edited.count(), 1);
    EXPECT_DOUBLE_EQ(editor.plan().thresholds[1].value, -5);
    ASSERT_EQ(editor.issues().size(), 1u);
    EXPECT_EQ(editor.issues()[0].path, QStringLiteral("thresholds[1].value"))
        << "the file's path stays 0-based";
    EXPECT_FALSE(model->issueAt(1, ThresholdTableModel::ValueColumn).isEmpty());
    EXPECT_TRUE(model->issueAt(0, ThresholdTableModel::ValueColumn).isEmpty());
    EXPECT_TRUE(model->issueAt(2, ThresholdTableModel::ValueColumn).isEmpty());
    EXPECT_EQ(problemTexts(editor), QStringList{QStringLiteral("Threshold 2, Value: must be at least 0")});
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toInt(), 2)
        << "the row the text names is the row shown as 2";

    ASSERT_TRUE(model->setData(model->index(1, ThresholdTableModel::ValueColumn), 0.1));
    EXPECT_TRUE(editor.issues().empty());
    EXPECT_TRUE(model->issueAt(1, ThresholdTableModel::ValueColumn).isEmpty());
}

TEST(PlanEditor, SloAndThresholdFlagsReachThePlanAndTheirIssuesTheirCells)
{
    PlanEditor editor;
    ThresholdTableModel *model = editor.thresholdModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.slo.latencyP95Ms = 2500;
    plan.thresholds = {gate("latency_p95_ms", "<", 2000), gate("peak_qps_ok", ">=", 1)};
    editor.setPlan(plan);
    ASSERT_TRUE(editor.issues().empty());
    EXPECT_EQ(editor.plan(), plan) << "a load gives the plan back unchanged";

    auto *ttft = named<QDoubleSpinBox>(&editor, "slo.ttft_p95_ms");
    ASSERT_NE(ttft, nullptr);
    ttft->setValue(600);
    EXPECT_DOUBLE_EQ(editor.plan().slo.ttftP95Ms, 600);
    EXPECT_DOUBLE_EQ(editor.plan().slo.latencyP95Ms, 2500);

    ASSERT_TRUE(model->setData(model->index(0, ThresholdTableModel::AbortColumn), int(Qt::Checked),
                               Qt::CheckStateRole));
    EXPECT_TRUE(editor.plan().thresholds[0].abortOnFail);
    EXPECT_TRUE(editor.issues().empty());
    // The peak has no per-step value: the problem names the second row's Scope cell.
    ASSERT_TRUE(model->setData(model->index(1, ThresholdTableModel::ScopeColumn), QStringLiteral("step")));
    EXPECT_EQ(editor.plan().thresholds[1].scope, ThresholdScope::Step);
    ASSERT_EQ(editor.issues().size(), 1u);
    EXPECT_EQ(editor.issues()[0].path, QStringLiteral("thresholds[1].scope"));
    EXPECT_FALSE(model->issueAt(1, ThresholdTableModel::ScopeColumn).isEmpty());
    EXPECT_TRUE(model->issueAt(0, ThresholdTableModel::ScopeColumn).isEmpty());
    EXPECT_TRUE(model->issueAt(1, ThresholdTableModel::MetricColumn).isEmpty());
    ASSERT_EQ(problemTexts(editor).size(), 1);
    EXPECT_TRUE(problemTexts(editor)[0].startsWith(QStringLiteral("Threshold 2, Scope: ")))
        << problemTexts(editor)[0].toStdString();
    ASSERT_TRUE(model->setData(model->index(1, ThresholdTableModel::ScopeColumn), QStringLiteral("run")));
    EXPECT_TRUE(editor.issues().empty());
}

TEST(PlanEditor, EveryProblemTextCountsRowsFromOne)
{
    PlanEditor editor;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    for (const char *label : {"second", "third"}) {
        Target t = plan.targets[0];
        t.label = QString::fromLatin1(label);
        plan.targets.push_back(t);
    }
    plan.targets[2].url = QStringLiteral("ftp://nope");
    plan.targets[1].headers = {{QStringLiteral("X-Ok"), QStringLiteral("1")},
                               {QStringLiteral("Bad Name"), QStringLiteral("2")}};
    plan.prompts = {QStringLiteral("first"), QStringLiteral("  ")}; // a blank prompt, as a file may hold
    plan.thresholds = {gate("latency_p95_ms", "<", 2000), gate("nonsense", "<", 1)};
    editor.setPlan(plan);
    const QStringList texts = problemTexts(editor);
    EXPECT_TRUE(texts.contains(QStringLiteral("Target 3, URL: not an http(s) URL")))
        << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Target 2, Header 2 name: not a valid HTTP header name")))
        << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Prompt 2: must not be empty")))
        << texts.join(u'|').toStdString();
    bool threshold = false;
    for (const QString &t : texts)
        threshold = threshold || t.startsWith(QStringLiteral("Threshold 2, Metric: unknown metric"));
    EXPECT_TRUE(threshold) << texts.join(u'|').toStdString();
    for (const QString &t : texts)
        EXPECT_FALSE(t.contains(u'[')) << t.toStdString();
    // The prompt list's tooltip names the prompt too: the list is one field.
    auto *prompts = editor.promptEditor()->findChild<QPlainTextEdit *>();
    ASSERT_NE(prompts, nullptr);
    EXPECT_EQ(prompts->toolTip(), QStringLiteral("Prompt 2: must not be empty"));
}

TEST(PromptEditor, KeepsAFileAsAReferenceWithItsOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("prompts.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("id,question\n1,\"first, with a comma\"\n2,second\n");
    }
    PlanEditor planEditor;
    const TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    planEditor.setPlan(plan);
    auto *editor = planEditor.findChild<PromptEditor *>();
    ASSERT_NE(editor, nullptr);
    auto *reference = named<QCheckBox>(editor, "promptReference");
    auto *order = named<QComboBox>(editor, "promptOrder");
    ASSERT_TRUE(reference && order);
    EXPECT_FALSE(reference->isChecked());

    // Imported as before: the prompts are copied into the plan.
    EXPECT_TRUE(editor->loadFile(csv));
    EXPECT_EQ(planEditor.plan().prompts, QStringList({"first, with a comma", "second"}));
    EXPECT_TRUE(planEditor.plan().promptSource.file.isEmpty());

    // As a reference: only the path and the order go into the plan; its own list stays as it was.
    planEditor.setPlan(plan);
    reference->setChecked(true);
    order->setCurrentIndex(order->findData(int(PromptOrder::Sequential)));
    EXPECT_TRUE(editor->loadFile(csv));
    EXPECT_TRUE(editor->statusText().contains(QStringLiteral("2 prompt(s)")))
        << editor->statusText().toStdString();
    TestPlan edited = planEditor.plan();
    EXPECT_EQ(edited.promptSource.file, csv);
    EXPECT_EQ(edited.promptSource.order, PromptOrder::Sequential);
    EXPECT_EQ(edited.prompts, plan.prompts);
    EXPECT_TRUE(validatePlan(edited).empty());

    // It loads back as it was saved, and unticking the box makes the list the plan's again.
    planEditor.setPlan(edited);
    EXPECT_TRUE(reference->isChecked());
    EXPECT_EQ(planEditor.plan().promptSource, edited.promptSource);
    reference->setChecked(false);
    EXPECT_TRUE(planEditor.plan().promptSource.file.isEmpty());
    EXPECT_EQ(planEditor.plan().promptSource.order, PromptOrder::Sequential);
}
