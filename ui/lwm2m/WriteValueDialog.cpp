#include "lwm2m/WriteValueDialog.h"

#include "ResourceTreeModel.h"
#include "lwm2m/Lwm2mPath.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using Type = Lwm2mNode::Type;

namespace {

bool isLineEditType(Type type)
{
    return type != Type::Boolean && type != Type::Time && type != Type::Objlnk;
}

// Numbers as people type them: the user's locale first, then the C locale ("1,5" and "1.5").
double parseDouble(const QString &text, bool *ok)
{
    const double d = QLocale().toDouble(text, ok);
    if (*ok)
        return d;
    return QLocale::c().toDouble(text, ok);
}

} // namespace

WriteValueDialog::WriteValueDialog(const Target &target, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
{
    setObjectName(QStringLiteral("writeValueDialog"));
    setWindowTitle(tr("Write %1").arg(target.path));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(target.name.isEmpty()
                                   ? target.path
                                   : tr("%1 (%2)", "name (path)").arg(target.name, target.path),
                               this);
    heading->setObjectName(QStringLiteral("targetLabel"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_typeCombo->setAccessibleName(tr("Type"));
    for (Type t : {Type::String,
                   Type::Integer,
                   Type::UnsignedInteger,
                   Type::Float,
                   Type::Boolean,
                   Type::Time,
                   Type::Opaque,
                   Type::Objlnk}) {
        m_typeCombo->addItem(ResourceTreeModel::typeName(t), int(t));
    }
    if (target.type == Type::Unknown) {
        // The server's object model does not say: the user decides.
        form->addRow(tr("&Type:"), m_typeCombo);
    } else {
        auto *typeLabel = new QLabel(ResourceTreeModel::typeName(target.type), this);
        typeLabel->setObjectName(QStringLiteral("typeLabel"));
        form->addRow(tr("Type:"), typeLabel);
        m_typeCombo->hide();
    }

    m_editors = new QStackedWidget(this);
    m_editors->setObjectName(QStringLiteral("editorsStackedWidget"));

    m_lineEditPage = new QWidget(m_editors);
    auto *lineLayout = new QHBoxLayout(m_lineEditPage);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    m_lineEdit = new QLineEdit(m_lineEditPage);
    m_lineEdit->setObjectName(QStringLiteral("valueLineEdit"));
    m_lineEdit->setClearButtonEnabled(true);
    m_lineEdit->setAccessibleName(tr("Value"));
    lineLayout->addWidget(m_lineEdit, 1);
    const QString unit = ResourceTreeModel::displayUnit(target.units);
    if (!unit.isEmpty())
        lineLayout->addWidget(new QLabel(unit, m_lineEditPage));
    m_editors->addWidget(m_lineEditPage);

    m_booleanCombo = new QComboBox(m_editors);
    m_booleanCombo->setObjectName(QStringLiteral("booleanComboBox"));
    m_booleanCombo->setAccessibleName(tr("Value"));
    m_booleanCombo->addItem(tr("true"), true);
    m_booleanCombo->addItem(tr("false"), false);
    m_editors->addWidget(m_booleanCombo);

    m_dateTimeEdit = new QDateTimeEdit(m_editors);
    m_dateTimeEdit->setObjectName(QStringLiteral("valueDateTimeEdit"));
    m_dateTimeEdit->setCalendarPopup(true);
    m_dateTimeEdit->setAccessibleName(tr("Date and time (local)"));
    m_dateTimeEdit->setTimeSpec(Qt::LocalTime);
    m_dateTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_dateTimeEdit->setDateTime(QDateTime::currentDateTime());
    m_editors->addWidget(m_dateTimeEdit);

    m_objlnkPage = new QWidget(m_editors);
    auto *objlnkLayout = new QHBoxLayout(m_objlnkPage);
    objlnkLayout->setContentsMargins(0, 0, 0, 0);
    m_objectIdSpin = new QSpinBox(m_objlnkPage);
    m_objectIdSpin->setObjectName(QStringLiteral("objectIdSpinBox"));
    m_objectIdSpin->setRange(0, 65535);
    m_objectIdSpin->setAccessibleName(tr("Object ID"));
    m_instanceIdSpin = new QSpinBox(m_objlnkPage);
    m_instanceIdSpin->setObjectName(QStringLiteral("instanceIdSpinBox"));
    m_instanceIdSpin->setRange(0, 65535);
    m_instanceIdSpin->setAccessibleName(tr("Instance ID"));
    objlnkLayout->addWidget(new QLabel(tr("Object"), m_objlnkPage));
    objlnkLayout->addWidget(m_objectIdSpin, 1);
    objlnkLayout->addWidget(new QLabel(tr("Instance"), m_objlnkPage));
    objlnkLayout->addWidget(m_instanceIdSpin, 1);
    m_editors->addWidget(m_objlnkPage);

    form->addRow(tr("&Value:"), m_editors);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_hintLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #C0392B;"));
    form->addRow(QString(), m_errorLabel);

    // Replace vs Partial update: what happens to the instance's other resources.
    const Lwm2mPath path = Lwm2mPath::parse(target.path);
    const QString instancePath
        = QStringLiteral("/%1/%2").arg(path.objectId()).arg(path.instanceId());
    auto *modeBox = new QGroupBox(tr("How to write"), this);
    modeBox->setObjectName(QStringLiteral("modeGroupBox"));
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_replaceRadio = new QRadioButton(tr("&Replace the resource %1").arg(target.path), modeBox);
    m_replaceRadio->setObjectName(QStringLiteral("replaceRadioButton"));
    m_replaceRadio->setAccessibleName(tr("Replace"));
    m_partialRadio = new QRadioButton(
        tr("&Partial update of instance %1 (only this resource changes)").arg(instancePath),
        modeBox);
    m_partialRadio->setObjectName(QStringLiteral("partialRadioButton"));
    m_partialRadio->setAccessibleName(tr("Partial update"));
    m_replaceRadio->setChecked(true);
    modeLayout->addWidget(m_replaceRadio);
    modeLayout->addWidget(m_partialRadio);
    layout->addWidget(modeBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("writeValueDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        setType(Type(m_typeCombo->currentData().toInt()));
    });
    connect(m_lineEdit, &QLineEdit::textChanged, this, &WriteValueDialog::validate);
    connect(m_booleanCombo, &QComboBox::currentIndexChanged, this, &WriteValueDialog::validate);
    connect(m_dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &WriteValueDialog::validate);
    connect(m_objectIdSpin, &QSpinBox::valueChanged, this, &WriteValueDialog::validate);
    connect(m_instanceIdSpin, &QSpinBox::valueChanged, this, &WriteValueDialog::validate);

    setType(target.type == Type::Unknown ? Type::String : target.type);
    if (target.type == Type::Unknown)
        m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(Type::String)));
    setInitialValue(target.value);
    validate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void WriteValueDialog::setType(Lwm2mNode::Type type)
{
    m_type = type;
    if (isLineEditType(type))
        m_editors->setCurrentWidget(m_lineEditPage);
    else if (type == Type::Boolean)
        m_editors->setCurrentWidget(m_booleanCombo);
    else if (type == Type::Time)
        m_editors->setCurrentWidget(m_dateTimeEdit);
    else
        m_editors->setCurrentWidget(m_objlnkPage);
    m_editors->setFocusProxy(m_editors->currentWidget());

    double minimum = 0;
    double maximum = 0;
    const bool numeric
        = type == Type::Integer || type == Type::UnsignedInteger || type == Type::Float;
    QString hint;
    if (numeric && parseRange(m_target.range, &minimum, &maximum)) {
        const QLocale locale;
        hint = tr("From %1 to %2.")
                   .arg(locale.toString(minimum, 'g', 15), locale.toString(maximum, 'g', 15));
    }
    switch (type) {
    case Type::Opaque:
        hint = tr("Bytes as hexadecimal digits, e.g. 0a1bff (spaces and a leading 0x are "
                  "allowed).");
        m_lineEdit->setPlaceholderText(QStringLiteral("0a1bff"));
        break;
    case Type::Time:
        hint = tr("Local time; sent to the device as UTC.");
        break;
    case Type::Objlnk:
        hint = tr("The object ID and instance ID the link points to.");
        break;
    default:
        m_lineEdit->setPlaceholderText(QString());
        break;
    }
    m_baseHint = hint;
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
    validate();
}

void WriteValueDialog::setInitialValue(const QVariant &raw)
{
    if (!raw.isValid())
        return;
    const QVariant value = ResourceTreeModel::coerce(raw, m_type);
    switch (m_type) {
    case Type::Boolean:
        m_booleanCombo->setCurrentIndex(value.toBool() ? 0 : 1);
        break;
    case Type::Time:
        if (value.toDateTime().isValid())
            m_dateTimeEdit->setDateTime(value.toDateTime().toLocalTime());
        break;
    case Type::Objlnk: {
        const QStringList parts = value.toString().split(QLatin1Char(':'));
        m_objectIdSpin->setValue(parts.value(0).toInt());
        m_instanceIdSpin->setValue(parts.value(1).toInt());
        break;
    }
    case Type::Opaque:
        m_lineEdit->setText(QString::fromLatin1(value.toByteArray().toHex()));
        break;
    case Type::Float:
        m_lineEdit->setText(QLocale().toString(value.toDouble(), 'g', 15));
        break;
    default:
        m_lineEdit->setText(value.toString());
        break;
    }
    m_lineEdit->selectAll();
}

bool WriteValueDialog::parseRange(const QString &range, double *minimum, double *maximum)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?)\s*(?:\.\.|-|–)\s*(-?\d+(?:\.\d+)?)\s*$)"));
    const QRegularExpressionMatch m = re.match(range);
    if (!m.hasMatch())
        return false;
    *minimum = m.captured(1).toDouble();
    *maximum = m.captured(2).toDouble();
    return *minimum <= *maximum;
}

