#include "ui/credentialsdialog.h"

#include "core/auth/credentialsave.h"
#include "core/auth/credentialtest.h"
#include "core/secrets/secretstore.h"
#include "core/secrets/sessionfallbacksecretstore.h"
#include "ui/authrefmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

namespace plateau {

namespace {

const QColor kErrorBase(0xfd, 0xe2, 0xe1);
const QColor kErrorText(0x8a, 0x14, 0x14);
const QColor kGoodText(0x10, 0x6b, 0x21);

// The secret fields any kind may have, in the order the form shows them.
const char *const kAllSecretFields[] = {kSecretFieldToken, kSecretFieldClientSecret, kSecretFieldPassword};

QString secretFieldLabel(const QString &field)
{
    if (field == QLatin1String(kSecretFieldToken))
        return CredentialsDialog::tr("Token");
    if (field == QLatin1String(kSecretFieldClientSecret))
        return CredentialsDialog::tr("Client secret");
    if (field == QLatin1String(kSecretFieldPassword))
        return CredentialsDialog::tr("Shared password");
    return field;
}

// The label of the widget an issue path belongs to, for messages ("Host: not an http(s) URL").
QString fieldLabel(const QString &path)
{
    static const struct
    {
        const char *path;
        const char *label;
    } kLabels[] = {{"name", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Name")},
                   {"host", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Host")},
                   {"clientId", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Client ID")},
                   {"scope", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Scope")},
                   {"tokenPath", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Token path")},
                   {"cliCommand", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Command")},
                   {"usersFile", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Users file")},
                   {"loginUrl", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Login URL")},
                   {"timeoutS", QT_TRANSLATE_NOOP("plateau::CredentialsDialog", "Timeout")}};
    for (const auto &l : kLabels) {
        if (path == QLatin1String(l.path))
            return CredentialsDialog::tr(l.label);
    }
    return path;
}

QString kindHint(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return CredentialsDialog::tr("Requests are sent without an Authorization header.");
    case AuthKind::StaticToken:
        return CredentialsDialog::tr(
            "A bearer token you paste: a personal access token or a short-lived user token. It is never "
            "refreshed, so for runs longer than about an hour use OAuth M2M.");
    case AuthKind::OAuthM2M:
        return CredentialsDialog::tr(
            "The service principal's client ID and secret are exchanged for a token at host + token path "
            "(client-credentials grant). Plateau refreshes the token before it expires.");
    case AuthKind::CliToken:
        return CredentialsDialog::tr(
            "Plateau runs this command and reads the token it prints (JSON with access_token), e.g. the "
            "Databricks CLI. {host} in the command is replaced by the host. No secret is stored.");
    case AuthKind::PerUserLogin:
        return CredentialsDialog::tr(
            "Each virtual user logs in as one account of the users file by posting its username and "
            "password to the login URL. The shared password serves accounts listed without one.");
    }
    return {};
}

QString connectionTitle(AuthKind kind)
{
    switch (kind) {
    case AuthKind::OAuthM2M:
        return CredentialsDialog::tr("Token endpoint");
    case AuthKind::CliToken:
        return CredentialsDialog::tr("Command");
    case AuthKind::PerUserLogin:
        return CredentialsDialog::tr("Login");
    case AuthKind::None:
    case AuthKind::StaticToken:
        break;
    }
    return {};
}

// The inverse of QProcess::splitCommand for display: quotes arguments with blanks or quotes.
QString joinCommand(const QStringList &args)
{
    QStringList out;
    for (QString a : args) {
        if (a.isEmpty() || a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('\t')) ||
            a.contains(QLatin1Char('"'))) {
            a.replace(QStringLiteral("\""), QStringLiteral("\"\"\""));
            a = QLatin1Char('"') + a + QLatin1Char('"');
        }
        out << a;
    }
    return out.join(QLatin1Char(' '));
}

void setBaseToolTip(QWidget *w, const QString &tip)
{
    w->setProperty("baseToolTip", tip);
    w->setToolTip(tip);
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Construction

CredentialsDialog::CredentialsDialog(const QString &authRefsPath, SecretStore *store, QWidget *parent)
    : QDialog(parent), m_path(authRefsPath), m_store(store), m_model(new AuthRefModel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    m_save = new CredentialSave(m_path, store, this);
    connect(m_save, &CredentialSave::storeAnswered, this, &CredentialsDialog::noteStoreResult);
    connect(m_save, &CredentialSave::secretStored, this, [this](const QString &key, bool sessionOnly) {
        m_presence.insert(key, sessionOnly ? Presence::SessionOnly : Presence::Stored);
    });
    connect(m_save, &CredentialSave::secretRemoved, this,
            [this](const QString &key) { m_presence.insert(key, Presence::Absent); });
    connect(m_save, &CredentialSave::removing, this,
            [this] { setMessage(tr("Removing secrets no reference uses any more…"), false); });
    connect(m_save, &CredentialSave::finished, this, &CredentialsDialog::onSaveFinished);
    m_tokenTest = new CredentialTest(this);
    connect(m_tokenTest, &CredentialTest::finished, this, &CredentialsDialog::onTestFinished);
    buildUi();
    connectStore();
    loadFile();
    resize(920, 620);
}

// The save and the test are children: they wipe what they hold when they go.
CredentialsDialog::~CredentialsDialog() = default;

void CredentialsDialog::buildUi()
{
    auto *root = new QVBoxLayout(this);

    m_banner = new QLabel(
        tr("No system keychain is available: secrets are kept for this session only and are not saved."),
        this);
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel#keychainBanner { background: #fff4ce; color: #5c4400; "
                                           "border: 1px solid #e3c565; border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    root->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeView(left);
    m_list->setObjectName(QStringLiteral("refList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AuthRefModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(AuthRefModel::KindColumn, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), left);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("New auth reference"));
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Copy the selected reference; its stored secrets are copied when you save"));
    m_delete = new QPushButton(tr("Delete"), left);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the selected reference; its secrets are removed when you save"));
    for (QPushButton *b : {m_add, m_duplicate, m_delete}) {
        b->setAutoDefault(false);
        listButtons->addWidget(b);
    }
    leftLayout->addLayout(listButtons);
    left->setMinimumWidth(250);

    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *empty = new QLabel(tr("No auth references yet.\n\nClick Add to create one. Plans refer to it by "
                                "name; its secrets go to the system keychain."),
                             m_pages);
    empty->setObjectName(QStringLiteral("emptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildForm());

    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 650});
    root->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_message, 1);
    m_saveBusy = new QProgressBar(this);
    m_saveBusy->setObjectName(QStringLiteral("saveBusy"));
    m_saveBusy->setRange(0, 0);
    m_saveBusy->setFixedWidth(90);
    m_saveBusy->setTextVisible(false);
    m_saveBusy->hide();
    bottom->addWidget(m_saveBusy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    bottom->addWidget(m_buttons);
    root->addLayout(bottom);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CredentialsDialog::onCurrentChanged);
    connect(m_add, &QPushButton::clicked, this, &CredentialsDialog::addReference);
    connect(m_duplicate, &QPushButton::clicked, this, &CredentialsDialog::duplicateReference);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::deleteReference);
}

QWidget *CredentialsDialog::buildForm()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("formPage"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);

    auto makeForm = [](QGroupBox *box) {
        auto *f = new QFormLayout(box);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        f->setRowWrapPolicy(QFormLayout::DontWrapRows);
        return f;
    };
    auto lineEdit = [](QWidget *parent, const char *name, const QString &placeholder, const QString &tip) {
        auto *e = new QLineEdit(parent);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        setBaseToolTip(e, tip);
        return e;
    };
    // Labels of all three groups get one width, so the fields line up down the page.
    QList<QLabel *> labels;
    auto addRow = [&labels](QFormLayout *f, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, field->parentWidget());
        l->setBuddy(field);
        labels << l;
        f->addRow(l, field);
    };

    // Reference
    auto *refBox = new QGroupBox(tr("Reference"), page);
    refBox->setObjectName(QStringLiteral("referenceBox"));
    QFormLayout *rf = makeForm(refBox);
    m_name = lineEdit(refBox, "nameEdit", tr("e.g. prod-sp"),
                      tr("Letters, digits, '.', '_' or '-'. Plans refer to the reference by this name, "
                         "and its secrets are stored under it."));
    addRow(rf, tr("&Name:"), m_name);
    // The kind's explanation sits under the combo in the same field cell: as a form row of its own, a
    // wrapped label gets a row sized for a narrower width and floats in empty space.
    auto *kindCell = new QWidget(refBox);
    auto *kindLayout = new QVBoxLayout(kindCell);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(kindCell);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (AuthKind k : allAuthKinds())
        m_kind->addItem(authKindComboLabel(k), int(k));
    kindLayout->addWidget(m_kind);
    m_kindHint = new QLabel(kindCell);
    m_kindHint->setObjectName(QStringLiteral("kindHint"));
    m_kindHint->setWordWrap(true);
    m_kindHint->setTextFormat(Qt::PlainText);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);
    kindLayout->addWidget(m_kindHint);
    addRow(rf, tr("&Kind:"), kindCell);
    labels.last()->setBuddy(m_kind);
    // Top-aligned (the cell is tall), nudged down to sit on the combo's text line like the other labels.
    labels.last()->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    labels.last()->setContentsMargins(
        0, std::max(0, (m_kind->sizeHint().height() - labels.last()->sizeHint().height()) / 2), 0, 0);
    m_description =
        lineEdit(refBox, "descriptionEdit", tr("Optional note, e.g. which workspace or team"), QString());
    addRow(rf, tr("&Description:"), m_description);
    v->addWidget(refBox);

    // Connection (kind-specific)
    m_connectionBox = new QGroupBox(page);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    m_connectionForm = makeForm(m_connectionBox);
    m_host =
        lineEdit(m_connectionBox, "hostEdit", QStringLiteral("https://my-workspace.cloud.databricks.com"),
                 tr("The workspace URL the token is requested from"));
    addRow(m_connectionForm, tr("&Host:"), m_host);
    m_clientId = lineEdit(m_connectionBox, "clientIdEdit",
                          tr("Application (client) ID of the service principal"), QString());
    addRow(m_connectionForm, tr("Client &ID:"), m_clientId);
    m_scope = lineEdit(m_connectionBox, "scopeEdit", QStringLiteral("all-apis"),
                       tr("OAuth scope sent with the token request"));
    addRow(m_connectionForm, tr("&Scope:"), m_scope);
    m_tokenPath = lineEdit(m_connectionBox, "tokenPathEdit", QStringLiteral("/oidc/v1/token"),
                           tr("Path of the token endpoint on the host"));
    addRow(m_connectionForm, tr("Token &path:"), m_tokenPath);
    m_cliCommand =
        lineEdit(m_connectionBox, "cliCommandEdit", QStringLiteral("databricks auth token --host {host}"),
                 tr("Program and arguments; quote an argument with spaces in \"double quotes\". It "
                    "must print the token as JSON and must not prompt."));
    addRow(m_connectionForm, tr("Co&mmand:"), m_cliCommand);
    m_usersFileRow = new QWidget(m_connectionBox);
    m_usersFileRow->setObjectName(QStringLiteral("usersFileRow"));
    auto *ufl = new QHBoxLayout(m_usersFileRow);
    ufl->setContentsMargins(0, 0, 0, 0);
    m_usersFile = lineEdit(m_usersFileRow, "usersFileEdit", tr("users.json"),
                           tr("JSON: [{\"username\": \"…\", \"password\": \"…\"}] or {\"users\": [...]}; the "
                              "password may be left out when a shared password is stored"));
    ufl->addWidget(m_usersFile, 1);
    m_usersFileBrowse = new QPushButton(tr("Browse…"), m_usersFileRow);
    m_usersFileBrowse->setObjectName(QStringLiteral("usersFileBrowse"));
    m_usersFileBrowse->setAutoDefault(false);
    ufl->addWidget(m_usersFileBrowse);
    addRow(m_connectionForm, tr("&Users file:"), m_usersFileRow);
    labels.last()->setBuddy(m_usersFile);
    m_loginUrl =
        lineEdit(m_connectionBox, "loginUrlEdit", QStringLiteral("https://my-app.example.com/api/auth/login"),
                 tr("Receives {\"username\": …, \"password\": …} and answers {\"access_token\": …}"));
    addRow(m_connectionForm, tr("&Login URL:"), m_loginUrl);
    m_timeout = new QDoubleSpinBox(m_connectionBox);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(0.1, 600);
    m_timeout->setDecimals(1);
    m_timeout->setSingleStep(5);
    m_timeout->setSuffix(tr(" s"));
    setBaseToolTip(m_timeout, tr("Longest wait for one token request, login or command run"));
    auto *timeoutRow = new QWidget(m_connectionBox);
    auto *trl = new QHBoxLayout(timeoutRow);
    trl->setContentsMargins(0, 0, 0, 0);
    trl->addWidget(m_timeout);
    trl->addStretch(1);
    addRow(m_connectionForm, tr("&Timeout:"), timeoutRow);
    labels.last()->setBuddy(m_timeout);
    v->addWidget(m_connectionBox);

    // Secrets
    m_secretsBox = new QGroupBox(tr("Secrets"), page);
    m_secretsBox->setObjectName(QStringLiteral("secretsBox"));
    auto *secretsLayout = new QVBoxLayout(m_secretsBox);
    m_secretsForm = new QFormLayout;
    m_secretsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_secretsForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    secretsLayout->addLayout(m_secretsForm);
    for (const char *f : kAllSecretFields) {
        SecretRow row;
        row.field = QString::fromLatin1(f);
        auto *w = new QWidget(m_secretsBox);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        row.edit = new QLineEdit(w);
        row.edit->setObjectName(QStringLiteral("secret_") + row.field);
        row.edit->setEchoMode(QLineEdit::Password);
        row.edit->setClearButtonEnabled(false);
        setBaseToolTip(row.edit,
                       tr("Typing here replaces the stored secret when you save. A stored secret is "
                          "never shown."));
        h->addWidget(row.edit, 1);
        row.show = new QToolButton(w);
        row.show->setObjectName(QStringLiteral("secret_") + row.field + QStringLiteral("_show"));
        row.show->setText(tr("Show"));
        row.show->setCheckable(true);
        row.show->setToolTip(tr("Show what you typed (a stored secret is never read back)"));
        h->addWidget(row.show);
        row.forget = new QToolButton(w);
        row.forget->setObjectName(QStringLiteral("secret_") + row.field + QStringLiteral("_forget"));
        row.forget->setText(tr("Clear"));
        row.forget->setToolTip(tr("Clear this secret: the stored value is removed when you save"));
        h->addWidget(row.forget);
        addRow(m_secretsForm, secretFieldLabel(row.field) + QLatin1Char(':'), w);
        labels.last()->setBuddy(row.edit);
        m_secretRows.push_back(row);
    }
    auto *secretNote = new QLabel(
        tr("Secrets are kept in the system keychain, never in authrefs.json or a plan."), m_secretsBox);
    secretNote->setObjectName(QStringLiteral("secretsNote"));
    secretNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    secretNote->setWordWrap(false); // one short line: a wrapped label over-estimates its height here
    secretNote->setForegroundRole(QPalette::PlaceholderText);
    // Under the form rather than a form row of its own (which would get a badly sized row): indented
    // to the field column below.
    auto *noteRow = new QHBoxLayout;
    secretsLayout->addLayout(noteRow);
    secretsLayout->addStretch(1); // spare height (a wrapped note over-estimates its own) goes below
    v->addWidget(m_secretsBox);

    int labelWidth = 0;
    for (QLabel *l : labels)
        labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QLabel *l : labels)
        l->setMinimumWidth(labelWidth);
    int spacing = m_secretsForm->horizontalSpacing();
    if (spacing < 0)
        spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    noteRow->addSpacing(labelWidth + std::max(spacing, 0));
    noteRow->addWidget(secretNote, 1);

    // Issues of the shown reference, in words (the marked fields carry them as tooltips too).
    m_issues = new QLabel(page);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);
    QPalette ip = m_issues->palette();
    ip.setColor(QPalette::WindowText, kErrorText);
    m_issues->setPalette(ip);
    m_issues->hide();
    v->addWidget(m_issues);

    // Test
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), page);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Fetch a token with these settings, typed secrets included. Nothing is saved."));
    testRow->addWidget(m_test);
    m_testBusy = new QProgressBar(page);
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setFixedWidth(90);
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    testRow->addWidget(m_testBusy);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // server text never becomes markup
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testResult, 1);
    v->addLayout(testRow);
    v->addStretch(1);

