#include "profiles/ProfileStore.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int FileVersion = 1;
}

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

bool ProfileStore::load(QString *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("%1 is not a valid profiles file: %2").arg(m_path, parseError.errorString());
        return false;
    }
    const int version = doc.object().value(QStringLiteral("version")).toInt(FileVersion);
    if (version > FileVersion) {
        *error = tr("%1 was written by a newer FleetDesk (version %2).").arg(m_path).arg(version);
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : list) {
        Entry entry;
        if (!value.isObject()) {
            entry.problems.append(tr("the entry is not a JSON object"));
        } else {
            entry.profile = ConnectionProfile::fromJson(value.toObject(), &entry.problems);
            entry.problems += entry.profile.validate();
        }
        for (const Entry &other : std::as_const(m_entries)) {
            if (!entry.profile.name.isEmpty() && other.profile.name == entry.profile.name) {
                entry.problems.append(tr("another profile has the same name"));
                break;
            }
        }
        if (!entry.problems.isEmpty())
            qCWarning(lcProfiles) << "invalid profile" << entry.profile.name << entry.problems;
        m_entries.append(entry);
    }
    return true;
}

bool ProfileStore::save(QString *error) const
{
    QJsonArray list;
    for (const Entry &entry : m_entries)
        list.append(entry.profile.toJson());
    const QJsonObject root{{QStringLiteral("version"), FileVersion},
                           {QStringLiteral("profiles"), list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

const ProfileStore::Entry *ProfileStore::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.profile.name == name)
            return &entry;
    }
    return nullptr;
}

bool ProfileStore::put(const ConnectionProfile &profile, QString *error)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        *error = tr("The profile \"%1\" is not valid: %2")
                     .arg(profile.name, problems.join(QStringLiteral("; ")));
        return false;
    }
    for (Entry &entry : m_entries) {
        if (entry.profile.name == profile.name) {
            entry = Entry{profile, {}};
            return true;
        }
    }
    m_entries.append(Entry{profile, {}});
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.name == name) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}
