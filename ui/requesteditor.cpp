#include "ui/requesteditor.h"

#include "core/engine/transport.h"
#include "ui/spinfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace plateau {

namespace {

const char *const kResponsesBody = R"({"input":[{"role":"user","content":"{{prompt}}"}],"stream":true})";
const char *const kChatBody = R"({"messages":[{"role":"user","content":"{{prompt}}"}],"stream":true})";

} // namespace

RequestEditor::RequestEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *httpBox = new QGroupBox(tr("Request"), this);
    auto *form = new QFormLayout(httpBox);
    auto *line = new QHBoxLayout;
    m_method = new QComboBox(httpBox);
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT")});
    m_path = new QLineEdit(httpBox);
    m_path->setPlaceholderText(QStringLiteral("/invocations"));
    m_path->setToolTip(tr("Appended to each target's URL"));
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    form->addRow(tr("Method and path:"), line);
    m_issues.add(QStringLiteral("request.method"), m_method);
    m_issues.add(QStringLiteral("request.path"), m_path);

    m_bodyPreset = new QComboBox(httpBox);
    m_bodyPreset->addItem(tr("Custom"));
    m_bodyPreset->addItem(tr("Responses style (input)"), QString::fromUtf8(kResponsesBody));
    m_bodyPreset->addItem(tr("Chat completions style (messages)"), QString::fromUtf8(kChatBody));
    form->addRow(tr("Body preset:"), m_bodyPreset);
    m_body = new QPlainTextEdit(httpBox);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(90);
    m_body->setToolTip(tr("JSON body; every {{prompt}} becomes a prompt from the list (JSON-escaped), "
                          "{{session}} the virtual user's session id"));
    form->addRow(tr("Body template:"), m_body);
    m_issues.add(QStringLiteral("request.body"), m_body);
    m_stream = new QCheckBox(tr("Streaming response (text/event-stream)"), httpBox);
    form->addRow(QString(), m_stream);
    layout->addWidget(httpBox);

    auto *timeBox = new QGroupBox(tr("Timeouts"), this);
    auto *timeForm = new QFormLayout(timeBox);
    timeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto seconds = [&](const QString &path, const QString &tip) {
        auto *box = new QDoubleSpinBox(timeBox);
        box->setRange(0, 7 * 86400);
        box->setDecimals(1);
        box->setSuffix(tr(" s"));
        box->setMinimumWidth(120);
        box->setToolTip(tip);
        m_issues.add(path, box);
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &RequestEditor::onEdited);
        return box;
    };
    m_connectTimeout =
        seconds(QStringLiteral("request.connect_timeout_s"), tr("TCP and TLS connection setup"));
    m_idleTimeout = seconds(QStringLiteral("request.idle_timeout_s"),
                            tr("Stall: no byte received for this long (counted as a stall timeout)"));
    m_totalTimeout = seconds(QStringLiteral("request.total_timeout_s"), tr("Deadline of the whole request"));
    timeForm->addRow(tr("Connect:"), m_connectTimeout);
    timeForm->addRow(tr("Idle (stall):"), m_idleTimeout);
    timeForm->addRow(tr("Total:"), m_totalTimeout);
    layout->addWidget(timeBox);

    auto *transportBox = new QGroupBox(tr("Transport"), this);
    auto *transportForm = new QFormLayout(transportBox);
    m_transport = new QComboBox(transportBox);
    m_transport->addItem(tr("Lean HTTP/1.1 (fastest, lowest generator CPU)"), int(TransportKind::Lean));
    m_transport->addItem(tr("Qt network stack (proxies, redirects, optional HTTP/2)"),
                         int(TransportKind::Qnam));
    m_http2 = new QCheckBox(tr("Allow HTTP/2 over TLS"), transportBox);
    transportForm->addRow(tr("Client:"), m_transport);
    transportForm->addRow(QString(), m_http2);
    // The Qt stack hides some server faults: say so where the user chooses it.
    m_transportCaveat = new QLabel(transportBox);
    m_transportCaveat->setWordWrap(true);
    m_transportCaveat->setObjectName(QStringLiteral("transportCaveat"));
    transportForm->addRow(QString(), m_transportCaveat);
    m_issues.add(QStringLiteral("request.transport"), m_transport);
    m_issues.add(QStringLiteral("request.http2"), m_http2);
    layout->addWidget(transportBox);
    layout->addStretch(1);

    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::onEdited);
    connect(m_path, &QLineEdit::textChanged, this, &RequestEditor::onEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestEditor::onEdited);
    connect(m_stream, &QCheckBox::toggled, this, &RequestEditor::onEdited);
    connect(m_transport, qOverload<int>(&QComboBox::currentIndexChanged), this, &RequestEditor::onEdited);
    connect(m_http2, &QCheckBox::toggled, this, &RequestEditor::onEdited);
    connect(m_bodyPreset, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString body = m_bodyPreset->itemData(index).toString();
        if (!body.isEmpty())
            m_body->setPlainText(body); // textChanged -> onEdited
    });

    setRequest(RequestTemplate{});
}

void RequestEditor::setRequest(const RequestTemplate &r)
{
    m_loading = true;
    m_base = r;
    m_method->setCurrentText(r.method);
    m_path->setText(r.path);
    m_body->setPlainText(r.body);
    m_stream->setChecked(r.stream);
    setQuietly(m_connectTimeout, r.connectTimeoutS);
    setQuietly(m_idleTimeout, r.idleTimeoutS);
    setQuietly(m_totalTimeout, r.totalTimeoutS);
    m_transport->setCurrentIndex(m_transport->findData(int(r.transport)));
    m_http2->setChecked(r.http2);
    const int preset = m_bodyPreset->findData(r.body);
    m_bodyPreset->setCurrentIndex(preset < 0 ? 0 : preset);
    updateHttp2();
    m_loading = false;
}

RequestTemplate RequestEditor::request() const
{
    RequestTemplate r = m_base;
    r.method = m_method->currentText().trimmed();
    r.path = m_path->text().trimmed();
    r.body = m_body->toPlainText();
    r.stream = m_stream->isChecked();
    r.connectTimeoutS = keptValue(m_base.connectTimeoutS, m_connectTimeout);
    r.idleTimeoutS = keptValue(m_base.idleTimeoutS, m_idleTimeout);
    r.totalTimeoutS = keptValue(m_base.totalTimeoutS, m_totalTimeout);
    r.transport = TransportKind(m_transport->currentData().toInt());
    r.http2 = m_http2->isChecked();
    return r;
}

void RequestEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues.apply(issues);
}

void RequestEditor::updateHttp2()
{
    // HTTP/2 needs the Qt stack; the checkbox stays checkable while checked so a plan that asks for it
    // anyway shows (and validatePlan flags) the conflict instead of hiding it.
    m_http2->setEnabled(m_transport->currentData().toInt() == int(TransportKind::Qnam) ||
                        m_http2->isChecked());
    const QString caveat = transportCaveat(TransportKind(m_transport->currentData().toInt()));
    m_transportCaveat->setText(caveat.isEmpty() ? QString() : tr("Note: %1").arg(caveat));
    m_transportCaveat->setVisible(!caveat.isEmpty());
}

void RequestEditor::onEdited()
{
    if (m_loading)
        return;
    updateHttp2();
    const int preset = m_bodyPreset->findData(m_body->toPlainText());
    {
        const QSignalBlocker block(m_bodyPreset);
        m_bodyPreset->setCurrentIndex(preset < 0 ? 0 : preset);
    }
    emit changed();
}

} // namespace plateau