    m_fieldsByPath = {
        {QStringLiteral("name"), m_name},           {QStringLiteral("host"), m_host},
        {QStringLiteral("clientId"), m_clientId},   {QStringLiteral("scope"), m_scope},
        {QStringLiteral("tokenPath"), m_tokenPath}, {QStringLiteral("cliCommand"), m_cliCommand},
        {QStringLiteral("usersFile"), m_usersFile}, {QStringLiteral("loginUrl"), m_loginUrl},
        {QStringLiteral("timeoutS"), m_timeout}};

    // Edits go straight into the working copy; the list and the marks follow.
    auto text = [this](QLineEdit *e, const char *path, void (*apply)(AuthRef &, const QString &)) {
        connect(e, &QLineEdit::textChanged, this, [this, path, apply](const QString &t) {
            edited(QLatin1String(path), [&](AuthRef &r) { apply(r, t); });
        });
    };
    text(m_name, "name", [](AuthRef &r, const QString &t) { r.name = t.trimmed(); });
    text(m_description, "description", [](AuthRef &r, const QString &t) { r.description = t; });
    text(m_host, "host", [](AuthRef &r, const QString &t) { r.host = t.trimmed(); });
    text(m_clientId, "clientId", [](AuthRef &r, const QString &t) { r.clientId = t.trimmed(); });
    text(m_scope, "scope", [](AuthRef &r, const QString &t) { r.scope = t.trimmed(); });
    text(m_tokenPath, "tokenPath", [](AuthRef &r, const QString &t) { r.tokenPath = t.trimmed(); });
    text(m_cliCommand, "cliCommand",
         [](AuthRef &r, const QString &t) { r.cliCommand = QProcess::splitCommand(t); });
    text(m_usersFile, "usersFile", [](AuthRef &r, const QString &t) { r.usersFile = t.trimmed(); });
    text(m_loginUrl, "loginUrl", [](AuthRef &r, const QString &t) { r.loginUrl = t.trimmed(); });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this,
            [this](double s) { edited(QStringLiteral("timeoutS"), [s](AuthRef &r) { r.timeoutS = s; }); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating)
            return;
        const auto kind = AuthKind(m_kind->itemData(index).toInt());
        edited(QStringLiteral("kind"), [kind](AuthRef &r) { r.kind = kind; });
        updateKindRows();
        checkPresence(currentRow());
        updateSecretPlaceholders();
    });
    for (const SecretRow &row : m_secretRows) {
        connect(row.edit, &QLineEdit::textChanged, this,
                [this, row](const QString &t) { secretEdited(row, t); });
        connect(row.show, &QToolButton::toggled, this,
                [row](bool on) { row.edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
        connect(row.forget, &QToolButton::clicked, this, [this, row] { forgetSecret(row); });
    }
    connect(m_usersFileBrowse, &QPushButton::clicked, this, &CredentialsDialog::browseUsersFile);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::startTest);
    return page;
}

