#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ConnectionProfile broker(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.kind = ConnectionProfile::Kind::MqttBroker;
        p.url = QUrl(QStringLiteral("mqtts://127.0.0.1:8883"));
        p.auth = ConnectionProfile::Auth::Password;
        p.username = QStringLiteral("admin");
        return p;
    }

private slots:
    void missingFileIsAnEmptyList()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("none.json")));
        QString error;
        QVERIFY(store.load(&error));
        QVERIFY(store.entries().isEmpty());
    }

    void roundTripWithoutSecrets()
    {
        const QString file = m_dir.filePath(QStringLiteral("p.json"));
        ProfileStore store(file);
        QString error;
        ConnectionProfile lwm2m;
        lwm2m.name = QStringLiteral("leshan");
        lwm2m.kind = ConnectionProfile::Kind::Lwm2mServer;
        lwm2m.url = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        QVERIFY(store.put(broker(QStringLiteral("b")), &error));
        QVERIFY(store.put(lwm2m, &error));
        QVERIFY(store.save(&error));

        ProfileStore again(file);
        QVERIFY(again.load(&error));
        QCOMPARE(again.entries().size(), 2);
        QVERIFY(again.find(QStringLiteral("b"))->isValid());
        QCOMPARE(again.find(QStringLiteral("b"))->profile.toJson(),
                 broker(QStringLiteral("b")).toJson());
        QVERIFY(
            again.find(QStringLiteral("leshan"))->profile.verifyPeer); // verification on by default
        QCOMPARE(again.find(QStringLiteral("b"))->profile.secretKey(),
                 QStringLiteral("profile/mqtt/b"));

        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("password\":"));
    }

    void pinnedFingerprintIsStoredUnderTls()
    {
        ConnectionProfile p = broker(QStringLiteral("pinned"));
        QVERIFY(!p.toJson()
                     .value(QStringLiteral("tls"))
                     .toObject()
                     .contains(QStringLiteral("pinned_sha256"))); // no pin unless the user sets one
        p.pinnedSha256 = QString(64, QLatin1Char('a'));
        const QJsonObject json = p.toJson();
        QCOMPARE(
            json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("pinned_sha256")),
            QJsonValue(p.pinnedSha256));
        QStringList problems;
        QCOMPARE(ConnectionProfile::fromJson(json, &problems).pinnedSha256, p.pinnedSha256);
        QVERIFY(p.validate().isEmpty());
        p.pinnedSha256 = QStringLiteral("not-a-fingerprint");
        QVERIFY(!p.validate().isEmpty());
        p.pinnedSha256 = QString(64, QLatin1Char('a'));
        p.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1883"));
        QVERIFY(!p.validate().isEmpty()); // a pin needs TLS
    }

    void invalidProfilesAreListedWithReasonsAndOthersLoad()
    {
        const QString file = m_dir.filePath(QStringLiteral("mixed.json"));
        QJsonArray list;
        list.append(broker(QStringLiteral("good")).toJson());
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("no-url")},
                                {QStringLiteral("kind"), QStringLiteral("mqtt")}});
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("odd-kind")},
                                {QStringLiteral("kind"), QStringLiteral("coap")},
                                {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1")}});
        list.append(QStringLiteral("not an object"));
        QJsonObject wrongScheme = broker(QStringLiteral("scheme")).toJson();
        wrongScheme.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1883"));
        list.append(wrongScheme);
        list.append(broker(QStringLiteral("good")).toJson()); // duplicate name
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                            {QStringLiteral("profiles"), list}})
                      .toJson());
        out.close();

        ProfileStore store(file);
        QString error;
        QVERIFY(store.load(&error));
        QCOMPARE(store.entries().size(), 6);
        QVERIFY(store.entries().at(0).isValid());
        for (int i = 1; i < 6; ++i)
            QVERIFY2(!store.entries().at(i).problems.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(store.entries().at(1).problems.join(QString()).contains(QStringLiteral("URL")));
        QVERIFY(store.entries().at(2).problems.join(QString()).contains(QStringLiteral("coap")));
        QVERIFY(store.entries().at(4).problems.join(QString()).contains(QStringLiteral("mqtt://")));
        QVERIFY(
            store.entries().at(5).problems.join(QString()).contains(QStringLiteral("same name")));
    }

    void brokenFileIsAnErrorNotACrash()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{ not json");
        out.close();
        ProfileStore store(file);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY(error.contains(file));
    }

    void putRefusesInvalidProfiles()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("x.json")));
        ConnectionProfile p = broker(QStringLiteral("psk"));
        p.auth = ConnectionProfile::Auth::Psk;
        p.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1883"));
        QString error;
        QVERIFY(!store.put(p, &error));
        QVERIFY(error.contains(QStringLiteral("mqtts://")));
        QVERIFY(store.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"
