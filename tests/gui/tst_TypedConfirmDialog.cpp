// The confirmation of destructive actions (UX.md): the confirming button stays disabled until the
// operator typed exactly what the action acts on.
#include "TypedConfirmDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class tst_TypedConfirmDialog : public QObject
{
    Q_OBJECT

private slots:
    void confirmsOnlyWhenTheNameIsTyped()
    {
        TypedConfirmDialog dialog(QStringLiteral("Abort Campaign"),
                                  QStringLiteral("Abort the campaign?"),
                                  QStringLiteral("8 devices will be cancelled."),
                                  QStringLiteral("LT-500 rollout"),
                                  QStringLiteral("Abort"));
        dialog.show();
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("LT-500 rollou"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("t "));
        QVERIFY(dialog.confirmButton()->isEnabled()); // surrounding spaces do not count
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("X"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        dialog.lineEdit()->setText(QStringLiteral("LT-500 rollout"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void enterDoesNotConfirm()
    {
        TypedConfirmDialog dialog(QStringLiteral("t"),
                                  QStringLiteral("x"),
                                  QString(),
                                  QStringLiteral("3"),
                                  QStringLiteral("Reset"));
        dialog.show();
        dialog.lineEdit()->setText(QStringLiteral("3"));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Return); // the default button is Cancel
        QCOMPARE(rejected.size(), 1);
    }
};

QTEST_MAIN(tst_TypedConfirmDialog)
#include "tst_TypedConfirmDialog.moc"