void CredentialsDialog::connectStore()
{
    auto *fallback = qobject_cast<SessionFallbackSecretStore *>(m_store.data());
    if (!fallback)
        return;
    if (!fallback->keychainAvailable())
        showKeychainBanner(fallback->keychainProblem());
    connect(fallback, &SessionFallbackSecretStore::keychainUnavailable, this,
            [this](const QString &message) { showKeychainBanner(message); });
}

void CredentialsDialog::loadFile()
{
    const AuthRefsLoadResult loaded = loadAuthRefsFile(m_path);
    std::vector<AuthRefEntry> entries;
    for (const AuthRef &ref : loaded.refs) {
        AuthRefEntry e;
        e.ref = ref;
        e.secretsFrom = ref.name;
        e.showAllIssues = true; // what is wrong in the file shows at once
        entries.push_back(std::move(e));
    }
    m_model->setEntries(std::move(entries));
    m_save->setBaseline(loaded.refs);

    if (!loaded.issues.empty()) {
        const AuthRefIssue &first = loaded.issues.front();
        // Unparseable, or written by a newer Plateau: saving must not silently lose what it holds.
        bool unreadable = false;
        for (const AuthRefIssue &issue : loaded.issues) {
            if (issue.path.isEmpty() || issue.path == QLatin1String("schema") ||
                issue.path == QLatin1String("authRefs"))
                unreadable = QFileInfo::exists(m_path);
        }
        m_save->setKeepBackup(unreadable);
        if (unreadable)
            setMessage(tr("%1 could not be read (%2). Saving replaces it and keeps the old file as %3.")
                           .arg(QFileInfo(m_path).fileName(), first.toString(),
                                QFileInfo(m_path).fileName() + QStringLiteral(".bak")),
                       true);
        else
            setMessage(tr("%1 has %n problem(s); the first: %2", "", int(loaded.issues.size()))
                           .arg(QFileInfo(m_path).fileName(), first.toString()),
                       true);
    }

    for (int row = 0; row < m_model->count(); ++row)
        checkPresence(row);
    if (m_model->count() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    } else {
        showEntry(-1);
        // Nothing to read yet, but the user should learn before typing a secret whether it can be kept.
        if (m_store) {
            QPointer<CredentialsDialog> self(this);
            m_store->read(secretKey(QStringLiteral(".plateau-probe"), QStringLiteral("availability")),
                          [self](const SecretResult &r) {
                              if (self)
                                  self->noteStoreResult(r);
                          });
        }
    }
}

