#include "FakeMqttConnection.h"
#include "bulk/BulkRun.h"
#include "bulk/MqttBulkActions.h"
#include "mqtt/MqttCommandClient.h"
#include "mqtt/MqttDeviceTracker.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

// Commands of the convention (docs/mqtt-dm-convention.md "Commands"): correlation (MQTT 5
// correlation data, the 3.1.1 id fallback), deadlines, garbage answers, offline devices, firmware
// updates finished by the firmware topic, and the bulk actions on top.
class tst_MqttCommandClient : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        FakeMqttConnection connection;
        MqttDeviceTracker tracker{&connection, QStringLiteral("broker-a")};
        std::unique_ptr<MqttCommandClient> client;

        explicit Rig(bool mqtt5)
        {
            tracker.setSettleDelay(0);
            tracker.start();
            client = std::make_unique<MqttCommandClient>(&connection, &tracker, mqtt5);
            client->start();
        }
        void online(const QString &id)
        {
            connection.deliver(QStringLiteral("fd/v1/%1/status").arg(id),
                               R"({"state":"online","session":1})",
                               true);
        }
        void connectAndSettle()
        {
            QSignalSpy settled(&tracker, &MqttDeviceTracker::settled);
            connection.connectToBroker();
            QVERIFY(settled.wait(2000));
        }
        // Waits for the next command to go out and returns it.
        MqttMessage nextCommand()
        {
            const int before = int(connection.publishedMessages.size());
            QSignalSpy spy(&connection, &FakeMqttConnection::publishedSomething);
            if (connection.publishedMessages.size() == before)
                spy.wait(2000);
            return connection.publishedMessages.value(before);
        }
        void
        answer(const QString &id, const QByteArray &payload, const QByteArray &correlation = {})
        {
            MqttMessage m;
            m.topic = QStringLiteral("fd/v1/%1/rsp").arg(id);
            m.payload = payload;
            m.qos = 1;
            m.properties.correlationData = correlation;
            connection.deliver(QVector<MqttMessage>{m});
        }
    };

    static QJsonObject json(const QByteArray &payload)
    {
        return QJsonDocument::fromJson(payload).object();
    }

    static MqttCommandResult wait(MqttCommandReply *reply, int ms = 3000)
    {
        QSignalSpy finished(reply, &MqttCommandReply::finished);
        if (!reply->isFinished())
            finished.wait(ms);
        return reply->result();
    }

