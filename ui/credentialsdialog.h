#pragma once
// Credentials: edits the auth references of authrefs.json and their secrets.
//
// Secrets go to the SecretStore only, never into an AuthRef or authrefs.json. A stored secret is never
// read back into a widget: its field shows "•••••• (stored in the keychain)" and typing replaces it.
// Every store call, the Test button and Save are asynchronous (a keychain job can take seconds or hang
// until its timeout), so the GUI thread never blocks.
//
// This class is the form. Save runs core/auth/credentialsave.h (secrets first, then authrefs.json, then
// the secrets nothing refers to any more; a failure stops before the file is written), the Test button
// core/auth/credentialtest.h; the dialog only words their results.

#include "core/auth/authref.h"
#include "core/auth/authrefio.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <functional>
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
class QToolButton;
class QTreeView;

namespace plateau {

class AuthRefModel;
class CredentialSave;
class CredentialTest;
class SecretStore;
struct CredentialSaveFailure;
struct CredentialSaveResult;
struct CredentialTestResult;
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
    void stopTest();
    void onTestFinished(const CredentialTestResult &result);
    void setTestResult(const QString &text, int tone);

    void setMessage(const QString &text, bool error);
    void setBusy(bool busy, const QString &what);
    void onSaveFinished(const CredentialSaveResult &result);
    QString describeFailure(const CredentialSaveFailure &failure) const; // "the token of 'pat': ..."
    void rebaseline();

    QString m_path;
    QPointer<SecretStore> m_store;
    AuthRefModel *m_model = nullptr;
    CredentialSave *m_save = nullptr;      // the save transaction (owns what the last save left to do)
    CredentialTest *m_tokenTest = nullptr; // the Test button's run
    QHash<QString, Presence> m_presence;   // by secret key
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
};

} // namespace plateau