QStringList CredentialsDialog::referenceNames(const QString &authRefsPath)
{
    QStringList names;
    for (const AuthRef &r : loadAuthRefsFile(authRefsPath).refs) {
        if (!r.name.isEmpty() && !names.contains(r.name))
            names << r.name;
    }
    return names;
}

std::vector<AuthRef> CredentialsDialog::references() const
{
    return m_model->refs();
}

void CredentialsDialog::selectReference(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

bool CredentialsDialog::isTesting() const
{
    return m_tokenTest->isRunning();
}

// ---------------------------------------------------------------------------------------------------
// The form

int CredentialsDialog::currentRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CredentialsDialog::onCurrentChanged()
{
    showEntry(currentRow());
}

void CredentialsDialog::showEntry(int row)
{
    stopTest();
    setTestResult(QString(), 0);
    m_shownRow = row;
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    if (row < 0 || row >= m_model->count()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const AuthRefEntry &e = m_model->entry(row);
    m_updating = true;
    m_name->setText(e.ref.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(e.ref.kind))));
    m_description->setText(e.ref.description);
    m_host->setText(e.ref.host);
    m_clientId->setText(e.ref.clientId);
    m_scope->setText(e.ref.scope);
    m_tokenPath->setText(e.ref.tokenPath);
    m_cliCommand->setText(joinCommand(e.ref.cliCommand));
    m_usersFile->setText(e.ref.usersFile);
    m_loginUrl->setText(e.ref.loginUrl);
    m_timeout->setValue(e.ref.timeoutS);
    for (const SecretRow &s : m_secretRows) {
        s.show->setChecked(false); // a secret shown for one reference is not left shown for the next
        s.edit->setEchoMode(QLineEdit::Password);
        s.edit->setText(QString::fromUtf8(e.secrets.value(s.field).typed));
    }
    m_updating = false;
    updateKindRows();
    checkPresence(row);
    updateSecretPlaceholders();
    refreshIssues();
}

