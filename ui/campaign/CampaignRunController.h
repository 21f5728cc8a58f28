#pragma once

#include "campaign/CampaignRecord.h"
#include "profiles/ProfileStore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class CampaignEngine;
class CampaignNotifier;
class QThread;
class SecretStore;

// Runs one campaign in the window (issue 7: "the GUI can run it too"): a thread of its own owning
// the protocol drivers (CampaignDrivers) and a CampaignEngine (owner "gui", runs on while paused so
// an operator can resume it). The secrets of the connection profiles are read first, on the GUI
// side through the asynchronous SecretStore, and handed to the thread, which never waits for the
// keychain. The engine takes the campaign's lease, so the window and fleetdesk-cli never run the
// same campaign twice; pause, resume and abort go through the cache (CampaignRepository::request).
//
// When the campaign pauses or aborts by itself, stoppedItself() is emitted and the notifier (if
// set) shows a desktop notification (when a system tray is available) and the banners.
class CampaignRunController : public QObject
{
    Q_OBJECT

public:
    // The profiles as the window has them now (a copy is taken at run()).
    using Profiles = std::function<ProfileStore()>;

    CampaignRunController(QString fleetDbPath,
                          SecretStore *secrets,
                          Profiles profiles,
                          QObject *parent = nullptr);
    ~CampaignRunController() override; // stops the runner (the campaign stays as it is)

    void setNotifier(CampaignNotifier *notifier) { m_notifier = notifier; }

    // Starts running `campaignId`; failedToStart() when secrets cannot be read, another runner
    // holds the campaign, or it cannot run (finished, not found). One campaign at a time.
    void run(qint64 campaignId);
    // Leaves the campaign as it is: devices in flight are reconciled by the next runner.
    void stop();

    bool isRunning() const { return m_campaignId != 0; } // starting or running
    qint64 campaignId() const { return m_campaignId; }

signals:
    void runningChanged(bool running);
    void started(qint64 campaignId);
    void failedToStart(qint64 campaignId, const QString &error);
    void stateChanged(qint64 campaignId, CampaignState state, const QString &reason);
    void stoppedItself(qint64 campaignId, const QString &name, const QString &reason);
    void finished(qint64 campaignId, CampaignState state, const QString &reason);

private:
    void readSecrets(qint64 campaignId, const ProfileStore &profiles);
    void startThread(qint64 campaignId,
                     const ProfileStore &profiles,
                     const QHash<QString, QByteArray> &secrets,
                     const QHash<QString, QString> &secretErrors);
    void onStartResult(qint64 campaignId, bool ok, const QString &error);
    void onFinished(qint64 campaignId, CampaignState state, const QString &reason);
    void tearDown();

    QString m_dbPath;
    SecretStore *m_secrets = nullptr;
    Profiles m_profiles;
    QPointer<CampaignNotifier> m_notifier;
    qint64 m_campaignId = 0;
    int m_generation = 0; // secret reads of an earlier run() are ignored
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; parent of the engine
};
