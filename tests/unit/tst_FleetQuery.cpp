#include "firmware/FirmwareVersion.h"
#include "fleet/FleetGrouping.h"
#include "fleet/FleetQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

// The query language of docs/query.md against the fixture fleet tests/data/query/fleet.json: the
// documented samples, malformed queries with the error position, completion, version order, a
// seeded random-query fuzz, and a 100,000-device correctness check.
class tst_FleetQuery : public QObject
{
    Q_OBJECT

private:
    DeviceList m_fleet;
    FleetQueryContext m_context;
    QJsonObject m_samples;

    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static std::optional<int> optionalInt(const QJsonValue &v)
    {
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    }

    QStringList namesMatching(const FleetQuery &query) const
    {
        QStringList names;
        for (const Device &d : m_fleet) {
            if (query.matches(d, m_context))
                names.append(d.name);
        }
        names.sort();
        return names;
    }

    static QStringList sorted(const QJsonArray &array)
    {
        QStringList list;
        for (const QJsonValue &v : array)
            list.append(v.toString());
        list.sort();
        return list;
    }

private slots:
    void initTestCase()
    {
        const QJsonObject fixture
            = readJson(QStringLiteral(FLEETDESK_TEST_DATA "/query/fleet.json"));
        QVERIFY(!fixture.isEmpty());
        m_samples = readJson(QStringLiteral(FLEETDESK_TEST_DATA "/query/samples.json"));
        QVERIFY(!m_samples.isEmpty());

        QHash<QString, QUuid> idByName;
        for (const QJsonValue &v : fixture.value(QStringLiteral("devices")).toArray()) {
            const QJsonObject o = v.toObject();
            Device d;
            d.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
            d.name = o.value(QStringLiteral("name")).toString();
            d.site = o.value(QStringLiteral("site")).toString();
            d.groupPath = o.value(QStringLiteral("group")).toString();
            d.model = o.value(QStringLiteral("model")).toString();
            d.serial = o.value(QStringLiteral("serial")).toString();
            d.firmwareVersion = o.value(QStringLiteral("firmware")).toString();
            for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
                d.tags.append(tag.toString());
            d.lifecycle
                = *DeviceText::lifecycleFromId(o.value(QStringLiteral("lifecycle")).toString());
            d.health = *DeviceText::healthFromId(o.value(QStringLiteral("health")).toString());
            const QJsonObject binding = o.value(QStringLiteral("binding")).toObject();
            if (!binding.isEmpty()) {
                d.binding.protocol = *DeviceText::protocolFromId(
                    binding.value(QStringLiteral("protocol")).toString());
                d.binding.profile = binding.value(QStringLiteral("profile")).toString();
                d.binding.key = binding.value(QStringLiteral("endpoint")).toString();
            }
            const QString seen = o.value(QStringLiteral("last_seen")).toString();
            if (!seen.isEmpty())
                d.lastSeen = QDateTime::fromString(seen, Qt::ISODate);
            d.batteryPercent = optionalInt(o.value(QStringLiteral("battery")));
            d.signalDbm = optionalInt(o.value(QStringLiteral("signal_dbm")));
            QVERIFY2(d.validate().isEmpty(), qPrintable(d.name));
            idByName.insert(d.name, d.id);
            m_fleet.append(d);
        }
        QCOMPARE(m_fleet.size(), 30);

        m_context.now
            = QDateTime::fromString(fixture.value(QStringLiteral("now")).toString(), Qt::ISODate);
        QVERIFY(m_context.now.isValid());
        const QJsonObject groups = fixture.value(QStringLiteral("static_groups")).toObject();
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            QSet<QUuid> members;
            for (const QJsonValue &name : it.value().toArray()) {
                QVERIFY(idByName.contains(name.toString()));
                members.insert(idByName.value(name.toString()));
            }
            m_context.staticGroups.insert(it.key(), members);
        }
        const QJsonObject filters = fixture.value(QStringLiteral("saved_filters")).toObject();
        for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
            m_context.savedFilters.insert(it.key(), it.value().toString());
        for (const QJsonValue &p : fixture.value(QStringLiteral("unreachable_profiles")).toArray())
            m_context.unreachableProfiles.insert(p.toString());
        m_context.duplicateSerials = FleetGrouping::duplicateSerials(m_fleet);
    }

    void samples_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QJsonArray samples = m_samples.value(QStringLiteral("samples")).toArray();
        QVERIFY(samples.size() >= 20);
        for (const QJsonValue &v : samples) {
            const QJsonObject o = v.toObject();
            const QString query = o.value(QStringLiteral("query")).toString();
            QTest::newRow(qPrintable(query))
                << query << sorted(o.value(QStringLiteral("expected")).toArray());
        }
    }

    void samples()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const FleetQuery parsed = FleetQuery::parse(query, m_context);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage()));
        QCOMPARE(namesMatching(parsed), expected);
        // Without binding the context at parse time, saved: and in: resolve while matching.
        const FleetQuery unbound = FleetQuery::parse(query);
        QVERIFY(unbound.isValid());
        QCOMPARE(namesMatching(unbound), expected);
    }

    // docs/query.md lists exactly the samples of samples.json, in the same order.
    void docsListTheSamples()
    {
        QFile doc(QStringLiteral(FLEETDESK_TEST_DATA "/../../docs/query.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const int section = int(text.indexOf(QStringLiteral("## Sample queries")));
        QVERIFY(section >= 0);
        const int next = int(text.indexOf(QStringLiteral("\n## "), section + 1));
        const QString body = text.mid(section, next < 0 ? -1 : next - section);
        // Table rows: | `query` | what it finds | devices |
        static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\|"),
                                            QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = row.globalMatch(body); it.hasNext();)
            documented.append(it.next().captured(1));
        QStringList fixture;
        for (const QJsonValue &v : m_samples.value(QStringLiteral("samples")).toArray())
            fixture.append(v.toObject().value(QStringLiteral("query")).toString());
        QCOMPARE(documented, fixture);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("mentions");
        const QJsonArray errors = m_samples.value(QStringLiteral("errors")).toArray();
        QVERIFY(errors.size() >= 10);
        for (const QJsonValue &v : errors) {
            const QJsonObject o = v.toObject();
            const QString query = o.value(QStringLiteral("query")).toString();
            QTest::newRow(qPrintable(query)) << query << o.value(QStringLiteral("position")).toInt()
                                             << o.value(QStringLiteral("length")).toInt()
                                             << o.value(QStringLiteral("mentions")).toString();
        }
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(int, length);
        QFETCH(QString, mentions);
        const FleetQuery parsed = FleetQuery::parse(query, m_context);
        QVERIFY(!parsed.isValid());
        QVERIFY(!parsed.errorMessage().isEmpty());
        QVERIFY2(parsed.errorMessage().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(parsed.errorMessage()));
        // The message names the position too (1-based, for people).
        QVERIFY2(parsed.errorMessage().contains(QString::number(position + 1)),
                 qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.errorPosition(), position);
        QCOMPARE(parsed.errorLength(), length);
        for (const Device &d : m_fleet)
            QVERIFY(!parsed.matches(d, m_context)); // an invalid query matches nothing
    }

    void unknownFieldSuggests()
    {
        const FleetQuery q = FleetQuery::parse(QStringLiteral("helth:offline"));
        QVERIFY(q.errorMessage().contains(QStringLiteral("\"health\"")));
        const FleetQuery far = FleetQuery::parse(QStringLiteral("zzzzzz:1"));
        QVERIFY(!far.isValid());
        QVERIFY(!far.errorMessage().contains(QStringLiteral("Did you mean")));
        // Not a field name: a colon after digits is free text.
        QVERIFY(FleetQuery::parse(QStringLiteral("10:30")).isValid());
        QVERIFY(FleetQuery::parse(QStringLiteral("\"http://x\"")).isValid());
    }

    void emptyAndKeywords()
    {
        const FleetQuery empty = FleetQuery::parse(QStringLiteral("   "));
        QVERIFY(empty.isValid());
        QVERIFY(empty.isEmpty());
        QCOMPARE(namesMatching(empty).size(), m_fleet.size());
        // Lower-case "or" is a word to search for, not the operator.
        QCOMPARE(namesMatching(FleetQuery::parse(QStringLiteral("pump-0001 or"))), QStringList());
        QCOMPARE(namesMatching(FleetQuery::parse(QStringLiteral("pump-0001 OR pump-0002"))),
                 (QStringList{QStringLiteral("pump-0001"), QStringLiteral("pump-0002")}));
        QCOMPARE(namesMatching(FleetQuery::parse(QStringLiteral("tag:spare AND NOT site:Lab"))),
                 (QStringList{QStringLiteral("pump-0003"), QStringLiteral("spare-pump-01")}));
        QCOMPARE(FleetQuery::canonicalField(QStringLiteral("firmware")), QStringLiteral("fw"));
        QCOMPARE(FleetQuery::canonicalField(QStringLiteral("nope")), QString());
        for (const QString &field : FleetQuery::fieldNames())
            QVERIFY2(!FleetQuery::fieldDescription(field).isEmpty(), qPrintable(field));
    }

    void savedFilterCycleWithoutBinding()
    {
        // parse(text, context) refuses the cycle (errors()); matching without it terminates.
        const FleetQuery q = FleetQuery::parse(QStringLiteral("saved:\"Loop A\""));
        QVERIFY(q.isValid());
        QStringList pumps = namesMatching(FleetQuery::parse(QStringLiteral("tag:pump")));
        QCOMPARE(namesMatching(q), pumps);
    }

    void completion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<int>("replaceFrom");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("field prefix")
            << QStringLiteral("he") << 2 << 0 << QStringList{QStringLiteral("health:")};
        QTest::newRow("alias") << QStringLiteral("tag:pump firm") << 13 << 9
                               << QStringList{QStringLiteral("firmware:")};
        QTest::newRow("after minus")
            << QStringLiteral("-sit") << 4 << 1 << QStringList{QStringLiteral("site:")};
        QTest::newRow("site values quoted")
            << QStringLiteral("site:Osa") << 8 << 5
            << QStringList{QStringLiteral("\"Osaka annex\""), QStringLiteral("\"Osaka plant\"")};
        QTest::newRow("open quote") << QStringLiteral("(site:\"Ko") << 9 << 6
                                    << QStringList{QStringLiteral("\"Kobe depot\"")};
        QTest::newRow("enum") << QStringLiteral("health:o") << 8 << 7
                              << QStringList{QStringLiteral("online"), QStringLiteral("offline")};
        QTest::newRow("versions sorted as versions")
            << QStringLiteral("fw:<2.0") << 7 << 4
            << QStringList{QStringLiteral("2.0.0"),
                           QStringLiteral("2.0.3"),
                           QStringLiteral("2.0.9"),
                           QStringLiteral("2.0.10"),
                           QStringLiteral("2.2.0-beta"), // contains "2.0"
                           QStringLiteral("2.2.0")};
        QTest::newRow("static groups") << QStringLiteral("in:") << 3 << 3
                                       << QStringList{QStringLiteral("Empty"),
                                                      QStringLiteral("\"Night shift\""),
                                                      QStringLiteral("\"Spare pumps\"")};
        QTest::newRow("saved filters contain")
            << QStringLiteral("saved:batt") << 10 << 6
            << QStringList{QStringLiteral("\"Low battery\""),
                           QStringLiteral("\"Low battery in Osaka\"")};
        QTest::newRow("group levels") << QStringLiteral("group:line") << 10 << 6
                                      << QStringList{QStringLiteral("\"Line A\""),
                                                     QStringLiteral("\"Line A/Pumps\""),
                                                     QStringLiteral("\"Line A/Pumps/North\""),
                                                     QStringLiteral("\"Line B\""),
                                                     QStringLiteral("\"Line C\"")};
        QTest::newRow("every field") << QString() << 0 << 0 << [] {
            QStringList all;
            for (const QString &f : FleetQuery::fieldNames())
                all.append(f + QLatin1Char(':'));
            return all;
        }();
        QTest::newRow("unknown field") << QStringLiteral("bogus:x") << 7 << 6 << QStringList();
    }

    void completion()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(int, replaceFrom);
        QFETCH(QStringList, expected);
        int from = -1;
        const QStringList got = FleetQuery::completions(text, cursor, m_fleet, m_context, &from);
        QCOMPARE(got, expected);
        if (!expected.isEmpty())
            QCOMPARE(from, replaceFrom);
    }

    void completionLimitsAndDistinct()
    {
        DeviceList many = m_fleet;
        for (int n = 0; n < 200; ++n) {
            Device d = m_fleet.first();
            d.id = QUuid::createUuid();
            d.name = QStringLiteral("bulk-%1").arg(n, 3, 10, QLatin1Char('0'));
            d.site = n % 2 ? QStringLiteral("osaka plant") : QStringLiteral("Osaka plant");
            many.append(d);
        }
        int from = -1;
        const QStringList names
            = FleetQuery::completions(QStringLiteral("name:bulk"), 9, many, m_context, &from);
        QCOMPARE(names.size(), 50);
        QCOMPARE(names.first(), QStringLiteral("bulk-000"));
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
        // Distinct ignoring case: one "Osaka plant".
        const QStringList sites
            = FleetQuery::completions(QStringLiteral("site:\"osaka p"), 13, many, m_context, &from);
        QCOMPARE(sites.size(), 1);
    }

    // fw: compares exactly as FirmwareVersion::compare (docs/firmware-image.md).
    void versionsCompareAsFirmwareImages()
    {
        const QStringList versions = {QStringLiteral("1"),
                                      QStringLiteral("1.0"),
                                      QStringLiteral("1.0.0"),
                                      QStringLiteral("1.0.1"),
                                      QStringLiteral("1.2"),
                                      QStringLiteral("1.10"),
                                      QStringLiteral("1.9.9"),
                                      QStringLiteral("2.0.0-rc1"),
                                      QStringLiteral("2.0.0-rc2"),
                                      QStringLiteral("2.0.0"),
                                      QStringLiteral("2.0.0.0.1"),
                                      QStringLiteral("2.1"),
                                      QStringLiteral("10.0"),
                                      QStringLiteral("2.1b"),
                                      QStringLiteral(" 3.0 ")};
        for (const QString &a : versions) {
            Device d = m_fleet.first();
            d.firmwareVersion = a;
            for (const QString &b : versions) {
                if (b.trimmed() != b)
                    continue;
                const int expected = FirmwareVersion::compare(a, b);
                auto check = [&](const char *op, bool want) {
                    const QString text = QStringLiteral("fw:%1%2").arg(QLatin1String(op), b);
                    const FleetQuery q = FleetQuery::parse(text);
                    QVERIFY2(q.isValid(), qPrintable(q.errorMessage()));
                    QVERIFY2(q.matches(d, m_context) == want,
                             qPrintable(QStringLiteral("%1 on %2").arg(text, a)));
                };
                check("", expected == 0);
                check("<", expected < 0);
                check("<=", expected <= 0);
                check(">", expected > 0);
                check(">=", expected >= 0);
            }
        }
    }

    // Random queries from the language's pieces and from random characters: never a crash,
    // always either a result or an error message with a position inside the text.
    void fuzz()
    {
        bool ok = false;
        quint32 seed = qEnvironmentVariable("FLEETQUERY_SEED").toUInt(&ok);
        if (!ok)
            seed = QRandomGenerator::global()->generate();
        qInfo("fuzz seed %u (set FLEETQUERY_SEED to repeat)", seed);
        QRandomGenerator random(seed);
        const QStringList pieces
            = {QStringLiteral("pump"),       QStringLiteral("OR"),       QStringLiteral("AND"),
               QStringLiteral("NOT"),        QStringLiteral("-"),        QStringLiteral("("),
               QStringLiteral(")"),          QStringLiteral("\""),       QStringLiteral("\\\""),
               QStringLiteral("fw:"),        QStringLiteral("<"),        QStringLiteral(">="),
               QStringLiteral("2.1"),        QStringLiteral(".."),       QStringLiteral("*"),
               QStringLiteral("?"),          QStringLiteral("seen:"),    QStringLiteral("2h"),
               QStringLiteral("never"),      QStringLiteral("battery:"), QStringLiteral("-90"),
               QStringLiteral("health:"),    QStringLiteral("offline"),  QStringLiteral("saved:"),
               QStringLiteral("\"Loop A\""), QStringLiteral("in:"),      QStringLiteral("group:"),
               QStringLiteral("/"),          QStringLiteral(" "),        QStringLiteral(":"),
               QStringLiteral("大阪"),       QStringLiteral("id:"),      QStringLiteral("tag:"),
               QStringLiteral("x"),          QStringLiteral("=")};
        int valid = 0;
        int invalid = 0;
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int count = random.bounded(1, 12);
            for (int k = 0; k < count; ++k) {
                if (random.bounded(8) == 0)
                    text.append(QChar(char16_t(random.bounded(32, 0x3100))));
                else
                    text.append(pieces.at(random.bounded(int(pieces.size()))));
                if (random.bounded(3) == 0)
                    text.append(QLatin1Char(' '));
            }
            const FleetQuery q
                = random.bounded(2) ? FleetQuery::parse(text, m_context) : FleetQuery::parse(text);
            if (q.isValid()) {
                ++valid;
                for (const Device &d : m_fleet)
                    q.matches(d, m_context);
            } else {
                ++invalid;
                QVERIFY2(!q.errorMessage().isEmpty(), qPrintable(text));
                QVERIFY2(q.errorPosition() >= 0 && q.errorPosition() <= text.size(),
                         qPrintable(text));
                QVERIFY2(q.errorPosition() + q.errorLength() <= text.size(), qPrintable(text));
            }
            int from = -1;
            const int cursor = random.bounded(int(text.size()) + 1);
            FleetQuery::completions(text, cursor, m_fleet, m_context, &from);
            QVERIFY(from >= 0 && from <= cursor);
        }
        qInfo("fuzz: %d valid, %d invalid queries", valid, invalid);
        QVERIFY(valid > 1000);
        QVERIFY(invalid > 1000);
        // Deep nesting is an error, not a stack overflow.
        const FleetQuery deep = FleetQuery::parse(QString(100000, QLatin1Char('(')));
        QVERIFY(!deep.isValid());
        const FleetQuery nots
            = FleetQuery::parse(QStringLiteral("NOT ").repeated(5000) + QStringLiteral("x"));
        QVERIFY(!nots.isValid());
    }

    // 100,000 devices: every query's answer equals a plain loop's (timing is printed, not
    // asserted: bench fleet_filter_ratio measures it).
    void hundredThousandDevices()
    {
        DeviceList fleet;
        fleet.reserve(100000);
        for (int n = 0; n < 100000; ++n) {
            Device d;
            d.id = QUuid::fromString(
                QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
            d.name = QStringLiteral("dev-%1").arg(n, 6, 10, QLatin1Char('0'));
            d.site = n % 3 ? QStringLiteral("Osaka plant") : QStringLiteral("Kobe depot");
            d.groupPath = QStringLiteral("Line %1/Cell %2").arg(QChar(u'A' + n % 4)).arg(n % 10);
            d.model = n % 2 ? QStringLiteral("LT-500") : QStringLiteral("LT-700");
            d.serial = QStringLiteral("SN%1").arg(n);
            d.firmwareVersion = QStringLiteral("%1.%2.%3").arg(1 + n % 3).arg(n % 11).arg(n % 7);
            d.tags = {n % 5 ? QStringLiteral("pump") : QStringLiteral("valve")};
            d.health = n % 7 == 0 ? Health::Offline : Health::Online;
            d.binding = {n % 2 ? Protocol::Lwm2m : Protocol::Mqtt,
                         QStringLiteral("p%1").arg(n % 3),
                         QStringLiteral("ep-%1").arg(n)};
            if (n % 13)
                d.batteryPercent = n % 101;
            d.lastSeen = m_context.now.addSecs(-(n % 20000));
            fleet.append(d);
        }
        struct Case
        {
            QString query;
            std::function<bool(const Device &)> reference;
        };
        const QList<Case> cases = {
            {QStringLiteral("dev-0421"),
             [](const Device &d) {
                 return d.name.contains(QStringLiteral("dev-0421"))
                        || d.serial.contains(QStringLiteral("dev-0421"));
             }},
            {QStringLiteral("battery:<20 health:offline"),
             [](const Device &d) {
                 return d.batteryPercent && *d.batteryPercent < 20 && d.health == Health::Offline;
             }},
            {QStringLiteral("fw:<2.1 site:Osaka* -tag:valve"),
             [](const Device &d) {
                 return FirmwareVersion::compare(d.firmwareVersion, QStringLiteral("2.1")) < 0
                        && d.site.startsWith(QStringLiteral("Osaka"))
                        && !d.tags.contains(QStringLiteral("valve"));
             }},
            {QStringLiteral("group:\"line b\" OR seen:<10m"),
             [this](const Device &d) {
                 return d.groupPath.startsWith(QStringLiteral("Line B/"))
                        || d.lastSeen.secsTo(m_context.now) < 600;
             }},
            {QStringLiteral("protocol:mqtt server:p1 endpoint:ep-1*"),
             [](const Device &d) {
                 return d.binding.protocol == Protocol::Mqtt
                        && d.binding.profile == QStringLiteral("p1")
                        && d.binding.key.startsWith(QStringLiteral("ep-1"));
             }},
        };
        for (const Case &c : cases) {
            const FleetQuery q = FleetQuery::parse(c.query, m_context);
            QVERIFY2(q.isValid(), qPrintable(q.errorMessage()));
            QElapsedTimer timer;
            timer.start();
            int count = 0;
            for (const Device &d : fleet)
                count += q.matches(d, m_context) ? 1 : 0;
            const qint64 elapsed = timer.nsecsElapsed();
            int expected = 0;
            for (const Device &d : fleet)
                expected += c.reference(d) ? 1 : 0;
            QCOMPARE(count, expected);
            QVERIFY(count > 0);
            qInfo(
                "%-45s %6d matches in %.1f ms", qPrintable(c.query), count, double(elapsed) / 1e6);
        }
        QElapsedTimer timer;
        timer.start();
        int from = -1;
        const QStringList completions
            = FleetQuery::completions(QStringLiteral("name:dev-0042"), 13, fleet, m_context, &from);
        qInfo("completion of name:dev-0042 in %.1f ms", double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(completions.size(), 50);
        QCOMPARE(completions.first(), QStringLiteral("dev-004200"));
        timer.restart();
        int names = 0;
        for (const Device &d : fleet)
            names += d.name.contains(QStringLiteral("dev-0421"), Qt::CaseInsensitive) ? 1 : 0;
        qInfo("plain scan of the names: %d matches in %.1f ms",
              names,
              double(timer.nsecsElapsed()) / 1e6);
    }
};

QTEST_GUILESS_MAIN(tst_FleetQuery)
#include "tst_FleetQuery.moc"
