#pragma once
// Credentials (issue 5): edits the auth references of authrefs.json and their secrets.
//
// Secrets go to the SecretStore only, never into an AuthRef or authrefs.json. A stored secret is never
// read back into a widget: its field shows "•••••• (stored in the keychain)" and typing replaces it.
// Every store call, the Test button and Save are asynchronous (a keychain job can take seconds or hang
// until its timeout), so the GUI thread never blocks.
//
// Save order: new secrets first, then authrefs.json, then the secrets nothing refers to any more. A
// failure stops before the file is written, so the file never names a secret that was not stored.

#include "core/auth/authref.h"
#include "core/auth/authrefio.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace plateau {

class AuthRefModel;
class SecretStore;
class TokenProvider;
struct SecretResult;

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // store: where secrets live (the GUI passes a SessionFallbackSecretStore). Not owned; it must
    // outlive the dialog.
    CredentialsDialog(const QString &authRefsPath, SecretStore *store, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // The reference names in authrefs.json, in file order (for the matrix editor's auth column).
    // A missing or unreadable file gives an empty list.
    static QStringList referenceNames(const QString &authRefsPath);

    QString authRefsPath() const { return m_path; }
    // The references as edited so far (after accept(): as saved).
    std::vector<AuthRef> references() const;
    void selectReference(const QString &name);
    bool isSaving() const { return m_saving; }
    bool isTesting() const;

public slots:
    // Validates every reference, then stores the secrets and writes authrefs.json asynchronously;
    // closes when both are done, stays open with the reason when not.
    void accept() override;
    void reject() override;

signals:
    void saved(); // authrefs.json and the secrets were written

private:
    enum class Presence
    {
        Checking,
        Stored,
        SessionOnly, // in this process's memory only (no keychain)
        Absent,
        Unreadable
    };
    struct SecretRow
    {
        QString field;
        QLineEdit *edit = nullptr;
        QToolButton *show = nullptr;
        QToolButton *forget = nullptr;
    };
    struct SecretOp
    {
        enum Kind
        {
            Write,
            Copy,
            Remove
        } kind = Write;
        QString key;
        QString fromKey; // Copy
        QByteArray value;
        QString what; // "the client secret of 'prod-sp'"
    };

    void buildUi();
    QWidget *buildForm();
    void loadFile();
    void connectStore();

    int currentRow() const;
    void onCurrentChanged();
    void showEntry(int row);
    void updateKindRows();
    void updateSecretPlaceholders();
    void refreshIssues();
    void markField(QWidget *field, const QString &issue);
    void edited(const QString &path, const std::function<void(AuthRef &)> &apply);
    void secretEdited(const SecretRow &row, const QString &text);
    void forgetSecret(const SecretRow &row);

    void addReference();
    void duplicateReference();
    void deleteReference();
    void browseUsersFile();

    void checkPresence(int row);
    void onPresence(const QString &key, const SecretResult &r);
    Presence presenceOf(const QString &key) const;
    void noteStoreResult(const SecretResult &r);
    void showKeychainBanner(const QString &detail);

    void startTest();
    void finishTest(bool ok, const QString &text);
    void stopTest();
    void setTestResult(const QString &text, int tone);

    void setMessage(const QString &text, bool error);
    void setBusy(bool busy, const QString &what);
    std::vector<SecretOp> writeOps() const;
    std::vector<SecretOp> removeOps() const;
    void runOps(std::vector<SecretOp> ops, bool stopOnError, std::function<void(QStringList)> done);
    void runNextOp();
    void finishOp(const QString &error);
    void afterWrites(const QStringList &errors);
    void afterRemoves(const QStringList &errors);
    void rebaseline();

    QString m_path;
    QPointer<SecretStore> m_store;
    AuthRefModel *m_model = nullptr;
    bool m_fileUnreadable = false; // the file exists but could not be parsed: kept as .bak on save
    // What the file and the store held at the last load/save: removal candidates for Save.
    QHash<QString, AuthKind> m_savedKinds;
    QSet<QString> m_pendingRemovals;     // keys a previous save failed to remove
    QHash<QString, Presence> m_presence; // by secret key
    QHash<QString, QString> m_presenceError;
    int m_shownRow = -1;
    bool m_updating = false;
    bool m_saving = false;

    // Widgets (every input has an objectName, for tests and accessibility tools).
    QLabel *m_banner = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHint = nullptr;
    QLineEdit *m_description = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    QFormLayout *m_connectionForm = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_tokenPath = nullptr;
    QLineEdit *m_cliCommand = nullptr;
    QWidget *m_usersFileRow = nullptr;
    QLineEdit *m_usersFile = nullptr;
    QPushButton *m_usersFileBrowse = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QGroupBox *m_secretsBox = nullptr;
    QFormLayout *m_secretsForm = nullptr;
    std::vector<SecretRow> m_secretRows;
    QPushButton *m_test = nullptr;
    QProgressBar *m_testBusy = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_issues = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_saveBusy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fieldsByPath;

    // Test button
    std::unique_ptr<TokenProvider> m_testProvider;
    std::unique_ptr<SecretStore> m_testStore;
    QTimer *m_testTimer = nullptr;
    int m_testLimitS = 0;
    QList<QByteArray> m_testSecrets; // typed secrets of the test, redacted from its messages

    // Save: one store operation at a time
    std::vector<SecretOp> m_ops;
    size_t m_opIndex = 0;
    bool m_opsStopOnError = false;
    quint64 m_opSerial = 0;
    QStringList m_opErrors;
    std::function<void(QStringList)> m_opsDone;
    QTimer *m_opTimer = nullptr;
    QSet<QString> m_writtenKeys; // written or copied by the running save
};

} // namespace plateau