void CredentialsDialog::updateKindRows()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AuthKind kind = m_model->entry(row).ref.kind;
    const bool m2m = kind == AuthKind::OAuthM2M;
    const bool cli = kind == AuthKind::CliToken;
    const bool perUser = kind == AuthKind::PerUserLogin;
    m_kindHint->setText(kindHint(kind));
    m_connectionBox->setVisible(m2m || cli || perUser);
    m_connectionBox->setTitle(connectionTitle(kind));
    m_connectionForm->setRowVisible(m_host, m2m || cli);
    m_connectionForm->setRowVisible(m_clientId, m2m);
    m_connectionForm->setRowVisible(m_scope, m2m);
    m_connectionForm->setRowVisible(m_tokenPath, m2m);
    m_connectionForm->setRowVisible(m_cliCommand, cli);
    m_connectionForm->setRowVisible(m_usersFileRow, perUser);
    m_connectionForm->setRowVisible(m_loginUrl, perUser);
    m_host->setPlaceholderText(cli ? tr("Optional: replaces {host} in the command")
                                   : QStringLiteral("https://my-workspace.cloud.databricks.com"));
    const QStringList fields = secretFieldsFor(kind);
    m_secretsBox->setVisible(!fields.isEmpty());
    for (const SecretRow &s : m_secretRows)
        m_secretsForm->setRowVisible(s.edit->parentWidget(), fields.contains(s.field));
    m_test->setEnabled(kind != AuthKind::None);
    m_test->setToolTip(
        kind == AuthKind::None
            ? tr("Nothing to test: no token is needed")
            : tr("Fetch a token with these settings, typed secrets included. Nothing is saved."));
}

