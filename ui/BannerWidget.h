#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A one-line notice across the top of the window: the cache is stale, read-only, recovered...
// Tinted after its kind (and with a shaped icon, not colour alone), with an optional action button.
class BannerWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit BannerWidget(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text, const QString &toolTip = QString());
    void setActionText(const QString &text); // empty hides the button
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_actionButton; }

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QPushButton *m_actionButton = nullptr;
};
