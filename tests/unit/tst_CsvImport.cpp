#include "TestFleet.h"
#include "provisioning/CsvImport.h"
#include "provisioning/CsvReader.h"

#include <QTest>

class tst_CsvImport : public QObject
{
    Q_OBJECT

private slots:
    void readerHandlesQuotesBomAndLineEndings()
    {
        QVector<CsvReader::Row> rows;
        QString error;
        const QByteArray csv
            = "\xEF\xBB\xBFname,tags\r\n\"a, \"\"b\"\"\",x\r\n\r\n\"multi\nline\",y\nlast,";
        QVERIFY2(CsvReader::parse(csv, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields, QStringList({QStringLiteral("name"), QStringLiteral("tags")}));
        QCOMPARE(rows[1].fields.first(), QStringLiteral("a, \"b\""));
        QCOMPARE(rows[2].fields.first(), QStringLiteral("multi\nline"));
        QCOMPARE(rows[2].line, 4);
        QCOMPARE(rows[3].fields, QStringList({QStringLiteral("last"), QString()}));
        QCOMPARE(rows[3].line, 6);
    }

    void readerRefusesBadEncodingWithTheLine()
    {
        QVector<CsvReader::Row> rows;
        QString error;
        QVERIFY(!CsvReader::parse("name\nok\nbad \xff\xfe here\n", &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    }

    void readerRefusesAnUnclosedQuote()
    {
        QVector<CsvReader::Row> rows;
        QString error;
        QVERIFY(!CsvReader::parse("name\n\"never closed\n", &rows, &error));
        QVERIFY(error.contains(QStringLiteral("line 2")));
    }

    void escapeRoundTrips()
    {
        const QString tricky = QStringLiteral("a \"b\", c\nd");
        QVector<CsvReader::Row> rows;
        QString error;
        QVERIFY(CsvReader::parse(CsvReader::escape(tricky).toUtf8(), &rows, &error));
        QCOMPARE(rows.first().fields.first(), tricky);
    }

    void wrongColumnsAreAFileError()
    {
        const auto plan = CsvImport::plan("name,colour\npump,red\n", {});
        QCOMPARE(plan.fileErrors.size(), 1);
        QVERIFY(plan.fileErrors.first().contains(QStringLiteral("colour")));
        QVERIFY(plan.acceptedDevices().isEmpty());
        QVERIFY(CsvImport::plan("site\nOsaka\n", {})
                    .fileErrors.first()
                    .contains(QStringLiteral("name")));
        QCOMPARE(CsvImport::plan("name,Name\n", {}).fileErrors.size(), 1);
        QCOMPARE(CsvImport::plan("", {}).fileErrors.size(), 1);
    }

    void perRowErrors()
    {
        const QByteArray csv = "id,name,protocol,profile,endpoint,lifecycle,tags\n"
                               "00000000-0000-4000-8000-000000000001,one,lwm2m,leshan,ep1,,a;b\n"
                               "00000000-0000-4000-8000-000000000001,dup-id,,,,,\n"
                               "not-a-uuid,bad-id,,,,,\n"
                               ",,,,,,\n"
                               ",two,lwm2m,leshan,ep1,,\n"
                               ",three,coap,x,y,,\n"
                               ",four,,,,sleeping,\n"
                               ",five,mqtt,broker,dev5,active,\n"
                               ",short\n";
        const auto plan = CsvImport::plan(csv, {});
        QVERIFY(plan.fileErrors.isEmpty());
        // The blank line ",,,,,," is a row with no name.
        QCOMPARE(plan.rows.size(), 9);
        auto row = [&](int line) {
            for (const auto &r : plan.rows)
                if (r.line == line)
                    return r;
            return CsvImport::RowResult{};
        };
        QCOMPARE(row(2).action, CsvImport::Action::Create);
        QCOMPARE(row(2).device.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(row(3).errors.join(QString()).contains(QStringLiteral("line 2")));
        QVERIFY(row(4).errors.join(QString()).contains(QStringLiteral("not-a-uuid")));
        QCOMPARE(row(5).action, CsvImport::Action::Reject);
        QVERIFY(row(6).errors.join(QString()).contains(QStringLiteral("ep1")));
        QVERIFY(row(7).errors.join(QString()).contains(QStringLiteral("coap")));
        QVERIFY(row(8).errors.join(QString()).contains(QStringLiteral("sleeping")));
        QCOMPARE(row(9).action, CsvImport::Action::Create);
        QCOMPARE(row(9).device.lifecycle, Lifecycle::Active);
        QVERIFY(row(10).errors.join(QString()).contains(QStringLiteral("2 fields")));
        QCOMPARE(plan.count(CsvImport::Action::Create), 2);
        QCOMPARE(plan.acceptedDevices().size(), 2);
        QVERIFY(plan.hasErrors());
    }

    void existingDevicesAreUpdatedKeepingLiveState()
    {
        const Device existing = TestFleet::device(1, QStringLiteral("Osaka"), QString());
        const QByteArray csv
            = "id,name,site,protocol,profile,endpoint\n"
              "00000000-0000-4000-8000-000000000001,renamed,Kobe,lwm2m,sandbox-leshan,ep-1\n"
              ",thief,Kobe,lwm2m,sandbox-leshan,ep-1\n";
        const auto plan = CsvImport::plan(csv, {existing});
        QCOMPARE(plan.rows[0].action, CsvImport::Action::Update);
        QCOMPARE(plan.rows[0].device.name, QStringLiteral("renamed"));
        QCOMPARE(plan.rows[0].device.health, existing.health);
        QCOMPARE(plan.rows[0].device.batteryPercent, existing.batteryPercent);
        QCOMPARE(plan.rows[0].device.lifecycle, existing.lifecycle);
        QCOMPARE(plan.rows[1].action, CsvImport::Action::Reject);
    }
};

QTEST_GUILESS_MAIN(tst_CsvImport)
#include "tst_CsvImport.moc"
