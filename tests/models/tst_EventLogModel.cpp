#include "EventLogModel.h"
#include "common/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

class tst_EventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsAppends();
    void ringBufferDropsOldest();
    void roles();
};

void tst_EventLogModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_EventLogModel::followsAppends()
{
    EventLog log(100);
    log.add(EventLog::Severity::Info, QStringLiteral("cache"), QStringLiteral("before the model"));
    EventLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.add(
        EventLog::Severity::Warning, QStringLiteral("pump-0043"), QStringLiteral("went offline"));
    log.add(EventLog::Severity::Error, QStringLiteral("broker"), QStringLiteral("refused"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2); // appended at the end
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, EventLogModel::SourceColumn).data().toString(),
             QStringLiteral("pump-0043"));
    QCOMPARE(model.index(1, EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("went offline"));
    QCOMPARE(model.index(2, EventLogModel::SeverityColumn).data().toString(),
             EventLogModel::severityName(EventLog::Severity::Error));
}

void tst_EventLogModel::ringBufferDropsOldest()
{
    EventLog log(5);
    EventLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 1; i <= 12; ++i)
        log.add(
            EventLog::Severity::Info, QStringLiteral("test"), QStringLiteral("event %1").arg(i));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(removed.count(), 7);
    QCOMPARE(removed.first().at(1).toInt(), 0); // always the oldest row
    QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("event 8"));
    QCOMPARE(model.index(4, EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("event 12"));
}

void tst_EventLogModel::roles()
{
    EventLog log;
    EventLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.add(EventLog::Severity::Warning, QStringLiteral("cache"), QStringLiteral("recovered"));
    const QModelIndex time = model.index(0, EventLogModel::TimeColumn);
    const QModelIndex severity = model.index(0, EventLogModel::SeverityColumn);
    const QModelIndex message = model.index(0, EventLogModel::MessageColumn);
    QCOMPARE(time.data().toString(), TimeFormat::local(log.at(0).time));
    QVERIFY(time.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("UTC")));
    QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(EventLog::Severity(message.data(EventLogModel::SeverityRole).toInt()),
             EventLog::Severity::Warning);
    QCOMPARE(message.data(EventLogModel::TimeRole).toDateTime(), log.at(0).time);
    QVERIFY(message.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("recovered")));
    QCOMPARE(model.headerData(EventLogModel::MessageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Message"));
    QVERIFY(!model.index(1, 0).isValid());
}

QTEST_MAIN(tst_EventLogModel)
#include "tst_EventLogModel.moc"
