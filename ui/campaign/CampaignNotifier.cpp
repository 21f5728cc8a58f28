#include "campaign/CampaignNotifier.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

CampaignNotifier::CampaignNotifier(QObject *parent)
    : QObject(parent)
{}

CampaignNotifier::~CampaignNotifier()
{
    if (m_ownTray)
        delete m_tray.data();
}

void CampaignNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_ownTray)
        delete m_tray.data();
    m_ownTray = false;
    m_tray = icon;
}

QString
CampaignNotifier::bannerText(const QString &name, const QString &state, const QString &reason)
{
    if (state == QLatin1String("aborted"))
        return tr("Campaign “%1” aborted itself: %2").arg(name, reason);
    return tr("Campaign “%1” paused itself: %2").arg(name, reason);
}

void CampaignNotifier::announce(qint64 campaignId,
                                const QString &name,
                                const QString &state,
                                const QString &reason,
                                bool desktop)
{
    const QString key = state + QLatin1Char('\n') + reason;
    if (m_last.value(campaignId) == key)
        return;
    m_last.insert(campaignId, key);
    const QString text = bannerText(name, state, reason);
    if (desktop) {
        const QString title = state == QLatin1String("aborted")
                                  ? tr("Campaign aborted: %1").arg(name)
                                  : tr("Campaign paused: %1").arg(name);
        showDesktop(title, reason);
    }
    emit announced(campaignId, name, state, reason, text);
}

bool CampaignNotifier::showDesktop(const QString &title, const QString &message)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (!m_desktopEnabled || !QSystemTrayIcon::isSystemTrayAvailable())
        return false; // the banner alone says it
    if (!m_tray) {
        auto *tray = new QSystemTrayIcon(QGuiApplication::windowIcon());
        tray->setToolTip(tr("FleetDesk"));
        m_tray = tray;
        m_ownTray = true;
    }
    if (!m_tray->isVisible())
        m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
    return true;
}