void WriteValueDialog::validate()
{
    if (!m_buttons)
        return;
    QVariant value;
    QString error;
    const QString text = m_lineEdit->text().trimmed();
    double minimum = 0;
    double maximum = 0;
    const bool ranged = parseRange(m_target.range, &minimum, &maximum);
    const QLocale locale;
    const auto outOfRange = [&](double d) {
        if (ranged && (d < minimum || d > maximum)) {
            error = tr("The value must be from %1 to %2.")
                        .arg(locale.toString(minimum, 'g', 15), locale.toString(maximum, 'g', 15));
            return true;
        }
        return false;
    };

    switch (m_type) {
    case Type::Integer: {
        bool ok = false;
        qint64 n = locale.toLongLong(text, &ok);
        if (!ok)
            n = text.toLongLong(&ok);
        if (!ok)
            error = text.isEmpty() ? tr("Enter a whole number.")
                                   : tr("%1 is not a whole number.").arg(text);
        else if (!outOfRange(double(n)))
            value = n;
        break;
    }
    case Type::UnsignedInteger: {
        bool ok = false;
        quint64 n = locale.toULongLong(text, &ok);
        if (!ok)
            n = text.toULongLong(&ok);
        if (!ok)
            error = text.isEmpty() ? tr("Enter a whole number of 0 or more.")
                                   : tr("%1 is not a whole number of 0 or more.").arg(text);
        else if (!outOfRange(double(n)))
            value = n;
        break;
    }
    case Type::Float: {
        bool ok = false;
        const double d = parseDouble(text, &ok);
        if (!ok || !std::isfinite(d))
            error = text.isEmpty() ? tr("Enter a number.") : tr("%1 is not a number.").arg(text);
        else if (!outOfRange(d))
            value = d;
        break;
    }
    case Type::Boolean:
        value = m_booleanCombo->currentData().toBool();
        break;
    case Type::Time:
        value = m_dateTimeEdit->dateTime().toUTC();
        break;
    case Type::Opaque: {
        QString hex = text;
        hex.remove(QLatin1Char(' '));
        if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            hex = hex.mid(2);
        static const QRegularExpression hexRe(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        if (!hexRe.match(hex).hasMatch()) {
            error = tr("Enter pairs of hexadecimal digits (0–9, a–f), e.g. 0a1bff.");
        } else {
            const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
            value = bytes;
            m_hintLabel->setText(m_baseHint + QLatin1Char(' ')
                                 + tr("%n byte(s).", nullptr, int(bytes.size())));
        }
        break;
    }
    case Type::Objlnk:
        value = QStringLiteral("%1:%2").arg(m_objectIdSpin->value()).arg(m_instanceIdSpin->value());
        break;
    case Type::String:
    case Type::Corelink:
    case Type::Unknown:
        value = m_lineEdit->text();
        break;
    }
    m_value = value;
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(value.isValid() && error.isEmpty());
}

Lwm2mNode::Type WriteValueDialog::type() const
{
    return m_type;
}

QVariant WriteValueDialog::value() const
{
    return m_error.isEmpty() ? m_value : QVariant();
}

Lwm2mNode WriteValueDialog::resourceNode() const
{
    return Lwm2mNode::singleResource(Lwm2mPath::parse(m_target.path).resourceId(), m_type, value());
}

bool WriteValueDialog::isReplace() const
{
    return m_replaceRadio->isChecked();
}

QString WriteValueDialog::errorText() const
{
    return m_error;
}
