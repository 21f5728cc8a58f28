#include "ProtocolLogFilterProxyModel.h"
#include "ProtocolLogModel.h"
#include "common/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using Direction = CoapLogEntry::Direction;
using Tester = QAbstractItemModelTester;

namespace {

CoapLogEntry entry(int mid,
                   Direction direction,
                   const QString &code,
                   const QString &options = {},
                   const QString &payload = {})
{
    CoapLogEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1795691967000LL + mid, Qt::UTC);
    e.direction = direction;
    e.type = direction == Direction::Outgoing ? QStringLiteral("CON") : QStringLiteral("ACK");
    e.code = code;
    e.messageId = mid;
    e.token = QStringLiteral("7C29744FD2B4C50F");
    e.options = options;
    e.payload = payload;
    e.endpoint = QStringLiteral("ep-1");
    return e;
}

CoapLogEntryList batch(int from, int to)
{
    CoapLogEntryList list;
    for (int mid = from; mid <= to; ++mid)
        list.append(entry(mid,
                          mid % 2 ? Direction::Outgoing : Direction::Incoming,
                          mid % 2 ? QStringLiteral("GET") : QStringLiteral("2.05")));
    return list;
}

} // namespace

class tst_ProtocolLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void appendsAndStaysBounded()
    {
        ProtocolLogModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ProtocolLogModel::ColumnCount));
        model.setCapacity(5);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.appendEntries(batch(1, 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);

        // Full: the oldest rows go first, in one removal.
        model.appendEntries(batch(4, 7));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1); // rows 0..1
        QCOMPARE(model.entry(0).messageId, 3);
        QCOMPARE(model.entry(4).messageId, 7);
        QCOMPARE(model.droppedCount(), 2);

        // A batch bigger than the model keeps only its newest rows.
        model.appendEntries(batch(10, 30));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.entry(0).messageId, 26);
        QCOMPARE(model.droppedCount(), 2 + 5 + 16);

        model.setCapacity(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).messageId, 29);
        model.appendEntries({}, 3); // lost upstream: counted
        QCOMPARE(model.droppedCount(), 2 + 5 + 16 + 3 + 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
    }

    void roles()
    {
        ProtocolLogModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        CoapLogEntry bare;
        bare.code = QStringLiteral("2.04");
        model.appendEntries({entry(23143,
                                   Direction::Outgoing,
                                   QStringLiteral("GET"),
                                   QStringLiteral("Uri-Path: \"3\", \"0\", \"9\"")),
                             entry(23143,
                                   Direction::Incoming,
                                   QStringLiteral("4.04"),
                                   QStringLiteral("Content-Format: \"text/plain\""),
                                   QStringLiteral("Hex:") + QString(300, QLatin1Char('a'))),
                             bare});
        const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        const QDateTime time = model.entry(0).time;
        QCOMPARE(at(0, ProtocolLogModel::TimeColumn).toString(),
                 time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
        QVERIFY(at(0, ProtocolLogModel::TimeColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(TimeFormat::utcTooltip(time)));
        QCOMPARE(at(0, ProtocolLogModel::TimeColumn, ProtocolLogModel::TimeRole).toDateTime(),
                 time);
        QCOMPARE(at(0, ProtocolLogModel::DirectionColumn).toString(), QStringLiteral("↑"));
        QCOMPARE(at(1, ProtocolLogModel::DirectionColumn).toString(), QStringLiteral("↓"));
        QCOMPARE(at(0, ProtocolLogModel::DirectionColumn, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("outgoing"));
        QCOMPARE(at(1, ProtocolLogModel::DirectionColumn, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("incoming"));
        QCOMPARE(at(0, ProtocolLogModel::TypeColumn).toString(), QStringLiteral("CON"));
        QCOMPARE(at(0, ProtocolLogModel::CodeColumn).toString(), QStringLiteral("GET"));
        QCOMPARE(at(0, ProtocolLogModel::MessageIdColumn).toInt(), 23143);
        QCOMPARE(at(0, ProtocolLogModel::TokenColumn).toString(),
                 QStringLiteral("7C29744FD2B4C50F"));
        QCOMPARE(at(0, ProtocolLogModel::OptionsColumn).toString(),
                 QStringLiteral("Uri-Path: \"3\", \"0\", \"9\""));

        // An error response: marked by an icon (shape, not only colour) and a role.
        QVERIFY(!at(0, ProtocolLogModel::CodeColumn, ProtocolLogModel::ErrorRole).toBool());
        QVERIFY(at(1, ProtocolLogModel::CodeColumn, ProtocolLogModel::ErrorRole).toBool());
        QVERIFY(!at(1, ProtocolLogModel::CodeColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!at(0, ProtocolLogModel::CodeColumn, Qt::DecorationRole).isValid());
        // A long payload is cut in the table, whole in the tooltip.
        QCOMPARE(at(1, ProtocolLogModel::PayloadColumn).toString().size(), 201);
        QCOMPARE(at(1, ProtocolLogModel::PayloadColumn, Qt::ToolTipRole).toString().size(), 304);

        // Missing fields read as empty or "—", never as 0 or 1970.
        QCOMPARE(at(2, ProtocolLogModel::TimeColumn).toString(), QStringLiteral("—"));
        QVERIFY(at(2, ProtocolLogModel::DirectionColumn).toString().isEmpty());
        QCOMPARE(at(2, ProtocolLogModel::DirectionColumn, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("unknown direction"));
        QVERIFY(at(2, ProtocolLogModel::MessageIdColumn).toString().isEmpty());

        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void filtersByDirectionAndText()
    {
        ProtocolLogModel model;
        ProtocolLogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
        model.appendEntries(
            {entry(
                 1, Direction::Outgoing, QStringLiteral("GET"), QStringLiteral("Uri-Path: \"3\"")),
             entry(1,
                   Direction::Incoming,
                   QStringLiteral("2.05"),
                   QStringLiteral("Content-Format: \"application/vnd.oma.lwm2m+tlv\""),
                   QStringLiteral("Hex:c1095e")),
             entry(2,
                   Direction::Incoming,
                   QStringLiteral("POST"),
                   QStringLiteral("Uri-Path: \"rd\"")),
             entry(3, Direction::Incoming, QStringLiteral("4.04"))});
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setDirection(Direction::Incoming);
        QVERIFY(proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setDirection(Direction::Outgoing);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setDirection(std::nullopt);

        // Text: code, options or payload; case-insensitive; all words.
        proxy.setText(QStringLiteral("tlv"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("C1095E"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("4.04"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("uri-path rd"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("7C29744F")); // the token is not searched
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QStringLiteral("uri-path"));
        proxy.setDirection(Direction::Incoming);
        QCOMPARE(proxy.rowCount(), 1);

        // New rows are filtered as they come; dropped rows leave the proxy too.
        model.appendEntries({entry(4,
                                   Direction::Incoming,
                                   QStringLiteral("POST"),
                                   QStringLiteral("Uri-Path: \"rd\", \"x\""))});
        QCOMPARE(proxy.rowCount(), 2);
        model.setCapacity(1);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        proxy.setDirection(std::nullopt);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(tst_ProtocolLogModel)
#include "tst_ProtocolLogModel.moc"
