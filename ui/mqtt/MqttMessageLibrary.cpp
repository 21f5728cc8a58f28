#include "mqtt/MqttMessageLibrary.h"

#include "BackgroundTask.h"
#include "common/AppPaths.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

struct ReadResult
{
    QVector<MqttMessageLibrary::Entry> entries;
    QString error;
};

QString writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(data);
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

MqttMessageLibrary::MqttMessageLibrary(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_pool.setMaxThreadCount(1);
}

MqttMessageLibrary::~MqttMessageLibrary()
{
    m_pool.waitForDone(); // a last small write finishes
}

QString MqttMessageLibrary::defaultPath()
{
    return QDir(AppPaths::configDir()).filePath(QStringLiteral("mqtt-messages.json"));
}

void MqttMessageLibrary::load()
{
    const QString path = m_path;
    BackgroundTask::run(
        this,
        [path] {
            ReadResult result;
            QFile file(path);
            if (!file.exists())
                return result;
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = file.errorString();
                return result;
            }
            result.entries = fromJson(file.readAll(), &result.error);
            return result;
        },
        [this](const ReadResult &result) {
            // Saved before the file was read: those win, the file's others are kept.
            const bool changedMeanwhile = !m_entries.isEmpty();
            QVector<Entry> merged = m_entries;
            for (const Entry &e : result.entries) {
                if (!find(e.name))
                    merged.append(e);
            }
            std::sort(merged.begin(), merged.end(), [](const Entry &a, const Entry &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            m_entries = merged;
            m_loaded = true;
            if (changedMeanwhile)
                write();
            if (!result.error.isEmpty()) {
                qCWarning(lcUi) << "MQTT message library unreadable:" << result.error;
                emit failed(tr("The saved MQTT messages could not be read: %1").arg(result.error));
            }
            emit loaded();
            emit changed();
        },
        &m_pool);
}

const MqttMessageLibrary::Entry *MqttMessageLibrary::find(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

void MqttMessageLibrary::save(const Entry &entry)
{
    bool replaced = false;
    for (Entry &e : m_entries) {
        if (e.name == entry.name) {
            e = entry;
            replaced = true;
        }
    }
    if (!replaced)
        m_entries.append(entry);
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    write();
    emit changed();
}

void MqttMessageLibrary::remove(const QString &name)
{
    const auto removed = m_entries.removeIf([&name](const Entry &e) { return e.name == name; });
    if (removed == 0)
        return;
    write();
    emit changed();
}

void MqttMessageLibrary::write()
{
    const QString path = m_path;
    const QByteArray data = toJson(m_entries);
    BackgroundTask::run(
        this,
        [path, data] { return writeFile(path, data); },
        [this](const QString &error) {
            if (error.isEmpty())
                return;
            qCWarning(lcUi) << "MQTT message library not saved:" << error;
            emit failed(tr("The saved MQTT messages could not be written: %1").arg(error));
        },
        &m_pool);
}

QByteArray MqttMessageLibrary::toJson(const QVector<Entry> &entries)
{
    QJsonArray list;
    for (const Entry &e : entries) {
        const MqttMessage &m = e.message;
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("topic"), m.topic},
                      {QStringLiteral("qos"), m.qos},
                      {QStringLiteral("retain"), m.retain}};
        const QString text = QString::fromUtf8(m.payload);
        if (text.toUtf8() == m.payload)
            o.insert(QStringLiteral("payload"), text);
        else
            o.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(m.payload.toBase64()));
        if (!m.properties.contentType.isEmpty())
            o.insert(QStringLiteral("contentType"), m.properties.contentType);
        if (!m.properties.responseTopic.isEmpty())
            o.insert(QStringLiteral("responseTopic"), m.properties.responseTopic);
        if (!m.properties.correlationData.isEmpty())
            o.insert(QStringLiteral("correlationData"),
                     QString::fromUtf8(m.properties.correlationData));
        if (!m.properties.userProperties.isEmpty()) {
            QJsonArray props;
            for (const auto &p : m.properties.userProperties)
                props.append(QJsonArray{p.first, p.second});
            o.insert(QStringLiteral("userProperties"), props);
        }
        list.append(o);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("messages"), list}})
        .toJson(QJsonDocument::Indented);
}

QVector<MqttMessageLibrary::Entry> MqttMessageLibrary::fromJson(const QByteArray &json,
                                                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : tr("the file does not hold a JSON object");
        return {};
    }
    QVector<Entry> entries;
    const QJsonArray list = doc.object().value(QStringLiteral("messages")).toArray();
    for (const auto &value : list) {
        const QJsonObject o = value.toObject();
        Entry e;
        e.name = o.value(QStringLiteral("name")).toString();
        if (e.name.isEmpty())
            continue;
        MqttMessage &m = e.message;
        m.topic = o.value(QStringLiteral("topic")).toString();
        m.qos = qBound(0, o.value(QStringLiteral("qos")).toInt(), 2);
        m.retain = o.value(QStringLiteral("retain")).toBool();
        m.payload = o.contains(QStringLiteral("payloadBase64"))
                        ? QByteArray::fromBase64(
                            o.value(QStringLiteral("payloadBase64")).toString().toLatin1())
                        : o.value(QStringLiteral("payload")).toString().toUtf8();
        m.properties.contentType = o.value(QStringLiteral("contentType")).toString();
        m.properties.responseTopic = o.value(QStringLiteral("responseTopic")).toString();
        m.properties.correlationData
            = o.value(QStringLiteral("correlationData")).toString().toUtf8();
        const QJsonArray userProperties = o.value(QStringLiteral("userProperties")).toArray();
        for (const auto &p : userProperties) {
            const QJsonArray pair = p.toArray();
            if (pair.size() == 2)
                m.properties.userProperties.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        entries.append(e);
    }
    return entries;
}
