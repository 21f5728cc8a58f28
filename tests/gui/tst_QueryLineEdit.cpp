#include "QueryLineEdit.h"

#include "fleet/FleetQuery.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

// The filter box: completion of field names and values from FleetQuery::completions, and the
// error state the window sets for a malformed query.
class tst_QueryLineEdit : public QObject
{
    Q_OBJECT

private:
    DeviceList m_fleet;
    FleetQueryContext m_context;

    static Device device(const QString &name, const QString &site, Health health)
    {
        Device d;
        d.id = QUuid::createUuid();
        d.name = name;
        d.site = site;
        d.health = health;
        d.model = QStringLiteral("LT-500");
        return d;
    }

    void attach(QueryLineEdit *edit)
    {
        edit->setCompletionSource([this](const QString &text, int cursor, int *from) {
            return FleetQuery::completions(text, cursor, m_fleet, m_context, from);
        });
    }

    static bool popupVisible(QueryLineEdit *edit)
    {
        return edit->completer()->popup()->isVisible();
    }

private slots:
    void initTestCase()
    {
        m_fleet = {device(QStringLiteral("pump-1"), QStringLiteral("Osaka plant"), Health::Online),
                   device(QStringLiteral("pump-2"), QStringLiteral("Osaka annex"), Health::Offline),
                   device(QStringLiteral("gw-1"), QStringLiteral("Kobe depot"), Health::Online)};
        m_context.staticGroups.insert(QStringLiteral("Night shift"), {});
    }

    void completesAFieldNameThenItsValue()
    {
        QueryLineEdit edit;
        attach(&edit);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));

        QTest::keyClicks(&edit, QStringLiteral("he"));
        QVERIFY(popupVisible(&edit));
        QCOMPARE(edit.currentCompletions(), QStringList{QStringLiteral("health:")});
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.text(), QStringLiteral("health:"));
        // Straight on to the values.
        QVERIFY(popupVisible(&edit));
        QCOMPARE(edit.currentCompletions(),
                 (QStringList{QStringLiteral("online"),
                              QStringLiteral("offline"),
                              QStringLiteral("sleeping"),
                              QStringLiteral("unknown")}));
        QTest::keyClicks(&edit, QStringLiteral("off"));
        QCOMPARE(edit.currentCompletions(), QStringList{QStringLiteral("offline")});
        QTest::keyClick(&edit, Qt::Key_Tab);
        QCOMPARE(edit.text(), QStringLiteral("health:offline "));
        QVERIFY(!popupVisible(&edit));
    }

    void completesValuesFromTheFleetQuoted()
    {
        QueryLineEdit edit;
        attach(&edit);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, QStringLiteral("tag:x site:osa"));
        QCOMPARE(
            edit.currentCompletions(),
            (QStringList{QStringLiteral("\"Osaka annex\""), QStringLiteral("\"Osaka plant\"")}));
        // Down to the second, take it: only the word under the cursor is replaced.
        edit.completer()->popup()->setCurrentIndex(
            edit.completer()->completionModel()->index(1, 0));
        QTest::keyClick(&edit, Qt::Key_Enter);
        QCOMPARE(edit.text(), QStringLiteral("tag:x site:\"Osaka plant\" "));
        QVERIFY(FleetQuery::parse(edit.text()).isValid());
    }

    void ctrlSpaceAndEscape()
    {
        QueryLineEdit edit;
        attach(&edit);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setText(QStringLiteral("in:"));
        QVERIFY(!popupVisible(&edit)); // setText is not typing
        QTest::keyClick(&edit, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(popupVisible(&edit));
        QCOMPARE(edit.currentCompletions(), QStringList{QStringLiteral("\"Night shift\"")});
        QTest::keyClick(&edit, Qt::Key_Escape);
        QVERIFY(!popupVisible(&edit));
        QCOMPARE(edit.text(), QStringLiteral("in:")); // Esc closed the popup only
        // Nothing to offer: no popup.
        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("zzz"));
        QVERIFY(!popupVisible(&edit));
    }

    void errorState()
    {
        QueryLineEdit edit;
        edit.setToolTip(QStringLiteral("Filter devices"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy changed(&edit, &QueryLineEdit::errorChanged);
        QVERIFY(!edit.hasError());
        const QString text = QStringLiteral("battery:<abc");
        edit.setText(text);
        const FleetQuery query = FleetQuery::parse(text);
        edit.setError(query.errorMessage(), query.errorPosition(), query.errorLength());
        QVERIFY(edit.hasError());
        QCOMPARE(edit.property("queryError").toBool(), true);
        QCOMPARE(edit.errorPosition(), 9);
        QCOMPARE(edit.errorLength(), 3);
        QCOMPARE(edit.toolTip(), query.errorMessage());
        QVERIFY(edit.styleSheet().contains(QStringLiteral("border")));
        QCOMPARE(edit.text(), text); // the text is left as typed
        QCOMPARE(changed.size(), 1);
        // A second error: still one change of state.
        edit.setError(QStringLiteral("other"), 0, 1);
        QCOMPARE(changed.size(), 1);
        edit.clearError();
        QVERIFY(!edit.hasError());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
        QCOMPARE(edit.toolTip(), QStringLiteral("Filter devices"));
        QVERIFY(edit.styleSheet().isEmpty());
    }
};

QTEST_MAIN(tst_QueryLineEdit)
#include "tst_QueryLineEdit.moc"
