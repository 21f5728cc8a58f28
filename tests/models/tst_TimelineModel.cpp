#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Entry = JournalRepository::JournalEntry;

class tst_TimelineModel : public QObject
{
    Q_OBJECT

private:
    QUuid m_device = QUuid::createUuid();

    Entry entry(qint64 id, int minute, const QString &kind, const QString &message) const
    {
        Entry e;
        e.id = id;
        e.deviceId = m_device;
        e.time = QDateTime::fromMSecsSinceEpoch(1764000000000 + minute * 60000, Qt::UTC);
        e.kind = kind;
        e.message = message;
        return e;
    }
    QVector<Entry> journal() const
    {
        // Newest first, as FleetStore gives it.
        return {entry(4, 30, QStringLiteral("operation"), QStringLiteral("reboot succeeded")),
                entry(3, 20, QStringLiteral("health"), QStringLiteral("went offline")),
                entry(2, 10, QStringLiteral("health"), QStringLiteral("came online")),
                entry(1, 0, QStringLiteral("registration"), QStringLiteral("registered"))};
    }
    static QStringList messages(const TimelineModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, TimelineModel::MessageColumn).data().toString();
        return out;
    }

private slots:
    void orderAndColumns()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_device, journal());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
        QCOMPARE(messages(model).first(), QStringLiteral("reboot succeeded"));
        QCOMPARE(model.index(0, TimelineModel::KindColumn).data().toString(),
                 TimelineModel::kindName(QStringLiteral("operation")));
        QCOMPARE(model.index(0, 0).data(TimelineModel::KindRole).toString(),
                 QStringLiteral("operation"));
        QVERIFY(model.index(0, TimelineModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("UTC")));

        const QPersistentModelIndex selected = model.index(1, 0); // "went offline"
        model.setNewestFirst(false);
        QCOMPARE(messages(model),
                 (QStringList{QStringLiteral("registered"),
                              QStringLiteral("came online"),
                              QStringLiteral("went offline"),
                              QStringLiteral("reboot succeeded")}));
        QCOMPARE(selected.row(), 2);
        QCOMPARE(model.index(selected.row(), TimelineModel::MessageColumn).data().toString(),
                 QStringLiteral("went offline"));
    }

    void kindAndTextFilter()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_device, journal());
        model.setKindFilter(QStringLiteral("health"));
        QCOMPARE(messages(model),
                 (QStringList{QStringLiteral("went offline"), QStringLiteral("came online")}));
        model.setSearchText(QStringLiteral("OFFLINE"));
        QCOMPARE(messages(model), QStringList{QStringLiteral("went offline")});
        model.setKindFilter(QString());
        model.setSearchText(QStringLiteral("reboot"));
        QCOMPARE(messages(model), QStringList{QStringLiteral("reboot succeeded")});
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.kinds().contains(QStringLiteral("registration")));
    }

    void refreshInsertsNewEntries()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_device, journal());
        const QPersistentModelIndex kept = model.index(2, 0); // "came online"
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVector<Entry> grown = journal();
        grown.prepend(entry(5, 40, QStringLiteral("operation"), QStringLiteral("reboot failed")));
        model.setEntries(m_device, grown);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(messages(model).first(), QStringLiteral("reboot failed"));
        QCOMPARE(kept.row(), 3);

        // The oldest entry fell out of the window: removed, not reset.
        grown.removeLast();
        model.setEntries(m_device, grown);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 4);

        // Another device: a reset.
        model.setEntries(QUuid::createUuid(), {});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void exportVisibleRowsOldestFirst()
    {
        TimelineModel model;
        model.setEntries(m_device, journal());
        model.setKindFilter(QStringLiteral("health"));
        const QByteArray csv = model.toCsv();
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("time,kind,message,data"));
        QVERIFY(lines.at(1).contains("came online"));
        QVERIFY(lines.at(2).contains("went offline"));
        const QJsonObject json
            = QJsonDocument::fromJson(model.toJson(QStringLiteral("pump-1"))).object();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("device")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("pump-1"));
        QCOMPARE(json.value(QStringLiteral("entries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("came online"));
    }
};

QTEST_GUILESS_MAIN(tst_TimelineModel)
#include "tst_TimelineModel.moc"
