#include "core/auth/credentialsave.h"

#include "core/auth/authrefio.h"
#include "core/secrets/secretstore.h"

#include <QFile>
#include <QStringList>

namespace plateau {

namespace {

std::vector<AuthRef> refsOf(const std::vector<CredentialDraft> &drafts)
{
    std::vector<AuthRef> refs;
    refs.reserve(drafts.size());
    for (const CredentialDraft &d : drafts)
        refs.push_back(d.ref);
    return refs;
}

} // namespace

CredentialSave::CredentialSave(const QString &authRefsPath, SecretStore *store, QObject *parent)
    : QObject(parent), m_path(authRefsPath), m_store(store)
{}

CredentialSave::~CredentialSave()
{
    cancelOpTimer(); // its callback points at this
    for (SecretOp &op : m_ops)
        wipeSecret(op.value);
}

void CredentialSave::setClock(Clock *clock)
{
    if (m_running)
        return; // the running operation's timeout is on the old clock
    m_clock = clock ? clock : &systemClock();
}

void CredentialSave::setBaseline(const std::vector<AuthRef> &refs)
{
    m_savedKinds.clear();
    for (const AuthRef &r : refs)
        m_savedKinds.insert(r.name, r.kind);
}

std::vector<SecretOp> CredentialSave::writeOps(const std::vector<CredentialDraft> &drafts,
                                               const QSet<QString> &knownAbsent)
{
    std::vector<SecretOp> ops;
    for (const CredentialDraft &e : drafts) {
        for (const QString &field : secretFieldsFor(e.ref.kind)) {
            const PendingSecret p = e.secrets.value(field);
            if (p.forget)
                continue;
            SecretOp op;
            op.key = secretKey(e.ref.name, field);
            op.refName = e.ref.name;
            op.field = field;
            if (!p.typed.isEmpty()) {
                op.kind = SecretOp::Write;
                op.value = p.typed;
            } else if (!e.secretsFrom.isEmpty() && e.secretsFrom != e.ref.name) {
                // Renamed or duplicated: the secret moves with it (read it there, store it here).
                op.kind = SecretOp::Copy;
                op.fromKey = secretKey(e.secretsFrom, field);
                if (knownAbsent.contains(op.fromKey))
                    continue;
            } else {
                continue;
            }
            ops.push_back(std::move(op));
        }
    }
    return ops;
}

std::vector<SecretOp> CredentialSave::removeOps() const
{
    // Keys the saved file still needs: just written, or the reference's own stored value left as it was.
    QSet<QString> keep = m_writtenKeys;
    QSet<QString> candidates = m_pendingRemovals;
    for (const CredentialDraft &e : m_drafts) {
        for (const QString &field : secretFieldsFor(e.ref.kind)) {
            const QString key = secretKey(e.ref.name, field);
            const PendingSecret p = e.secrets.value(field);
            if (p.forget)
                candidates.insert(key);
            else if (e.secretsFrom == e.ref.name)
                keep.insert(key);
        }
    }
    for (auto it = m_savedKinds.constBegin(); it != m_savedKinds.constEnd(); ++it) {
        for (const QString &field : secretFieldsFor(it.value()))
            candidates.insert(secretKey(it.key(), field));
    }
    std::vector<SecretOp> ops;
    QStringList sorted(candidates.begin(), candidates.end());
    sorted.sort();
    for (const QString &key : sorted) {
        if (keep.contains(key))
            continue;
        SecretOp op;
        op.kind = SecretOp::Remove;
        op.key = key;
        splitSecretKey(key, &op.refName, &op.field);
        ops.push_back(std::move(op));
    }
    return ops;
}

void CredentialSave::start(std::vector<CredentialDraft> drafts, const QSet<QString> &knownAbsent)
{
    if (m_running)
        return;
    m_running = true;
    m_drafts = std::move(drafts);
    m_writtenKeys.clear();
    std::vector<SecretOp> ops = writeOps(m_drafts, knownAbsent);
    // Never inside start(): the caller finishes setting itself up first, even when there is nothing
    // to store.
    QPointer<CredentialSave> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, ops = std::move(ops)]() mutable {
            if (self)
                self->runOps(std::move(ops), Phase::Writes);
        },
        Qt::QueuedConnection);
}

void CredentialSave::runOps(std::vector<SecretOp> ops, Phase phase)
{
    m_ops = std::move(ops);
    m_opIndex = 0;
    m_phase = phase;
    m_failures.clear();
    runNextOp();
}

