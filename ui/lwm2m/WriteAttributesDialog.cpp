#include "lwm2m/WriteAttributesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace {

std::optional<double> number(const QString &text, bool *bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double d = QLocale().toDouble(t, &ok);
    if (!ok)
        d = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(d)) {
        *bad = true;
        return std::nullopt;
    }
    return d;
}

} // namespace

WriteAttributesDialog::WriteAttributesDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("writeAttributesDialog"));
    setWindowTitle(tr("Write attributes of %1").arg(path));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When the device sends notifications for %1. Leave a field empty "
                                "to leave that attribute out.")
                                 .arg(path),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto field = [&](const QString &label, const QString &name, const QString &hint) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(hint);
        edit->setAccessibleName(label);
        edit->setClearButtonEnabled(true);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &WriteAttributesDialog::validate);
        return edit;
    };
    m_pmin = field(tr("Minimum &period (pmin):"),
                   QStringLiteral("pminLineEdit"),
                   tr("seconds between notifications, at least"));
    m_pmax = field(tr("Maximum p&eriod (pmax):"),
                   QStringLiteral("pmaxLineEdit"),
                   tr("seconds between notifications, at most"));
    m_gt = field(tr("&Greater than (gt):"),
                 QStringLiteral("gtLineEdit"),
                 tr("notify when the value rises above"));
    m_lt = field(tr("&Less than (lt):"),
                 QStringLiteral("ltLineEdit"),
                 tr("notify when the value falls below"));
    m_st = field(tr("&Step (st):"),
                 QStringLiteral("stLineEdit"),
                 tr("notify when the value changes by at least"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #C0392B;"));
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("writeAttributesDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write attributes"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QList<QPair<QString, QString>> WriteAttributesDialog::attributes() const
{
    return m_error.isEmpty() ? m_attributes : QList<QPair<QString, QString>>();
}

void WriteAttributesDialog::validate()
{
    bool bad = false;
    QString error;
    QList<QPair<QString, QString>> list;
    const QLocale c = QLocale::c();
    const auto seconds = [&](QLineEdit *edit, const QString &name) -> std::optional<double> {
        bool wrong = false;
        const std::optional<double> d = number(edit->text(), &wrong);
        if (wrong || (d && (*d < 0 || std::floor(*d) != *d))) {
            error = tr("%1 must be a whole number of seconds (0 or more).").arg(name);
            bad = true;
            return std::nullopt;
        }
        if (d)
            list.append({name, c.toString(qint64(*d))});
        return d;
    };
    const auto value = [&](QLineEdit *edit, const QString &name) -> std::optional<double> {
        bool wrong = false;
        const std::optional<double> d = number(edit->text(), &wrong);
        if (wrong) {
            error = tr("%1 must be a number.").arg(name);
            bad = true;
            return std::nullopt;
        }
        if (d)
            list.append({name, c.toString(*d, 'g', 15)});
        return d;
    };
    const auto pmin = seconds(m_pmin, QStringLiteral("pmin"));
    const auto pmax = seconds(m_pmax, QStringLiteral("pmax"));
    const auto gt = value(m_gt, QStringLiteral("gt"));
    const auto lt = value(m_lt, QStringLiteral("lt"));
    const auto st = value(m_st, QStringLiteral("st"));
    if (!bad && pmin && pmax && *pmin > *pmax)
        error = tr("pmin must not be greater than pmax.");
    else if (!bad && gt && lt && *lt >= *gt)
        error = tr("lt must be less than gt.");
    else if (!bad && st && *st < 0)
        error = tr("st must not be negative.");
    m_attributes = list;
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !list.isEmpty());
}
