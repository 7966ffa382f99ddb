#pragma once
// The working copy the credentials dialog edits: the auth references of authrefs.json plus, per
// reference, the secrets typed but not saved yet. Nothing here reads or writes a file or a secret
// store; the dialog does that on Save, so Cancel only has to drop this model.

#include "core/auth/authref.h"
#include "core/auth/authrefio.h"
#include "core/auth/credentialdraft.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <vector>

namespace plateau {

// Translated kind labels: short for the list ("OAuth M2M"), long for the kind combo.
QString authKindShortLabel(AuthKind kind);
QString authKindComboLabel(AuthKind kind);
// Every kind in the order the combo offers them.
const std::vector<AuthKind> &allAuthKinds();

// ref, secretsFrom and secrets (CredentialDraft) are what Save and Test take; the rest is form state.
struct AuthRefEntry : CredentialDraft
{
    // Issue paths the user has edited: a brand-new reference is not painted red before it is touched.
    QSet<QString> touched;
    bool showAllIssues = false; // after a refused save, or for references loaded from the file

    void wipeSecrets(); // overwrites the typed secrets before they are dropped
};

class AuthRefModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ColumnCount
    };

    explicit AuthRefModel(QObject *parent = nullptr);
    ~AuthRefModel() override;

    void setEntries(std::vector<AuthRefEntry> entries);
    const std::vector<AuthRefEntry> &entries() const { return m_entries; }
    std::vector<AuthRef> refs() const;
    int count() const { return int(m_entries.size()); }
    const AuthRefEntry &entry(int row) const { return m_entries.at(size_t(row)); }
    // Edit through this, then call entryChanged(row) so the list repaints.
    AuthRefEntry &entry(int row) { return m_entries.at(size_t(row)); }
    void entryChanged(int row);
    int insertEntry(int row, AuthRefEntry entry); // returns the row it landed on
    void removeEntry(int row);
    int rowOf(const QString &name) const; // -1 when absent

    // "base", "base-2", "base-3" ..: the first name no entry uses.
    QString uniqueName(const QString &base) const;
    // validateAuthRef's issues (paths relative to the reference: "host") plus a clash of names.
    std::vector<AuthRefIssue> issuesOf(int row) const;
    // The issues the user is shown now: all of them after a save attempt, else those of touched fields.
    std::vector<AuthRefIssue> shownIssuesOf(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuthRefEntry> m_entries;
};

} // namespace plateau