CredentialsDialog::Presence CredentialsDialog::presenceOf(const QString &key) const
{
    return m_presence.value(key, Presence::Checking);
}

void CredentialsDialog::updateSecretPlaceholders()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AuthRefEntry &e = m_model->entry(row);
    const bool sessionOnlyStore = m_banner->isVisibleTo(this);
    for (const SecretRow &s : m_secretRows) {
        const PendingSecret p = e.secrets.value(s.field);
        const bool optional = secretFieldIsOptional(e.ref.kind, s.field);
        const QString notStored =
            optional ? tr("Optional: none stored") : tr("Not stored yet: enter it here");
        QString placeholder;
        QString tip = s.edit->property("baseToolTip").toString();
        bool stored = false;
        if (p.forget) {
            placeholder = tr("Will be removed when you save");
        } else if (e.secretsFrom.isEmpty()) {
            placeholder = notStored;
        } else {
            const QString key = secretKey(e.secretsFrom, s.field);
            switch (presenceOf(key)) {
            case Presence::Checking:
                placeholder = tr("Checking the keychain…");
                break;
            case Presence::Stored:
            case Presence::SessionOnly:
                stored = true;
                if (e.secretsFrom != e.ref.name)
                    placeholder = tr("•••••• (taken over from '%1' when you save)").arg(e.secretsFrom);
                else if (presenceOf(key) == Presence::SessionOnly || sessionOnlyStore)
                    placeholder = tr("•••••• (kept for this session only)");
                else
                    placeholder = tr("•••••• (stored in the keychain)");
                break;
            case Presence::Absent:
                placeholder = notStored;
                break;
            case Presence::Unreadable:
                placeholder = tr("Could not read the stored value: type it to replace it");
                tip = m_presenceError.value(key);
                break;
            }
        }
        s.edit->setPlaceholderText(placeholder);
        s.edit->setToolTip(tip);
        s.forget->setEnabled(!p.forget && (!p.typed.isEmpty() || stored));
    }
}

void CredentialsDialog::markField(QWidget *field, const QString &issue)
{
    if (field->property("issue").toString() == issue)
        return;
    field->setProperty("issue", issue);
    if (issue.isEmpty()) {
        field->setPalette(QPalette()); // back to the inherited palette
        field->setToolTip(field->property("baseToolTip").toString());
        return;
    }
    QPalette p = field->palette();
    p.setColor(QPalette::Base, kErrorBase);
    p.setColor(QPalette::Text, kErrorText);
    field->setPalette(p);
    field->setToolTip(issue);
}

void CredentialsDialog::refreshIssues()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QHash<QString, QStringList> byPath;
    QStringList lines;
    for (const AuthRefIssue &issue : m_model->shownIssuesOf(row)) {
        byPath[issue.path] << issue.message;
        lines << fieldLabel(issue.path) + QStringLiteral(": ") + issue.message;
    }
    for (auto it = m_fieldsByPath.constBegin(); it != m_fieldsByPath.constEnd(); ++it)
        markField(it.value(), byPath.value(it.key()).join(QLatin1Char('\n')));
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void CredentialsDialog::edited(const QString &path, const std::function<void(AuthRef &)> &apply)
{
    const int row = currentRow();
    if (m_updating || row < 0)
        return;
    AuthRefEntry &e = m_model->entry(row);
    apply(e.ref);
    e.touched.insert(path);
    m_model->entryChanged(row);
    refreshIssues();
    if (!isTesting())
        setTestResult(QString(), 0); // a result for other settings would mislead
}

void CredentialsDialog::secretEdited(const SecretRow &row, const QString &text)
{
    const int r = currentRow();
    if (m_updating || r < 0)
        return;
    PendingSecret &p = m_model->entry(r).secrets[row.field];
    wipeSecret(p.typed);
    p.typed = text.toUtf8();
    if (!p.typed.isEmpty())
        p.forget = false;
    updateSecretPlaceholders();
}

void CredentialsDialog::forgetSecret(const SecretRow &row)
{
    const int r = currentRow();
    if (r < 0)
        return;
    PendingSecret &p = m_model->entry(r).secrets[row.field];
    wipeSecret(p.typed);
    p.forget = true;
    m_updating = true;
    row.edit->clear();
    m_updating = false;
    updateSecretPlaceholders();
}

