#pragma once

#include "mqtt/MqttMessage.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVector>

// The publish dialog's saved messages (topic, payload, QoS, retain, MQTT 5 properties), kept as a
// JSON file under AppPaths::configDir() (mqtt-messages.json). Holds no secrets: passwords and keys
// live in the keychain, and people are told not to save secrets in a payload. Reads and writes run
// on a worker (one at a time, in order); the GUI thread never waits on the file.
class MqttMessageLibrary : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        MqttMessage message;
    };

    explicit MqttMessageLibrary(QString path, QObject *parent = nullptr);
    ~MqttMessageLibrary() override;

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file on a worker; loaded() follows (also when there is no file yet).
    void load();
    bool isLoaded() const { return m_loaded; }
    const QVector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // Adds or replaces (by name) and writes the file.
    void save(const Entry &entry);
    void remove(const QString &name);

    static QByteArray toJson(const QVector<Entry> &entries);
    static QVector<Entry> fromJson(const QByteArray &json, QString *error);

signals:
    void loaded();
    void changed();
    void failed(const QString &message);

private:
    void write();

    QString m_path;
    QVector<Entry> m_entries;
    bool m_loaded = false;
    QThreadPool m_pool; // one thread: writes in order
};