private slots:
    void mqtt5CorrelationData()
    {
        Rig rig(true);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        QVERIFY(rig.connection.subscriptions.contains(qMakePair(QStringLiteral("fd/v1/+/rsp"), 1)));
        MqttCommandReply *reply = rig.client->send(
            QStringLiteral("d1"), QStringLiteral("config"), {{QStringLiteral("version"), 7}});
        const MqttMessage command = rig.nextCommand();
        QCOMPARE(command.topic, QStringLiteral("fd/v1/d1/cmd/config"));
        QCOMPARE(command.qos, 1);
        QVERIFY(!command.retain);
        const QJsonObject payload = json(command.payload);
        const QString id = payload.value(QStringLiteral("id")).toString();
        QCOMPARE(id, reply->requestId());
        QVERIFY(payload.value(QStringLiteral("ts")).toDouble() > 1.7e12);
        QCOMPARE(payload.value(QStringLiteral("args")).toObject().value(QStringLiteral("version")),
                 QJsonValue(7));
        QCOMPARE(command.properties.responseTopic, QStringLiteral("fd/v1/d1/rsp"));
        QCOMPARE(command.properties.correlationData, id.toUtf8());

        // Someone else's answer (other correlation data) changes nothing.
        rig.answer(QStringLiteral("d1"), R"({"id":"other","status":"ok"})", "other");
        QVERIFY(!reply->isFinished());
        // The answer is matched on correlation data, even if its payload id were missing.
        rig.answer(QStringLiteral("d1"),
                   R"({"op":"config","status":"ok","result":{"version":8}})",
                   id.toUtf8());
        const MqttCommandResult r = wait(reply);
        QCOMPARE(r.status, MqttCommandResult::Status::Ok);
        QCOMPARE(r.result.value(QStringLiteral("version")), QJsonValue(8));
    }

    void mqtt311IdFallback()
    {
        Rig rig(false);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        MqttCommandReply *first = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"));
        const MqttMessage c1 = rig.nextCommand();
        MqttCommandReply *second
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("get-config"));
        rig.nextCommand();
        QVERIFY(c1.properties.isEmpty()); // 3.1.1: no properties
        // Answers in the other order: matched by id.
        rig.answer(QStringLiteral("d1"),
                   QStringLiteral(R"({"id":"%1","status":"ok","result":{"version":3}})")
                       .arg(second->requestId())
                       .toUtf8());
        rig.answer(QStringLiteral("d1"),
                   QStringLiteral(R"({"id":"%1","status":"ok"})").arg(first->requestId()).toUtf8());
        QCOMPARE(wait(second).result.value(QStringLiteral("version")), QJsonValue(3));
        QCOMPARE(wait(first).status, MqttCommandResult::Status::Ok);
    }

    void garbageAnswerFails_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("mqtt5");
        QTest::newRow("not JSON, 3.1.1") << QByteArray("lol, rebooting") << false;
        QTest::newRow("not JSON, MQTT 5") << QByteArray("\xff\x00garbage", 9) << true;
        QTest::newRow("no status") << QByteArray(R"({"result":{}})") << true;
        QTest::newRow("unknown status") << QByteArray(R"({"status":"maybe"})") << true;
        QTest::newRow("array") << QByteArray(R"([1,2,3])") << false;
        QTest::newRow("deep") << QByteArray(100000, '[') << false;
    }

    void garbageAnswerFails()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, mqtt5);
        Rig rig(mqtt5);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        MqttCommandReply *reply = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"));
        const MqttMessage command = rig.nextCommand();
        rig.answer(QStringLiteral("d1"), payload, mqtt5 ? command.properties.correlationData : "");
        const MqttCommandResult r = wait(reply);
        QCOMPARE(r.status, MqttCommandResult::Status::Failed);
        QCOMPARE(r.code, QStringLiteral("invalid_response"));
        QCOMPARE(r.message, QStringLiteral("the device answered with an invalid response"));
    }

    void noAnswerTimesOut()
    {
        Rig rig(true);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        QElapsedTimer clock;
        clock.start();
        MqttCommandReply *reply
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"), {}, 300);
        const MqttCommandResult r = wait(reply);
        QCOMPARE(r.status, MqttCommandResult::Status::TimedOut);
        QCOMPARE(r.code, QStringLiteral("timeout"));
        QVERIFY(r.message.contains(QStringLiteral("no answer")));
        QVERIFY(clock.elapsed() >= 300);
        // A late answer changes nothing.
        rig.answer(QStringLiteral("d1"),
                   QStringLiteral(R"({"id":"%1","status":"ok"})").arg(reply->requestId()).toUtf8());
        QCOMPARE(reply->result().status, MqttCommandResult::Status::TimedOut);
    }

    void offlineDeviceIsNotSentAnything()
    {
        Rig rig(true);
        rig.connection.deliver(
            QStringLiteral("fd/v1/d1/status"), R"({"state":"offline","reason":"lost"})", true);
        rig.connectAndSettle();
        MqttCommandReply *offline
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"));
        MqttCommandReply *unknown
            = rig.client->send(QStringLiteral("never-seen"), QStringLiteral("reboot"));
        QCOMPARE(wait(offline).message, QStringLiteral("offline"));
        QCOMPARE(offline->result().status, MqttCommandResult::Status::Failed);
        QCOMPARE(wait(unknown).code, QStringLiteral("offline"));
        QVERIFY(rig.connection.publishedMessages.isEmpty());
    }

    void waitsForTheConnectionWithinTheDeadline()
    {
        Rig rig(true);
        rig.online(QStringLiteral("d1"));
        MqttCommandReply *reply
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"), {}, 5000);
        QTest::qWait(50); // a real event-loop turn: nothing may go out while disconnected
        QVERIFY(rig.connection.publishedMessages.isEmpty());
        rig.connectAndSettle();
        QTRY_COMPARE_WITH_TIMEOUT(rig.connection.publishedMessages.size(), 1, 2000);
        const MqttMessage command = rig.connection.publishedMessages.first();
        QCOMPARE(command.topic, QStringLiteral("fd/v1/d1/cmd/reboot"));
        rig.answer(QStringLiteral("d1"), R"({"status":"ok"})", command.properties.correlationData);
        QCOMPARE(wait(reply).status, MqttCommandResult::Status::Ok);

        // A connection that gives up fails what is still waiting, with the reason.
        rig.connection.setState(MqttConnection::State::Reconnecting, QStringLiteral("lost"));
        MqttCommandReply *stuck = rig.client->send(QStringLiteral("d1"), QStringLiteral("reboot"));
        rig.connection.setState(MqttConnection::State::Disconnected,
                                QStringLiteral("The broker refused the user name or password."));
        const MqttCommandResult r = wait(stuck);
        QCOMPARE(r.code, QStringLiteral("not_connected"));
        QVERIFY(r.message.contains(QStringLiteral("refused")));
    }

    void deviceErrors()
    {
        Rig rig(false);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        MqttCommandReply *unsupported
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("dance"));
        rig.nextCommand();
        rig.answer(QStringLiteral("d1"),
                   QStringLiteral(R"({"id":"%1","status":"error","code":"unsupported"})")
                       .arg(unsupported->requestId())
                       .toUtf8());
        MqttCommandResult r = wait(unsupported);
        QCOMPARE(r.status, MqttCommandResult::Status::Error);
        QCOMPARE(r.code, QStringLiteral("unsupported"));
        QVERIFY2(r.message.contains(QStringLiteral("\"dance\"")), qPrintable(r.message));

        MqttCommandReply *conflict
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("config"));
        rig.nextCommand();
        rig.answer(QStringLiteral("d1"),
                   QStringLiteral(R"({"id":"%1","status":"error","code":"conflict",)"
                                  R"("message":"config version is 8, not 7"})")
                       .arg(conflict->requestId())
                       .toUtf8());
        r = wait(conflict);
        QCOMPARE(r.code, QStringLiteral("conflict"));
        QCOMPARE(r.message, QStringLiteral("conflict: config version is 8, not 7"));
        QVERIFY(!r.succeeded());
    }

    void firmwareUpdateFinishesOnTheFirmwareTopic_data()
    {
        QTest::addColumn<int>("finalResult");
        QTest::addColumn<bool>("ok");
        QTest::newRow("updated") << 1 << true;
        QTest::newRow("integrity check failed") << 5 << false;
    }

    void firmwareUpdateFinishesOnTheFirmwareTopic()
    {
        QFETCH(int, finalResult);
        QFETCH(bool, ok);
        Rig rig(true);
        rig.online(QStringLiteral("d1"));
        // An old retained final state must not finish the new request.
        rig.connection.deliver(
            QStringLiteral("fd/v1/d1/firmware"), R"({"state":0,"result":1})", true);
        rig.connectAndSettle();
        MqttCommandReply *reply
            = rig.client->send(QStringLiteral("d1"),
                               QStringLiteral("firmware-update"),
                               {{QStringLiteral("version"), QStringLiteral("1.3.0")}},
                               5000,
                               true);
        QSignalSpy accepted(reply, &MqttCommandReply::accepted);
        QSignalSpy progress(reply, &MqttCommandReply::firmwareProgress);
        const MqttMessage command = rig.nextCommand();
        const QByteArray id = command.properties.correlationData;
        rig.answer(QStringLiteral("d1"), R"({"status":"accepted"})", id);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!reply->isFinished());
        const QString topic = QStringLiteral("fd/v1/d1/firmware");
        rig.connection.deliver(topic, R"({"state":1,"result":0,"progress":50,"request_id":"x"})");
        QCOMPARE(progress.size(), 0); // another request's progress
        rig.connection.deliver(
            topic, "{\"state\":1,\"result\":0,\"progress\":50,\"request_id\":\"" + id + "\"}");
        rig.connection.deliver(topic, "{\"state\":3,\"result\":0,\"request_id\":\"" + id + "\"}");
        rig.connection.deliver(QStringLiteral("fd/v1/d1/status"),
                               R"({"state":"offline","reason":"firmware-update"})");
        QVERIFY(!reply->isFinished());
        rig.connection.deliver(topic,
                               QStringLiteral(R"({"state":0,"result":%1,"request_id":"%2"})")
                                   .arg(finalResult)
                                   .arg(QString::fromUtf8(id))
                                   .toUtf8());
        const MqttCommandResult r = wait(reply);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(r.succeeded(), ok);
        QVERIFY(r.firmware);
        QCOMPARE(r.firmware->result, finalResult);
        if (!ok)
            QCOMPARE(r.message,
                     QStringLiteral("the firmware update failed: integrity check failed"));
    }

    void acceptedAndFinalStateInOneBatch()
    {
        // A fast device: the answer and the whole progress reach FleetDesk in one batch.
        Rig rig(false);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        MqttCommandReply *reply = rig.client->send(
            QStringLiteral("d1"), QStringLiteral("firmware-update"), {}, 5000, true);
        rig.nextCommand();
        const QString id = reply->requestId();
        auto message = [](const QString &topic, const QString &payload) {
            return MqttMessage{topic, payload.toUtf8(), 1, false, {}};
        };
        rig.connection.deliver(
            {message(QStringLiteral("fd/v1/d1/firmware"),
                     QStringLiteral(R"({"state":1,"result":0,"request_id":"%1"})").arg(id)),
             message(QStringLiteral("fd/v1/d1/rsp"),
                     QStringLiteral(R"({"id":"%1","status":"accepted"})").arg(id)),
             message(QStringLiteral("fd/v1/d1/firmware"),
                     QStringLiteral(R"({"state":1,"result":0,"progress":100,"request_id":"%1"})")
                         .arg(id)),
             message(QStringLiteral("fd/v1/d1/firmware"),
                     QStringLiteral(R"({"state":0,"result":5,"request_id":"%1"})").arg(id))});
        const MqttCommandResult r = wait(reply);
        QCOMPARE(r.status, MqttCommandResult::Status::Failed);
        QCOMPARE(r.code, QStringLiteral("firmware_result_5"));
    }

    void firmwareUpdateWithoutWaitIsAccepted()
    {
        Rig rig(true);
        rig.online(QStringLiteral("d1"));
        rig.connectAndSettle();
        MqttCommandReply *reply
            = rig.client->send(QStringLiteral("d1"), QStringLiteral("firmware-update"));
        const MqttMessage command = rig.nextCommand();
        rig.answer(
            QStringLiteral("d1"), R"({"status":"accepted"})", command.properties.correlationData);
        QCOMPARE(wait(reply).status, MqttCommandResult::Status::Accepted);
    }

    void bulkRebootOverMqtt()
    {
        Rig rig(true);
        rig.online(QStringLiteral("ok-1"));
        rig.online(QStringLiteral("ok-2"));
        rig.connection.deliver(QStringLiteral("fd/v1/off/status"), R"({"state":"offline"})", true);
        rig.online(QStringLiteral("silent"));
        rig.connectAndSettle();
        // The "devices": ok-* answer ok, silent never answers.
        connect(&rig.connection, &FakeMqttConnection::publishedSomething, this, [&rig] {
            const MqttMessage m = rig.connection.publishedMessages.last();
            const QString device = m.topic.section(QLatin1Char('/'), 2, 2);
            if (device.startsWith(QLatin1String("ok-")))
                QTimer::singleShot(0, &rig.connection, [&rig, device, m] {
                    rig.answer(device, R"({"status":"ok"})", m.properties.correlationData);
                });
        });
        QVector<BulkRun::Target> targets;
        for (const char *id : {"ok-1", "ok-2", "off", "silent"})
            targets.append({QUuid::createUuid(),
                            QString::fromLatin1(id),
                            QString::fromLatin1(id),
                            QStringLiteral("broker-a")});
        targets.append({QUuid::createUuid(),
                        QStringLiteral("elsewhere"),
                        QStringLiteral("x"),
                        QStringLiteral("broker-b")});
        const BulkRun::Action action = MqttBulkActions::action(
            [&rig](const QString &profile) {
                return profile == QLatin1String("broker-a") ? rig.client.get() : nullptr;
            },
            QStringLiteral("reboot"),
            {},
            400);
        QVERIFY(action);
        QVERIFY(!MqttBulkActions::action([](const QString &) { return nullptr; },
                                         QStringLiteral("registration_update")));
        BulkRun run(QStringLiteral("reboot"), targets, action);
        run.setTimeout(5000);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.count(BulkRun::Outcome::Succeeded), 2);
        QCOMPARE(run.count(BulkRun::Outcome::TimedOut), 1);
        QCOMPARE(run.count(BulkRun::Outcome::Failed), 2);
        QCOMPARE(run.results().at(2).reason, QStringLiteral("offline"));
        QVERIFY(run.results().at(4).reason.contains(QStringLiteral("broker-b")));
        QCOMPARE(run.exitCode(), 3);
        for (const MqttMessage &m : std::as_const(rig.connection.publishedMessages))
            QVERIFY(m.topic.endsWith(QLatin1String("/cmd/reboot")));
        QCOMPARE(rig.connection.publishedMessages.size(), 3); // not to the offline one
    }

    void auditAndJournalEntries()
    {
        MqttCommandResult result;
        result.status = MqttCommandResult::Status::Failed;
        result.message = QStringLiteral("offline");
        const QUuid id = QUuid::createUuid();
        const auto audit = MqttBulkActions::auditEntry(id,
                                                       QStringLiteral("broker-a"),
                                                       QStringLiteral("d1"),
                                                       QStringLiteral("reboot"),
                                                       {},
                                                       result);
        QCOMPARE(audit.action, QStringLiteral("mqtt-reboot"));
        QCOMPARE(audit.devices, QVector<QUuid>{id});
        QCOMPARE(audit.result, QStringLiteral("failed: offline"));
        QCOMPARE(audit.parameters.value(QStringLiteral("topic")).toString(),
                 QStringLiteral("fd/v1/d1/cmd/reboot"));
        const auto entry = MqttBulkActions::journalEntry(
            id, QStringLiteral("broker-a"), QStringLiteral("d1"), QStringLiteral("reboot"), result);
        QCOMPARE(entry.kind, QStringLiteral("operation"));
        QCOMPARE(entry.message, QStringLiteral("reboot: failed (offline)"));
        QVERIFY(MqttCommandClient::changesDevice(QStringLiteral("reboot")));
        QVERIFY(!MqttCommandClient::changesDevice(QStringLiteral("get-config")));
    }
};

QTEST_GUILESS_MAIN(tst_MqttCommandClient)
#include "tst_MqttCommandClient.moc"
