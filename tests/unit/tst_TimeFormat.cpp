#include "common/TimeFormat.h"

#include <QTest>

class tst_TimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void relative_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(2) << QStringLiteral("just now");
        QTest::newRow("seconds") << qint64(12) << QStringLiteral("12 s ago");
        QTest::newRow("minutes") << qint64(180) << QStringLiteral("3 min ago");
        QTest::newRow("hours") << qint64(7300) << QStringLiteral("2 h ago");
        QTest::newRow("days") << qint64(5 * 86400 + 10) << QStringLiteral("5 d ago");
    }

    void relative()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764150000000, Qt::UTC);
        QCOMPARE(TimeFormat::relative(now.addSecs(-secondsAgo), now), expected);
    }

    void neverAndFuture()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(TimeFormat::relative(QDateTime(), now), QStringLiteral("never"));
        QVERIFY(TimeFormat::relative(now.addSecs(3600), now)
                    .startsWith(QStringLiteral("in the future")));
    }

    void localTextAndUtcTooltip()
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1764150123000, Qt::UTC);
        QCOMPARE(TimeFormat::utcTooltip(t), QStringLiteral("2025-11-26 09:42:03 UTC"));
        QCOMPARE(TimeFormat::local(t),
                 t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
};

QTEST_GUILESS_MAIN(tst_TimeFormat)
#include "tst_TimeFormat.moc"
