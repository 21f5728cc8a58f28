#pragma once

#include "profiles/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The list of connection profiles in a JSON file (profiles.json). A profile with missing or invalid
// fields is kept and listed as invalid with the reason; the others still load.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    struct Entry
    {
        ConnectionProfile profile;
        QStringList problems; // empty = valid
        bool isValid() const { return problems.isEmpty(); }
    };

    explicit ProfileStore(QString path);

    const QString &path() const { return m_path; }
    bool load(QString *error); // a missing file is an empty list, not an error
    bool save(QString *error) const;

    const QVector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // Adds or replaces (same name) a profile; refuses an invalid one.
    bool put(const ConnectionProfile &profile, QString *error);
    bool remove(const QString &name);

private:
    QString m_path;
    QVector<Entry> m_entries;
};
