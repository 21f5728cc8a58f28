#include "profiles/SandboxImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

    QJsonObject sandbox()
    {
        const QString password = write(QStringLiteral("mqtt-admin.password"), "s3cret\n");
        const QString pskKey = write(QStringLiteral("mqtt-psk.key"), "a1b2c3d4\n");
        const QString ca = write(QStringLiteral("ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        return QJsonObject{
            {QStringLiteral("version"), 1},
            {QStringLiteral("mqtt"),
             QJsonObject{
                 {QStringLiteral("plain"), QStringLiteral("mqtt://127.0.0.1:18831")},
                 {QStringLiteral("tls"), QStringLiteral("mqtts://127.0.0.1:18832")},
                 {QStringLiteral("psk"), QStringLiteral("mqtts://127.0.0.1:18833")},
                 {QStringLiteral("psk_identity"), QStringLiteral("fleetdesk")},
                 {QStringLiteral("psk_key_file"), pskKey},
                 {QStringLiteral("ca_file"), ca},
                 {QStringLiteral("admin"),
                  QJsonObject{{QStringLiteral("username"), QStringLiteral("fleetdesk-admin")},
                              {QStringLiteral("password_file"), password}}}}},
            {QStringLiteral("leshan"),
             QJsonObject{{QStringLiteral("rest"), QStringLiteral("http://127.0.0.1:18080")},
                         {QStringLiteral("coap"), QStringLiteral("coap://127.0.0.1:15683")}}},
            {QStringLiteral("bootstrap"),
             QJsonObject{{QStringLiteral("rest"), QStringLiteral("http://127.0.0.1:18081")}}},
        };
    }

private slots:
    void readsEveryServerAndItsSecret()
    {
        const QString path
            = write(QStringLiteral("sandbox.json"), QJsonDocument(sandbox()).toJson());
        QVector<SandboxImport::Item> items;
        QString error;
        QVERIFY2(SandboxImport::read(path, &items, &error), qPrintable(error));
        QStringList names;
        for (const auto &item : items)
            names.append(item.profile.name);
        QCOMPARE(names,
                 QStringList({QStringLiteral("sandbox-mqtt"),
                              QStringLiteral("sandbox-mqtt-plain"),
                              QStringLiteral("sandbox-mqtt-psk"),
                              QStringLiteral("sandbox-leshan"),
                              QStringLiteral("sandbox-bootstrap")}));
        QCOMPARE(items[0].profile.url.port(), 18832);
        QVERIFY(items[0].profile.usesTls());
        QVERIFY(!items[0].profile.caFile.isEmpty());
        QCOMPARE(items[0].secret, QByteArray("s3cret"));
        QCOMPARE(items[1].profile.caFile, QString());
        QCOMPARE(items[2].profile.auth, ConnectionProfile::Auth::Psk);
        QCOMPARE(items[2].secret, QByteArray("a1b2c3d4"));
        QCOMPARE(items[3].profile.kind, ConnectionProfile::Kind::Lwm2mServer);
        QVERIFY(items[3].secret.isEmpty());
        QCOMPARE(items[4].profile.kind, ConnectionProfile::Kind::Lwm2mBootstrap);
        // One route to the broker is connected by the window; the others are for the CLI.
        QVERIFY(items[0].profile.connectAtStart);
        QVERIFY(!items[1].profile.connectAtStart);
        QVERIFY(!items[2].profile.connectAtStart);
        QVERIFY(items[3].profile.connectAtStart);
        // and the flag survives the profile file
        QStringList problems;
        const ConnectionProfile back
            = ConnectionProfile::fromJson(items[1].profile.toJson(), &problems);
        QVERIFY(!back.connectAtStart);
        QVERIFY(ConnectionProfile::fromJson(items[0].profile.toJson(), &problems).connectAtStart);
        QVERIFY(!items[0].profile.toJson().contains(QStringLiteral("connect_at_start")));
    }

    void refusesOtherSchemaVersionsAndBrokenFiles()
    {
        QJsonObject v2 = sandbox();
        v2.insert(QStringLiteral("version"), 2);
        QVector<SandboxImport::Item> items;
        QString error;
        QVERIFY(!SandboxImport::read(
            write(QStringLiteral("v2.json"), QJsonDocument(v2).toJson()), &items, &error));
        QVERIFY(error.contains(QStringLiteral("version 1")));
        QVERIFY(!SandboxImport::read(write(QStringLiteral("junk.json"), "]["), &items, &error));
        QVERIFY(
            !SandboxImport::read(m_dir.filePath(QStringLiteral("absent.json")), &items, &error));
    }

    void missingPasswordFileIsAnError()
    {
        QJsonObject s = sandbox();
        QJsonObject mqtt = s.value(QStringLiteral("mqtt")).toObject();
        mqtt.insert(
            QStringLiteral("admin"),
            QJsonObject{{QStringLiteral("username"), QStringLiteral("a")},
                        {QStringLiteral("password_file"), m_dir.filePath(QStringLiteral("nope"))}});
        s.insert(QStringLiteral("mqtt"), mqtt);
        QVector<SandboxImport::Item> items;
        QString error;
        QVERIFY(!SandboxImport::read(
            write(QStringLiteral("nopw.json"), QJsonDocument(s).toJson()), &items, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxImport)
#include "tst_SandboxImport.moc"
