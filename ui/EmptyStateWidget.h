#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

// An empty state that teaches: what is missing, why, and a button to do something about it.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;
    // Adds a button below the text; the first one added is the default action.
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QIcon m_icon;
};