void CredentialSave::runNextOp()
{
    if (m_opIndex >= m_ops.size() || !m_store) {
        if (!m_store && m_opIndex < m_ops.size()) {
            const SecretOp &op = m_ops[m_opIndex];
            m_failures.push_back(CredentialSaveFailure{op.kind, op.key, op.refName, op.field,
                                                       CredentialSaveFailure::Reason::NoStore, QString()});
        }
        for (SecretOp &op : m_ops)
            wipeSecret(op.value);
        m_ops.clear();
        if (m_phase == Phase::Writes)
            afterWrites();
        else
            afterRemoves();
        return;
    }
    const SecretOp &op = m_ops[m_opIndex];
    const quint64 serial = ++m_opSerial;
    m_opTimer = m_clock->callAfter(m_storeTimeoutMs, [this] {
        m_opTimer = 0;
        finishOp(false, CredentialSaveFailure::Reason::Timeout, QString());
    });
    QPointer<CredentialSave> self(this);
    const QString key = op.key;
    auto written = [self, serial, key](const SecretResult &r) {
        if (!self || serial != self->m_opSerial)
            return; // timed out meanwhile
        emit self->storeAnswered(r);
        if (!self || serial != self->m_opSerial)
            return;
        if (!r.ok) {
            self->finishOp(false, CredentialSaveFailure::Reason::Store, r.error);
            return;
        }
        self->m_writtenKeys.insert(key);
        emit self->secretStored(key, r.sessionOnly);
        self->finishOp(true, CredentialSaveFailure::Reason::Store, QString());
    };
    switch (op.kind) {
    case SecretOp::Write:
        m_store->write(op.key, op.value, written);
        break;
    case SecretOp::Copy:
        m_store->read(op.fromKey, [self, serial, key, written](const SecretResult &r) {
            if (!self || serial != self->m_opSerial)
                return;
            emit self->storeAnswered(r);
            if (!self || serial != self->m_opSerial)
                return;
            if (r.notFound || (r.ok && r.value.isEmpty())) {
                self->finishOp(true, CredentialSaveFailure::Reason::Store, QString()); // nothing to take over
                return;
            }
            if (!self->m_store) {
                self->finishOp(false, CredentialSaveFailure::Reason::NoStore, QString());
                return;
            }
            if (!r.ok) {
                self->finishOp(false, CredentialSaveFailure::Reason::Store, r.error);
                return;
            }
            self->m_store->write(key, r.value, written);
        });
        break;
    case SecretOp::Remove:
        m_store->remove(op.key, [self, serial, key](const SecretResult &r) {
            if (!self || serial != self->m_opSerial)
                return;
            emit self->storeAnswered(r);
            if (!self || serial != self->m_opSerial)
                return;
            if (!r.ok && !r.notFound) {
                self->finishOp(false, CredentialSaveFailure::Reason::Store, r.error);
                return;
            }
            self->m_pendingRemovals.remove(key);
            emit self->secretRemoved(key);
            self->finishOp(true, CredentialSaveFailure::Reason::Store, QString());
        });
        break;
    }
}

void CredentialSave::finishOp(bool ok, CredentialSaveFailure::Reason reason, const QString &error)
{
    cancelOpTimer();
    ++m_opSerial; // a late answer to this operation is dropped
    if (m_opIndex >= m_ops.size())
        return;
    SecretOp &op = m_ops[m_opIndex];
    wipeSecret(op.value);
    if (!ok) {
        m_failures.push_back(CredentialSaveFailure{op.kind, op.key, op.refName, op.field, reason, error});
        if (op.kind == SecretOp::Remove)
            m_pendingRemovals.insert(op.key); // tried again by the next save
        if (m_phase == Phase::Writes)
            m_opIndex = m_ops.size(); // the file must not name a secret that was not stored
    }
    ++m_opIndex;
    runNextOp();
}

void CredentialSave::cancelOpTimer()
{
    if (m_opTimer == 0)
        return;
    m_clock->cancel(m_opTimer);
    m_opTimer = 0;
}

void CredentialSave::afterWrites()
{
    if (!m_failures.empty()) {
        CredentialSaveResult r;
        r.outcome = CredentialSaveResult::Outcome::NotStored;
        r.failures = m_failures;
        finish(std::move(r));
        return;
    }
    if (m_keepBackup) {
        const QString backup = m_path + QStringLiteral(".bak");
        QFile::remove(backup);
        QFile::copy(m_path, backup);
    }
    const std::vector<AuthRef> refs = refsOf(m_drafts);
    QString error;
    if (!saveAuthRefsFile(refs, m_path, &error)) {
        CredentialSaveResult r;
        r.outcome = CredentialSaveResult::Outcome::FileFailed;
        r.fileError = error;
        finish(std::move(r));
        return;
    }
    m_keepBackup = false;
    std::vector<SecretOp> ops = removeOps(); // against what the file held before this save
    setBaseline(refs);
    emit removing();
    runOps(std::move(ops), Phase::Removes);
}

void CredentialSave::afterRemoves()
{
    CredentialSaveResult r;
    r.outcome = CredentialSaveResult::Outcome::Saved;
    r.failures = m_failures; // the file is saved; a stale secret left behind is only reported
    finish(std::move(r));
}

void CredentialSave::finish(CredentialSaveResult result)
{
    m_running = false;
    for (CredentialDraft &d : m_drafts) {
        for (PendingSecret &p : d.secrets)
            wipeSecret(p.typed);
    }
    m_drafts.clear();
    m_writtenKeys.clear();
    m_failures.clear();
    emit finished(result);
}

} // namespace plateau
