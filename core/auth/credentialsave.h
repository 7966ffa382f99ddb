#pragma once
// The save transaction of the credentials form: the secrets go to the SecretStore and the references
// to authrefs.json together, so that a failure never leaves the file naming a secret that was not
// stored.
//
// Order: new and moved secrets first (one store operation at a time), then authrefs.json, then the
// secrets nothing refers to any more. A failed write stops before the file is written. A failed
// removal does not undo the saved file: it is reported and tried again by the next save.
//
// Asynchronous like every store call (a keychain job can take seconds, or hang until its timeout):
// start() returns at once and finished() reports the outcome. Each store operation is given
// storeTimeoutMs on the clock, so a store that never answers cannot keep a save running forever.
// Secret values are overwritten once an operation is done with them, and never appear in a result.

#include "core/auth/credentialdraft.h"
#include "core/common/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <vector>

namespace plateau {

class SecretStore;
struct SecretResult;

// One store operation of a save.
struct SecretOp
{
    enum Kind
    {
        Write, // value -> key
        Copy,  // what fromKey holds -> key (a renamed or duplicated reference keeps its secrets)
        Remove // key
    } kind = Write;
    QString key;
    QString fromKey;  // Copy
    QByteArray value; // Write
    // For messages: the reference and secret field the operation is about (Remove: from the key).
    QString refName;
    QString field;
};

struct CredentialSaveFailure
{
    enum class Reason
    {
        Store,   // the store answered with an error (see error)
        Timeout, // the store did not answer within the timeout
        NoStore  // there is no store to write to
    };
    SecretOp::Kind kind = SecretOp::Write;
    QString key;
    QString refName;
    QString field;
    Reason reason = Reason::Store;
    QString error; // the store's words; never a secret
};

struct CredentialSaveResult
{
    enum class Outcome
    {
        NotStored,  // a secret could not be stored: authrefs.json was not touched (failures: that write)
        FileFailed, // the secrets are stored but authrefs.json could not be written (fileError)
        Saved       // authrefs.json written; failures: old secrets that could not be removed
    };
    Outcome outcome = Outcome::Saved;
    std::vector<CredentialSaveFailure> failures;
    QString fileError;
};

class CredentialSave : public QObject
{
    Q_OBJECT
public:
    // A keychain job has its own timeout (5 s by default); this only guards against a store that
    // never answers at all.
    static constexpr int kDefaultStoreTimeoutMs = 20000;

    // store: not owned; when it goes away mid-save the save fails instead of crashing.
    CredentialSave(const QString &authRefsPath, SecretStore *store, QObject *parent = nullptr);
    ~CredentialSave() override;

    QString authRefsPath() const { return m_path; }
    void setClock(Clock *clock); // null: the system clock. Not while running.
    void setStoreTimeoutMs(int ms) { m_storeTimeoutMs = ms; }
    int storeTimeoutMs() const { return m_storeTimeoutMs; }

    // What authrefs.json held when it was loaded: the secrets a save may have to remove when their
    // reference is gone or changed kind. A successful save makes what it wrote the new baseline.
    void setBaseline(const std::vector<AuthRef> &refs);
    // The file on disk could not be read: the next save keeps it as <path>.bak before replacing it.
    void setKeepBackup(bool on) { m_keepBackup = on; }
    bool keepsBackup() const { return m_keepBackup; }

    // Saves drafts (already validated). knownAbsent: keys known to hold nothing, so a rename or
    // duplicate does not try to copy them. Answers with finished(), never inside this call.
    void start(std::vector<CredentialDraft> drafts, const QSet<QString> &knownAbsent = {});
    bool isRunning() const { return m_running; }

    // The writes and copies a save of drafts begins with, in order (exposed for tests).
    static std::vector<SecretOp> writeOps(const std::vector<CredentialDraft> &drafts,
                                          const QSet<QString> &knownAbsent = {});

signals:
    void removing(); // authrefs.json is written; the unused secrets are being removed
    void secretStored(const QString &key, bool sessionOnly);
    void secretRemoved(const QString &key);
    void storeAnswered(const SecretResult &result); // every answer of the store (e.g. "unavailable")
    void finished(const CredentialSaveResult &result);

private:
    enum class Phase
    {
        Writes,
        Removes
    };
    std::vector<SecretOp> removeOps() const;
    void runOps(std::vector<SecretOp> ops, Phase phase);
    void runNextOp();
    void finishOp(bool ok, CredentialSaveFailure::Reason reason, const QString &error);
    void afterWrites();
    void afterRemoves();
    void finish(CredentialSaveResult result);
    void cancelOpTimer();

    QString m_path;
    QPointer<SecretStore> m_store;
    Clock *m_clock = &systemClock();
    int m_storeTimeoutMs = kDefaultStoreTimeoutMs;
    bool m_keepBackup = false;
    QHash<QString, AuthKind> m_savedKinds; // the baseline, by reference name
    QSet<QString> m_pendingRemovals;       // keys a previous save failed to remove

    bool m_running = false;
    std::vector<CredentialDraft> m_drafts;
    Phase m_phase = Phase::Writes;
    std::vector<SecretOp> m_ops;
    size_t m_opIndex = 0;
    quint64 m_opSerial = 0; // an answer that arrives after its operation timed out is dropped
    Clock::TimerId m_opTimer = 0;
    std::vector<CredentialSaveFailure> m_failures;
    QSet<QString> m_writtenKeys; // written or copied by the running save
};

} // namespace plateau
