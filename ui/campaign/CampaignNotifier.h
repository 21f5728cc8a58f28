#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

// Says that a campaign paused or aborted by itself (threshold exceeded, canary failed), whoever
// runs it: the window's runner (CampaignEngine::stoppedItself) or fleetdesk-cli (the dashboard's
// watch of the cache). A desktop notification through the system tray when
// QSystemTrayIcon::isSystemTrayAvailable(); without a tray only the persistent banner (announced()
// → the dashboard's and the window's banners) says it. The same stop announced twice (the runner
// and the watch both see it) is shown once.
class CampaignNotifier : public QObject
{
    Q_OBJECT

public:
    explicit CampaignNotifier(QObject *parent = nullptr);
    ~CampaignNotifier() override;

    // The window's tray icon, if it has one; otherwise the notifier makes its own when a tray is
    // available.
    void setTrayIcon(QSystemTrayIcon *icon);
    // Tests: no desktop notification at all (the banner still shows).
    void setDesktopNotificationsEnabled(bool enabled) { m_desktopEnabled = enabled; }

    // state: "paused" or "aborted". desktop = false: only the banner (a stop found when FleetDesk
    // starts is not news).
    void announce(qint64 campaignId,
                  const QString &name,
                  const QString &state,
                  const QString &reason,
                  bool desktop = true);

    // The campaign runs again: a later stop with the same reason is news again.
    void forget(qint64 campaignId) { m_last.remove(campaignId); }

    // The text of a banner for this stop ("Campaign “X” paused itself: reason").
    static QString bannerText(const QString &name, const QString &state, const QString &reason);
    QString lastDesktopTitle() const { return m_lastTitle; } // tests
    QString lastDesktopMessage() const { return m_lastMessage; }

signals:
    void announced(qint64 campaignId,
                   const QString &name,
                   const QString &state,
                   const QString &reason,
                   const QString &text);

private:
    bool showDesktop(const QString &title, const QString &message);

    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownTray = false;
    bool m_desktopEnabled = true;
    QHash<qint64, QString> m_last; // campaign → state + reason last announced
    QString m_lastTitle;
    QString m_lastMessage;
};