void CredentialsDialog::addReference()
{
    AuthRefEntry e;
    e.ref.kind = AuthKind::OAuthM2M; // the usual case: a service principal for long runs
    e.ref.name = m_model->uniqueName(QStringLiteral("auth"));
    const int row = m_model->insertEntry(m_model->count(), std::move(e));
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_name->setFocus();
    m_name->selectAll();
}

void CredentialsDialog::duplicateReference()
{
    const int row = currentRow();
    if (row < 0)
        return;
    AuthRefEntry copy = m_model->entry(row);
    copy.ref.name = m_model->uniqueName(copy.ref.name + QStringLiteral("-copy"));
    copy.touched.clear();
    const int at = m_model->insertEntry(row + 1, std::move(copy));
    m_list->setCurrentIndex(m_model->index(at, 0));
    m_name->setFocus();
    m_name->selectAll();
}

void CredentialsDialog::deleteReference()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeEntry(row);
    if (m_model->count() == 0)
        showEntry(-1);
    else
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->count() - 1), 0));
}

void CredentialsDialog::browseUsersFile()
{
    const QString start =
        m_usersFile->text().isEmpty() ? QString() : QFileInfo(m_usersFile->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Users file"), start, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_usersFile->setText(path);
}

// ---------------------------------------------------------------------------------------------------
// Store: presence of secrets, the keychain banner

void CredentialsDialog::checkPresence(int row)
{
    if (row < 0 || row >= m_model->count() || !m_store)
        return;
    const AuthRefEntry &e = m_model->entry(row);
    if (e.secretsFrom.isEmpty())
        return;
    for (const QString &field : secretFieldsFor(e.ref.kind)) {
        const QString key = secretKey(e.secretsFrom, field);
        if (m_presence.contains(key))
            continue;
        m_presence.insert(key, Presence::Checking);
        // The value is read only to learn whether one exists; it is dropped at once, never shown.
        QPointer<CredentialsDialog> self(this);
        m_store->read(key, [self, key](const SecretResult &r) {
            if (self)
                self->onPresence(key, r);
        });
    }
}

void CredentialsDialog::onPresence(const QString &key, const SecretResult &r)
{
    noteStoreResult(r);
    if (m_presence.value(key) != Presence::Checking)
        return; // a save decided it meanwhile
    Presence p = Presence::Absent;
    if (r.ok && !r.value.isEmpty())
        p = r.sessionOnly ? Presence::SessionOnly : Presence::Stored;
    else if (!r.ok && !r.notFound) {
        p = Presence::Unreadable;
        m_presenceError.insert(key, r.error);
    }
    m_presence.insert(key, p);
    updateSecretPlaceholders();
}

void CredentialsDialog::noteStoreResult(const SecretResult &r)
{
    if (r.unavailable)
        showKeychainBanner(r.error);
}

void CredentialsDialog::showKeychainBanner(const QString &detail)
{
    if (!detail.isEmpty())
        m_banner->setToolTip(detail);
    if (m_banner->isVisibleTo(this))
        return;
    m_banner->show();
    m_secretsBox->findChild<QLabel *>(QStringLiteral("secretsNote"))
        ->setText(tr("No keychain: secrets last until Plateau quits and are never written to a file."));
    updateSecretPlaceholders();
}

// ---------------------------------------------------------------------------------------------------
// Test

void CredentialsDialog::setTestResult(const QString &text, int tone)
{
    QPalette p = m_testResult->palette();
    p.setColor(QPalette::WindowText, tone < 0   ? kErrorText
                                     : tone > 0 ? kGoodText
                                                : palette().color(QPalette::WindowText));
    m_testResult->setPalette(p);
    m_testResult->setText(text);
}

void CredentialsDialog::startTest()
{
    if (isTesting()) {
        stopTest();
        setTestResult(tr("Test cancelled."), -1);
        return;
    }
    const int row = currentRow();
    if (row < 0 || !m_store)
        return;
    AuthRefEntry &e = m_model->entry(row);
    if (!m_model->issuesOf(row).empty()) {
        e.showAllIssues = true;
        m_model->entryChanged(row);
        refreshIssues();
        setTestResult(tr("Fix the marked fields first."), -1);
        return;
    }
    m_tokenTest->start(e, m_store);
    m_test->setText(tr("Cancel &test"));
    m_testBusy->show();
    setTestResult(tr("Testing…"), 0);
}

void CredentialsDialog::stopTest()
{
    m_tokenTest->cancel();
    m_test->setText(tr("&Test"));
    m_testBusy->hide();
}

void CredentialsDialog::onTestFinished(const CredentialTestResult &r)
{
    stopTest();
    QString text;
    switch (r.outcome) {
    case CredentialTestResult::Outcome::TokenReceived:
        if (r.expiresAt.isValid()) {
            const qint64 secs = std::max<qint64>(r.expiresInMs / 1000, 0);
            const int minutes = int(std::lround(double(secs) / 60.0));
            text = tr("Token received, expires at %1 (in %n min)", "", minutes)
                       .arg(r.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        } else {
            text = tr("Token received; it does not say when it expires.");
        }
        break;
    case CredentialTestResult::Outcome::StaticToken:
        text = tr("Token found and usable in a header. It carries no expiry time: only the target can tell "
                  "whether it is still valid.");
        break;
    case CredentialTestResult::Outcome::LoggedIn:
        text = tr("Logged in as '%1', the first of %n account(s) in the users file.", "", r.accountCount)
                   .arg(r.username);
        break;
    case CredentialTestResult::Outcome::TimedOut:
        text = tr("No answer within %n s: the test was stopped.", "", r.limitS);
        break;
    case CredentialTestResult::Outcome::Failed:
        text = r.error; // redacted by the test
        break;
    }
    setTestResult(text, r.ok() ? 1 : -1);
}

// ---------------------------------------------------------------------------------------------------
// Save

void CredentialsDialog::setMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? kErrorText : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

void CredentialsDialog::setBusy(bool busy, const QString &what)
{
    m_saving = busy;
    m_buttons->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_add->setEnabled(!busy);
    m_duplicate->setEnabled(!busy && currentRow() >= 0);
    m_delete->setEnabled(!busy && currentRow() >= 0);
    m_pages->setEnabled(!busy);
    m_saveBusy->setVisible(busy);
    if (busy)
        setMessage(what, false);
}

void CredentialsDialog::accept()
{
    if (m_saving)
        return;
    stopTest();
    for (int row = 0; row < m_model->count(); ++row) {
        const std::vector<AuthRefIssue> issues = m_model->issuesOf(row);
        if (issues.empty())
            continue;
        for (int r = 0; r < m_model->count(); ++r)
            m_model->entry(r).showAllIssues = true;
        m_model->entryChanged(row);
        m_list->setCurrentIndex(m_model->index(row, 0));
        refreshIssues();
        const AuthRef &ref = m_model->entry(row).ref;
        setMessage(tr("Not saved: '%1' has a problem. %2: %3")
                       .arg(ref.name.isEmpty() ? tr("(unnamed)") : ref.name, fieldLabel(issues.front().path),
                            issues.front().message),
                   true);
        return;
    }
    setBusy(true, tr("Storing secrets…"));
    // The save wants to know which old secrets are known to be absent: a rename need not copy them.
    QSet<QString> absent;
    for (auto it = m_presence.constBegin(); it != m_presence.constEnd(); ++it) {
        if (it.value() == Presence::Absent)
            absent.insert(it.key());
    }
    const std::vector<AuthRefEntry> &entries = m_model->entries();
    m_save->start(std::vector<CredentialDraft>(entries.begin(), entries.end()), absent);
}

void CredentialsDialog::reject()
{
    if (m_saving)
        return; // halfway through a save; it ends within the store's timeout
    stopTest();
    QDialog::reject();
}

QString CredentialsDialog::describeFailure(const CredentialSaveFailure &f) const
{
    QString error;
    switch (f.reason) {
    case CredentialSaveFailure::Reason::NoStore:
        return tr("there is no secret store");
    case CredentialSaveFailure::Reason::Timeout:
        error = tr("the secret store did not answer within %n s", "", m_save->storeTimeoutMs() / 1000);
        break;
    case CredentialSaveFailure::Reason::Store:
        error = f.error;
        break;
    }
    const QString what = f.kind == SecretOp::Remove
                             ? tr("the old secret '%1'").arg(f.key)
                             : tr("the %1 of '%2'").arg(secretFieldLabel(f.field).toLower(), f.refName);
    return what + QStringLiteral(": ") + error;
}

void CredentialsDialog::onSaveFinished(const CredentialSaveResult &result)
{
    switch (result.outcome) {
    case CredentialSaveResult::Outcome::NotStored:
        setBusy(false, QString());
        setMessage(tr("Not saved: could not store %1. %2 was not changed.")
                       .arg(result.failures.empty() ? QString() : describeFailure(result.failures.front()),
                            QFileInfo(m_path).fileName()),
                   true);
        return;
    case CredentialSaveResult::Outcome::FileFailed:
        setBusy(false, QString());
        setMessage(tr("Not saved: %1").arg(result.fileError), true);
        return;
    case CredentialSaveResult::Outcome::Saved:
        break;
    }
    rebaseline();
    setBusy(false, QString());
    if (!result.failures.empty()) {
        // The file is saved; a stale secret left behind is reported and retried on the next save.
        setMessage(tr("Saved, but %n old secret(s) could not be removed: %1", "", int(result.failures.size()))
                       .arg(describeFailure(result.failures.front())),
                   true);
        emit saved();
        return;
    }
    setMessage(QString(), false);
    emit saved();
    QDialog::accept();
}

void CredentialsDialog::rebaseline()
{
    for (int row = 0; row < m_model->count(); ++row) {
        AuthRefEntry &e = m_model->entry(row);
        e.wipeSecrets();
        e.secretsFrom = e.ref.name;
        e.touched.clear();
        e.showAllIssues = true;
    }
    const int row = currentRow();
    m_updating = true;
    for (const SecretRow &s : m_secretRows)
        s.edit->clear();
    m_updating = false;
    checkPresence(row);
    updateSecretPlaceholders();
}

} // namespace plateau
