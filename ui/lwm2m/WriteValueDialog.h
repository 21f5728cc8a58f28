#pragma once

#include "lwm2m/Lwm2mNode.h"

#include <QDialog>
#include <QVariant>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

// Asks for one resource value with an editor for its type: integer, unsigned and float (checked
// against the model's range), boolean, string, time (date and time, local), opaque (hex), object
// link (object id + instance id). When the model does not say the type, the user picks it. OK is
// enabled only for a valid value; the reason shows below the editor. Replace writes the
// resource; Partial update writes it as the only resource of its instance (instance paths only).
class WriteValueDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QString path; // "/33000/0/0"
        QString name; // "Reporting Interval"
        Lwm2mNode::Type type = Lwm2mNode::Type::Unknown;
        QString units;
        QString range;  // "10..86400", as the object model says
        QVariant value; // the current value, when read
    };

    explicit WriteValueDialog(const Target &target, QWidget *parent = nullptr);

    Lwm2mNode::Type type() const;
    // The value as Lwm2mNode expects it for the type; invalid while the input is not valid.
    QVariant value() const;
    // The resource to write (a single resource node of the path's resource id).
    Lwm2mNode resourceNode() const;
    bool isReplace() const;
    QString errorText() const;

    // "10..86400" or "-40..85" or "0-100": the limits, when the range is numeric.
    static bool parseRange(const QString &range, double *minimum, double *maximum);

private:
    void setType(Lwm2mNode::Type type);
    void setInitialValue(const QVariant &value);
    void validate();

    Target m_target;
    Lwm2mNode::Type m_type = Lwm2mNode::Type::Unknown;
    QVariant m_value;
    QString m_error;
    QString m_baseHint;

    QComboBox *m_typeCombo = nullptr;
    QStackedWidget *m_editors = nullptr;
    QLineEdit *m_lineEdit = nullptr;
    QComboBox *m_booleanCombo = nullptr;
    QDateTimeEdit *m_dateTimeEdit = nullptr;
    QSpinBox *m_objectIdSpin = nullptr;
    QSpinBox *m_instanceIdSpin = nullptr;
    QWidget *m_lineEditPage = nullptr;
    QWidget *m_objlnkPage = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QRadioButton *m_replaceRadio = nullptr;
    QRadioButton *m_partialRadio = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
